import { letterheadField } from '../address.ts';
import { looksLikeName, signedLine } from '../signatory.ts';
import type { Line } from './lines.ts';
import { bulletPattern, numberedPattern, terminalPunctuation, wordCount } from './lines.ts';
import { closingPattern, noteStart, salutationPattern } from './zones.ts';

export interface ArtifactLine {
  line: Line;
  kind: 'running-header' | 'page-number' | 'note-rule';
}

/** A line drawn across the page ("__________", "────────"); above the notes at the foot of a page, the note rule. */
export const drawnRule = /^\s*[_‗─━–—-]{5,}\s*$/u;

const pageNumber = /^(pagina|page|blz\.?|p\.)?\s*\d{1,3}(\s*(\/|van|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/iu;
const maxHeaderWords = 10;
/**
 * A footer of the sender's address, its parts set apart: "Woonbond | Postbus 3202 | 1001 AC Amsterdam |
 * www.woonbond.nl". Longer than a running header may be, and furniture from its first occurrence on
 * below the greeting, as no chapter title reads like that (above it, it is the letterhead).
 */
export const addressFooterParts = /\s[|·•]\s/u;
const addressFooterContact = /\bpostbus\b|\b\d{4}\s?[a-z]{2}\b|\bwww\.|https?:\/\/|@|\btel\.?(?=\s|:)|\btelefoon\b|\bkvk\b|\biban\b/iu;
const maxAddressFooterWords = 24;

export function isAddressFooter(text: string): boolean {
  return addressFooterParts.test(text) && addressFooterContact.test(text) && wordCount(text, maxAddressFooterWords) <= maxAddressFooterWords;
}
/** A bare page number after a wide gap: furniture only if the text before it recurs, or names the letter. */
const trailingPageNumber = /\s{3,}\d{1,3}\s*$/u;
/** Set to the right margin, after words that end without a full stop. */
const farRightPageNumber = /[^.!?:;,\s]\s{10,}\d{1,2}\s*$/u;
/**
 * A footer's page count after a wide gap or a separator: "Divosa – Inbreng regeerakkoord      Pagina 1 van 2",
 * "Brief aan de Tweede Kamer | 12 februari 2025 | pagina 2 van 3".
 */
const trailingPageCount = /(\s{3,}|\s*[|·•–—]\s*)(pagina|page|blz\.?)\s*\d{1,3}(\s*(\/|van|of)\s*\d{1,3})?\s*$|\s{3,}\d{1,3}\s*(\/|van|of)\s*\d{1,3}\s*$/iu;

/**
 * Finds running page headers/footers and page-number lines. A running header is a short line
 * without final punctuation that recurs as a whole line; its first occurrence is kept (it is
 * usually the chapter title), later ones are page furniture, wherever they land — also mid-sentence.
 */
export function findArtifacts(lines: Line[]): ArtifactLine[] {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  // Each candidate's key, by its place in `lines`: the second pass reads it instead of deciding again.
  const candidateKeys = lines.map((line) => (isHeaderCandidate(line) ? normalise(line.content.text) : undefined));
  for (const key of candidateKeys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  const artifacts: ArtifactLine[] = [];
  // A field of the letterhead repeated below the greeting, with the same value, heads a later page.
  const greeting = lines.findIndex((line) => !line.blank && salutationPattern.test(line.content.text.trim()));
  const letterhead = greeting > 0 ? lines.slice(0, greeting).map((line) => line.content.text.replace(/\s+/gu, ' ')).join('\n') : '';
  const repeatsLetterhead = (line: Line) => {
    const field = line.index > greeting ? letterheadField.exec(line.content.text.trim()) : null;
    return field !== null && letterhead.includes(field.at(-1)!.replace(/\s+/gu, ' '));
  };
  // "Sportkoepel Nederland – inbreng formatie 2025      2" on the only later page of a short letter:
  // a footer with its page number set far right, that names the sender or the subject, on a line of
  // its own below the greeting, is furniture though it does not recur.
  const sender = normalise(lines.find((line) => !line.blank)?.content.text ?? '');
  const subject = normalise(/^\s*(?:betreft|onderwerp)\s*:?\s*(.+)$/imu.exec(letterhead)?.[1] ?? '');
  const namesTheLetter = (text: string, line: Line) => {
    if (greeting < 0 || line.index < greeting || !farRightPageNumber.test(text) || !isolated(lines, line)) return false;
    const words = normalise(text);
    return (sender.length >= 6 && words.includes(sender)) || (subject.length >= 6 && words.includes(subject));
  };
  for (const [at, line] of lines.entries()) {
    if (line.blank) continue;
    if (greeting > 0 && repeatsLetterhead(line)) {
      artifacts.push({ line, kind: 'running-header' });
      continue;
    }
    if (drawnRule.test(line.content.text) && firstNoteBelow(lines, line)) {
      artifacts.push({ line, kind: 'note-rule' });
      continue;
    }
    if (pageNumber.test(line.content.text) && isolated(lines, line)) {
      artifacts.push({ line, kind: 'page-number' });
      continue;
    }
    // A running footer with its page count is furniture from its first occurrence on; so is one
    // with a bare page number ("De Nederlandse ggz | Inbreng formatie      1") whose text recurs.
    const text = line.content.text;
    // Both end in a digit: most lines do not, and need not be searched for a page count.
    const endsInDigit = /\d/u.test(text.trimEnd().at(-1) ?? '');
    const numbered = endsInDigit && trailingPageNumber.test(text) && /\p{L}/u.test(text) && ((counts.get(normalise(text)) ?? 0) >= 2 || namesTheLetter(text, line));
    if (endsInDigit && (trailingPageCount.test(text) || numbered) && wordCount(text, maxHeaderWords + 4) <= maxHeaderWords + 4) {
      artifacts.push({ line, kind: 'running-header' });
      // Its text without the number, heading the next page, is furniture too.
      const key = normalise(text);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      continue;
    }
    const key = candidateKeys[at];
    if (key === undefined || (counts.get(key) ?? 0) < 2) continue;
    // The sender's name under "Met vriendelijke groet", or right above whoever signs ("Dianda
    // Veldman, directeur-bestuurder") where the letter has no closing, repeats the letterhead; it is the signature.
    if (afterClosing(lines, line) || aboveSigner(lines, line)) continue;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    if (occurrence > 1 || (isAddressFooter(line.content.text) && belowGreeting(lines, line))) artifacts.push({ line, kind: 'running-header' });
  }
  return artifacts;
}

function isHeaderCandidate(line: Line): boolean {
  const text = line.content.text;
  return (
    !line.blank &&
    (wordCount(text, maxHeaderWords) <= maxHeaderWords || isAddressFooter(text)) &&
    /\p{L}{3}/u.test(text) &&
    !terminalPunctuation.test(text) &&
    !/,$/u.test(text) &&
    !bulletPattern.test(text) &&
    !numberedPattern.test(text)
  );
}

/** Whether the greeting stands above this line: the letter's body has begun. */
function belowGreeting(lines: Line[], line: Line): boolean {
  return lines.slice(0, line.index).some((other) => !other.blank && salutationPattern.test(other.content.text.trim()));
}

/** Whether one of the three lines with text above this one is the closing formula. */
function afterClosing(lines: Line[], line: Line): boolean {
  const above = lines.slice(Math.max(0, line.index - 6), line.index).filter((other) => !other.blank).slice(-3);
  return above.some((other) => closingPattern.test(other.content.text.trim()));
}

/** Whether the next line with text is the last and signs: a name, with its role after a comma or dash or without one. */
function aboveSigner(lines: Line[], line: Line): boolean {
  // Only the two lines with text below are looked at: a long letter repeats many lines.
  const below: Line[] = [];
  for (let index = line.index + 1; index < lines.length && below.length < 2; index++) if (!lines[index]!.blank) below.push(lines[index]!);
  const next = below[0]?.content.text.trim() ?? '';
  return below.length === 1 && (signedLine(next) !== undefined || looksLikeName(next));
}

/** The numbered note right under a rule: "1 CBS, Dakloze personen 2024." */
function firstNoteBelow(lines: Line[], rule: Line): Line | undefined {
  const below = lines.slice(rule.index + 1, rule.index + 4).find((line) => !line.blank);
  return below && noteStart(below) ? below : undefined;
}

/**
 * The notes at the foot of a page, under a rule: every line from the first numbered one on to the
 * first that, after an empty line, is not numbered as a note. Notes under a page's text are marked
 * by nothing else ("1 CBS, …" could open a list).
 */
export function notesUnderRules(lines: Line[], artifacts: ArtifactLine[]): Set<number> {
  const starts = new Set<number>();
  for (const artifact of artifacts) {
    if (artifact.kind !== 'note-rule') continue;
    let blankBefore = false;
    for (const line of lines.slice(artifact.line.index + 1)) {
      if (line.blank) {
        blankBefore = true;
        continue;
      }
      if (noteStart(line)) starts.add(line.index);
      else if (blankBefore) break;
      blankBefore = false;
    }
  }
  return starts;
}

/**
 * Notes at the foot of a page without a rule: the lines right above a page's furniture (its number,
 * footer or the next page's header), after an empty line, numbered 1, 2, 3 … without a full stop,
 * each number printed against a word or sentence above ("gestegen.1", "mensen2"). A numbered list
 * that ends a page has no such markers.
 */
export function notesAtPageFoot(lines: Line[], artifacts: ArtifactLine[]): Set<number> {
  const starts = new Set<number>();
  // Where the page began: the markers are on the same page as their notes.
  let pageStart = 0;
  for (const artifact of [...artifacts].sort((a, b) => a.line.index - b.line.index)) {
    if (artifact.kind === 'note-rule') continue;
    const from = pageStart;
    pageStart = artifact.line.index + 1;
    let index = artifact.line.index - 1;
    while (index >= 0 && lines[index]!.blank) index--;
    const block: Line[] = [];
    for (; index >= 0 && !lines[index]!.blank; index--) block.unshift(lines[index]!);
    if (block.length === 0 || block.length > 12 || index < 0) continue;
    const numbered = block.filter((line) => bareNoteNumber.test(line.content.text));
    if (!bareNoteNumber.test(block[0]!.content.text)) continue;
    const numbers = numbered.map((line) => Number(bareNoteNumber.exec(line.content.text)![1]));
    if (numbers.some((number, at) => at > 0 && number !== numbers[at - 1]! + 1)) continue;
    const above = lines.slice(from, index + 1).map((line) => line.content.text).join('\n');
    if (!numbers.every((number) => new RegExp(`(?:\\p{Ll}|[.,;:!?)”"’])${number}(?!\\d)`, 'u').test(above))) continue;
    for (const line of numbered) starts.add(line.index);
  }
  return starts;
}

/** "1 CBS, Dakloze personen 2024.": a note's number, bare, before its text. */
const bareNoteNumber = /^(\d{1,3})\s+(?=\S)(?!\d)/u;

/** A page number stands on its own line, not inside a column of figures. */
function isolated(lines: Line[], line: Line): boolean {
  const before = lines[line.index - 1];
  const after = lines[line.index + 1];
  const lonely = (other: Line | undefined) => !other || other.blank || /\p{L}/u.test(other.content.text);
  return lonely(before) && lonely(after);
}

/** A header's text for comparison: case, white space (a form feed too) and a trailing page number aside. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s{3,}\d{1,3}\s*$/u, '').replace(/\s+/gu, ' ').trim();
}
