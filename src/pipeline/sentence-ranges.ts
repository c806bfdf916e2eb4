import { ParseDutch } from 'parse-dutch';
import { matchesOf } from './matches.ts';

/** A sentence as offsets into a block's text, without the white space around it. */
export interface SentenceRange {
  start: number;
  end: number;
}

const parser = new ParseDutch();

/** Sentences as parse-dutch finds them, from its nlcst tree. */
export function nlcstSentenceRanges(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  for (const paragraph of parser.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode' && child.position) ranges.push({ start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0 });
    }
  }
  return ranges;
}

/** White space as parse-latin defines it (which differs from `\s`). */
const space = '[\\t\\v\\f \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]';
const lineBreak = /[\n\r]/u;
// parse-latin reads characters outside the Basic Multilingual Plane (𝐀, emoji) as symbols, not
// letters: text with any is left to it. Without the u flag this matches either half of a pair.
const outsideBasicPlane = /[\uD800-\uDFFF]/;
const terminalMarker = /[!.?\u2026\u203D]/gu;

/** Whether a character is white space as parse-latin defines it (`space` above): a comparison, not a pattern, at every sentence's ends. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Where the white space from `from` on ends. */
function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The text before a terminal marker: a word of letters, perhaps in quotes or brackets. */
const plainLastWord = new RegExp(`(?:^|${space})([‘“"'(]?\\p{L}{2,}[)’”"']{0,2})$`, 'u');
/** What may open a new sentence without parse-latin merging it into the previous one. */
const plainOpening = /^[‘“"'(]?\p{Lu}/u;

const endsAfter = new Map<string, boolean>();
const maximumKnown = 50_000;

/** Whether parse-dutch ends a sentence after `word` and `marker` when a capitalised word follows (not after "zo.", "nr."). */
function endsSentence(word: string, marker: string): boolean {
  const key = word + marker;
  let answer = endsAfter.get(key);
  if (answer === undefined) {
    answer = nlcstSentenceRanges(`${key} Xx`).length === 2;
    if (endsAfter.size >= maximumKnown) endsAfter.clear();
    endsAfter.set(key, answer);
  }
  return answer;
}

/**
 * The sentences parse-dutch would find, without building its tree, when the text is plain: every
 * terminal marker ends a word and is followed by white space and a capital (or ends the text).
 * parse-dutch still decides, once per word, whether a word before a full stop is an abbreviation,
 * so its list stays the only one. Returns undefined for anything else, which the caller parses.
 * Building the tree is most of the cost of finding sentences, and most running text is plain.
 */
export function plainSentenceRanges(text: string): SentenceRange[] | undefined {
  if (lineBreak.test(text)) return undefined; // parse-latin starts paragraphs at line breaks
  if (outsideBasicPlane.test(text)) return undefined;
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  for (const match of matchesOf(terminalMarker, text)) {
    const at = match.index;
    if (at + 1 < text.length && !isSpace(text.charCodeAt(at + 1))) return undefined;
    const word = plainLastWord.exec(text.slice(Math.max(start, at - 48), at))?.[1];
    if (!word) return undefined;
    const next = skipSpace(text, at + 1);
    if (next < text.length && (!plainOpening.test(text.slice(next, next + 2)) || !endsSentence(word, match[0]))) return undefined;
    ranges.push({ start, end: at + 1 });
    start = next;
  }
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) ranges.push({ start, end });
  return ranges.length ? ranges : undefined;
}

/** Sentence ranges of a block's text, as parse-dutch finds them. */
export function sentenceRanges(text: string): SentenceRange[] {
  return plainSentenceRanges(text) ?? nlcstSentenceRanges(text);
}
