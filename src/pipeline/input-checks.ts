import type { VFile } from 'vfile';
import type { DecodedLetter } from './decode.ts';
import { messageSource, placeFinder } from './messages.ts';

/** Tags of a web page saved as text: read as words, they would show in the letter and its quotes. */
const htmlTag = /<\/?(?:p|div|br|span|li|ul|ol|h[1-6]|strong|em|b|i|a|table|tr|td|th|html|head|body|meta|section|article)\b[^<>\n]{0,200}>/giu;

/**
 * Warns about a letter saved as a web page (`html-markup`): its tags and character references
 * ("&nbsp;") are read as text. Two tags or more: a single "<" in prose is no markup.
 */
export function warnIfHtml(decoded: DecodedLetter, file: VFile): void {
  const text = decoded.text;
  if (!text.includes('<')) return;
  const tags = [...text.matchAll(htmlTag)].slice(0, 2);
  if (tags.length < 2) return;
  const first = tags[0]!;
  file.message(`Looks like a web page: tags such as \`${first[0]}\` and character references are read as text; save the letter as plain text (or copy its text from the browser)`, {
    place: placeFinder(decoded.source)(decoded.offsets[first.index] ?? 0),
    ruleId: 'html-markup',
    source: messageSource,
  });
}

// Words of one language only: "of", "is" and "we" are Dutch too.
// ASCII word boundaries suffice for these ASCII words, and are quick.
const dutchWords = /\b(?:de|het|een|en|van|dat|wij|we|voor|met|niet|zijn|op|aan|ook|om|te|u)\b/gi;
const englishWords = /\b(?:the|and|to|that|for|with|not|are|on|this|you|our|be|will|have)\b/gi;
/** Enough of the start to tell the language by, without reading a long letter through. */
const sampleLength = 4000;

/**
 * Warns about a letter in another language than Dutch (`not-dutch`): asks and problems are found by
 * their Dutch wording, so few or none would be. Decided by the commonest small words of its start,
 * English's against Dutch's.
 */
export function warnIfNotDutch(decoded: DecodedLetter, file: VFile): void {
  const sample = decoded.text.slice(0, sampleLength);
  const english = sample.match(englishWords)?.length ?? 0;
  if (english < 8 || english <= 2 * (sample.match(dutchWords)?.length ?? 0)) return;
  file.message('The letter reads as English, not Dutch: asks and problems are found by their Dutch wording, so few or none will be', { place: { line: 1, column: 1 }, ruleId: 'not-dutch', source: messageSource });
}
