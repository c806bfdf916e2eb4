import { isDutchWord } from '../dictionary.ts';

export interface HyphenContext {
  /** Whether the letter itself uses this word (lowercase) elsewhere: the form it uses is preferred. */
  uses: (word: string) => boolean;
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
  if (context.uses(joined)) return { joiner: '', rule: 'join-form-used-in-letter' };
  if (context.uses(hyphenated)) return { joiner: '-', rule: 'keep-form-used-in-letter' };
  if (isDutchWord(joined)) return { joiner: '', rule: 'join-dictionary' };
  // "Wmo-voorzieningen", "Wlz-zorg": an abbreviation keeps its hyphen. A capitalised piece the letter
  // writes as a word of its own, or without a vowel (no syllable), is one; a word split at the start of a
  // sentence ("Ge-meenten") is joined above.
  if (/^\p{Lu}\p{Ll}{1,3}$/u.test(left) && (!/[aeiouy]/u.test(left.slice(1)) || context.uses(left.toLowerCase()))) return { joiner: '-', rule: 'keep-after-abbreviation' };
  // Dutch spelling hyphenates a compound where two vowels would merge into one sound (mede-eigenaar).
  if (/[aeiou]$/iu.test(left) && /^[aeiou]/iu.test(right) && isDutchWord(left) && isDutchWord(right)) return { joiner: '-', rule: 'keep-vowel-clash' };
  return { joiner: '', rule: 'join-default' };
}

const wordCharacter = /^[\p{L}\d]$/u;

/**
 * Whether `word` occurs in `lowercase` as a whole word: not inside a longer word, nor a part of a
 * hyphenated one (`zorg` is not in `jeugd-zorg`). A letter has a few line-end hyphens, so searching
 * for each is far cheaper than collecting every word of the letter first.
 */
export function usesWord(lowercase: string, word: string): boolean {
  for (let at = lowercase.indexOf(word); at >= 0; at = lowercase.indexOf(word, at + 1)) {
    const before = characterBefore(lowercase, at);
    const after = characterAt(lowercase, at + word.length);
    const joinedBefore = wordCharacter.test(before) || (before === '-' && wordCharacter.test(characterBefore(lowercase, at - 1)));
    // Before a line-end hyphen it is the first piece of a split word, not a use of its own.
    const next = characterAt(lowercase, at + word.length + 1);
    const joinedAfter = wordCharacter.test(after) || (after === '-' && (wordCharacter.test(next) || next === '\n' || next === '\r'));
    if (!joinedBefore && !joinedAfter) return true;
  }
  return false;
}

const wordShape = /^[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;
// The first piece of a word split at a line end keeps its hyphen ("wmo-"): it is no word of its own.
const wordPattern = /[\p{L}\d]+(?:-[\p{L}\d]+)*(?:-(?=\r?\n))?/gu;

/**
 * `usesWord` for every line-end hyphen of a letter. The first few are searched for; after that the
 * letter's whole words are collected once, so a letter of megabytes with thousands of hyphens is
 * not searched from the start for each (that made a 10 MB letter take 40 s).
 */
export function wordsOfLetter(lowercase: string, { searches = 16 } = {}): (word: string) => boolean {
  let searched = 0;
  let words: Set<string> | undefined;
  return (word) => {
    // Only a word of letters and digits, with hyphens inside, is collected whole.
    if (!wordShape.test(word)) return usesWord(lowercase, word);
    if (!words && ++searched > searches) words = new Set(lowercase.match(wordPattern));
    return words ? words.has(word) : usesWord(lowercase, word);
  };
}

function characterAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function characterBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  // A character outside the Basic Multilingual Plane takes two code units.
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}
