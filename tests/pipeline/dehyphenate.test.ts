import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveLineEndHyphen, usesWord, wordsOfLetter } from '../../src/pipeline/layout/dehyphenate.ts';

describe('words the letter uses', () => {
  const letter = 'de jeugd-zorg en de woningbouw, (zorg)kosten; 𝐀zorg en co-\nfinanciering'.toLowerCase();

  it('finds whole words, not parts of longer or hyphenated words', () => {
    expect(usesWord(letter, 'woningbouw')).toBe(true);
    expect(usesWord(letter, 'jeugd-zorg')).toBe(true);
    expect(usesWord(letter, 'woning')).toBe(false);
    expect(usesWord(letter, 'jeugd')).toBe(false);
    expect(usesWord(letter, 'zorg')).toBe(true); // "(zorg)kosten": brackets end a word
    expect(usesWord(letter, 'kosten')).toBe(true);
  });

  it('treats a line-end hyphen as the end of a word, whose first piece is no word of its own', () => {
    expect(usesWord(letter, 'co')).toBe(false);
    expect(usesWord(letter, 'financiering')).toBe(true);
    expect(usesWord(letter, 'cofinanciering')).toBe(false);
  });

  it('reads a letter outside the Basic Multilingual Plane as part of the word', () => {
    expect(usesWord('𝐀zorg', 'zorg')).toBe(false);
  });

  it('answers the same from the collected words as by searching, for any text and word', () => {
    const piece = fc.constantFrom('zorg', 'jeugd', 'co', '-', '- ', '-\n', ' ', '(', ')', ',', '𝐀', 'é', '2', 'kosten');
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, word, (letter, query) => wordsOfLetter(letter, { searches: 0 })(query) === usesWord(letter, query)), { numRuns: 500 });
    const uses = wordsOfLetter(letter, { searches: 0 });
    expect(['woningbouw', 'jeugd-zorg', 'woning', 'jeugd', 'zorg', 'co', 'cofinanciering'].map(uses)).toEqual([true, true, false, false, true, false, false]);
  });

  it('keeps the hyphen after an abbreviation the letter uses on its own, or one without a vowel', () => {
    const uses = (word: string) => usesWord('de wmo en de ge-\nmeenten en de wmo-\nvoorzieningen', word);
    expect(resolveLineEndHyphen('Wmo', 'voorzieningen', { uses })).toEqual({ joiner: '-', rule: 'keep-after-abbreviation' });
    expect(resolveLineEndHyphen('Wlz', 'zorg', { uses })).toEqual({ joiner: '-', rule: 'keep-after-abbreviation' });
    expect(resolveLineEndHyphen('Ge', 'meenten', { uses })).toEqual({ joiner: '', rule: 'join-dictionary' });
    expect(resolveLineEndHyphen('Ge', 'meentewoonvisies', { uses })).toEqual({ joiner: '', rule: 'join-default' });
  });

  it('prefers the form the letter uses', () => {
    const uses = (word: string) => usesWord('de zorg-verzekeraar betaalt', word);
    expect(resolveLineEndHyphen('zorg', 'verzekeraar', { uses })).toEqual({ joiner: '-', rule: 'keep-form-used-in-letter' });
    expect(resolveLineEndHyphen('wo', 'ning', { uses })).toEqual({ joiner: '', rule: 'join-dictionary' });
  });
});
