import type { MappedText } from '../mapped-text.ts';
import { sliceMapped } from '../mapped-text.ts';
import { inOneByte } from '../one-byte.ts';

export interface Line {
  index: number;
  /** The line without its line break, trimmed, with its source map. */
  content: MappedText;
  /** Leading white space in the source (layout signal only). */
  indent: number;
  blank: boolean;
}

export function splitLines(text: MappedText): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.text.length; index++) {
    let end = text.text.indexOf('\n', start);
    if (end < 0) end = text.text.length;
    // Trim by index before slicing: one copy of the source map per line, not two.
    const raw = text.text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmedEnd = start + raw.trimEnd().length;
    const sliced = trimmedEnd > start + leading ? sliceMapped(text, start + leading, trimmedEnd) : sliceMapped(text, start + leading, start + leading);
    // Layout's patterns run on every line, and on the blocks joined from lines.
    const content = { text: inOneByte(sliced.text), offsets: sliced.offsets };
    lines.push({
      index,
      content,
      indent: leading,
      blank: content.text === '',
    });
    start = end + 1;
  }
  return lines;
}

/** Where the cells of a printed table's row part: three or more spaces, or a tab. */
export const tableColumnGap = /\s{3,}|\t+/u;

export const terminalPunctuation = /[.!?:;]["'’”)\]]*$/u;

/**
 * A footnote marker glued to the end of a line (`aan.9`, `niveaus:7`, `positie\uE0001`, `in 2023.2`);
 * not the last figure of a section number (`Artikel 3.1`, `2.4`).
 */
const trailingMarker = /(?<=[\p{L}.,;:!?)’”'"])(?<!(?:^|\s)\d{1,2}\.)\uE000?\d{1,2}$/u;

/** The line's text without a trailing footnote marker, for punctuation checks. */
export function withoutTrailingMarker(text: string): string {
  return text.replace(trailingMarker, '');
}

/** Whether a line ends a sentence (ignoring a footnote marker after the full stop). */
export function endsSentence(text: string): boolean {
  const clean = withoutTrailingMarker(text);
  if (!terminalPunctuation.test(clean)) return false;
  const lastWord = clean.split(/\s+/u).at(-1) ?? '';
  return !isAbbreviation(lastWord);
}

const abbreviations = new Set(['bijv.', 'bv.', 'nr.', 'dr.', 'mr.', 'drs.', 'ir.', 'prof.', 'ca.', 'incl.', 'excl.', 'resp.', 'jl.', 'zgn.', 'etc.', 'mbt.', 'evt.', 'art.', 'blz.', 'p.']);

/** Dutch abbreviations with a full stop that does not end the sentence (w.o., i.p.v., nr.). */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase().replace(/^[("'‘“]+/u, '');
  return abbreviations.has(lower) || /^(\p{L}{1,2}\.){2,}$/u.test(lower);
}
/**
 * A bullet: the usual glyphs (also arrows, diamonds and circles), a dash before a space, the Symbol and Wingdings bullets that PDF text
 * extraction leaves in the private use area (U+F0B7, U+F0A7, U+F0D8, U+F0FC, U+F076), and a Word
 * sub-bullet "o" set off by a wide gap, or by one space before a word in lower case ("o bouw 40.000
 * woningen;"): no Dutch line opens with the word "o" in lower case.
 */
export const bulletPattern = /^([•▪◦●■□➢►▸‣⁃✓✔*→⇒➔➜◆◇◼○∙·\uF0B7\uF0A7\uF0D8\uF0FC\uF076]|[-–](?=\s)|o(?=\s{2,}|\t|\s\p{Ll}))\s*/u;
/** "3. …", "3) …", and lettered items before a capital: "a. Neem …", "b) Vraag …". */
// Lettered items may go on in lower case after a lead-in ("Wij vragen het kabinet: a. een …").
// Capital letters too ("A. Financier de …"), but not initials: a name's next word is no lower-case
// word ("A. Bakker, voorzitter", "J. de Vries").
// Roman numerals in lower case ("ii. het gemeentefonds te indexeren;"), and numerals or letters in
// brackets ("(iii) …", "(b) …"); the number or letter is group 1 either way.
export const numberedPattern = /^(?:\(([ivx]{1,4}|[a-h])\)|(\d{1,2}|[a-z](?=[.)]\s+\p{Lu})|[a-h](?=[.)]\s+\p{Ll})|(?:i{1,3}|iv|vi{0,3}|ix|x)(?=[.)]\s+\p{Ll})|[A-H](?=[.)]\s+\p{Lu}\p{Ll}+\s+\p{Ll}))[.)])\s+(?=\S)/u;

/** The number or letter of a numbered item, as printed without its brackets or full stop. */
export function itemNumber(match: RegExpExecArray): string {
  return match[1] ?? match[2] ?? '1';
}
export const urlOnly = /^(https?:\/\/|www\.|mailto:)\S+$/iu;

/** Words separated by white space; with `stopAfter`, counting stops once there are more than that. */
export function wordCount(text: string, stopAfter = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = text.charCodeAt(index) <= 32;
    if (!space && !inWord && ++count > stopAfter) return count;
    inWord = !space;
  }
  return count;
}

export function startsLowercase(text: string): boolean {
  return /^[\p{Ll}(]/u.test(text);
}

export function startsUppercase(text: string): boolean {
  return /^["'‘“]?[\p{Lu}\d]/u.test(text);
}
