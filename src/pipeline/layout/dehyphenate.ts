import { isDutchWord } from '../dictionary.ts';

export interface HyphenContext {
  /** Every word of the letter, lowercased, to prefer the form the letter itself uses. */
  words: Set<string>;
}

export interface HyphenResolution {
  /** What goes between the left and right part: '' (join), '-' (keep hyphen) or '- ' (suspended hyphen). */
  joiner: '' | '-' | '- ';
  rule: string;
}

const conjunctions = new Set(['en', 'of', 'tot', 'noch', 'als', 'dan', 'and', 'or', 'to']);

/**
 * Decides what a hyphen at a line end means: a word split by the layout, a real hyphen
 * (AVG-proof, Noord-Holland) or a suspended compound (kind- en gezinsbescherming).
 * Rules are tried in order; the first that applies decides, and its name is recorded.
 */
export function resolveLineEndHyphen(left: string, right: string, context: HyphenContext): HyphenResolution {
  if (conjunctions.has(right.toLowerCase())) return { joiner: '- ', rule: 'keep-before-conjunction' };
  if (/^[\p{Lu}\d]/u.test(right)) return { joiner: '-', rule: 'keep-before-capital-or-digit' };
  if (/^\p{Lu}{2,}$/u.test(left) || /\d$/u.test(left)) return { joiner: '-', rule: 'keep-after-acronym' };
  const joined = (left + right).toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  if (context.words.has(joined)) return { joiner: '', rule: 'join-form-used-in-letter' };
  if (context.words.has(hyphenated)) return { joiner: '-', rule: 'keep-form-used-in-letter' };
  if (isDutchWord(joined)) return { joiner: '', rule: 'join-dictionary' };
  // Dutch spelling hyphenates a compound where two vowels would merge into one sound (mede-eigenaar).
  if (/[aeiou]$/iu.test(left) && /^[aeiou]/iu.test(right) && isDutchWord(left) && isDutchWord(right)) return { joiner: '-', rule: 'keep-vowel-clash' };
  return { joiner: '', rule: 'join-default' };
}

export function lettersWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) words.add(match[0]);
  return words;
}
