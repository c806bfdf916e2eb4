import { describe, expect, it } from 'vitest';
import { resolveLineEndHyphen, usesWord } from '../../src/pipeline/layout/dehyphenate.ts';

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

  it('treats a line-end hyphen as the end of a word', () => {
    expect(usesWord(letter, 'co')).toBe(true);
    expect(usesWord(letter, 'financiering')).toBe(true);
    expect(usesWord(letter, 'cofinanciering')).toBe(false);
  });

  it('reads a letter outside the Basic Multilingual Plane as part of the word', () => {
    expect(usesWord('𝐀zorg', 'zorg')).toBe(false);
  });

  it('prefers the form the letter uses', () => {
    const uses = (word: string) => usesWord('de zorg-verzekeraar betaalt', word);
    expect(resolveLineEndHyphen('zorg', 'verzekeraar', { uses })).toEqual({ joiner: '-', rule: 'keep-form-used-in-letter' });
    expect(resolveLineEndHyphen('wo', 'ning', { uses })).toEqual({ joiner: '', rule: 'join-dictionary' });
  });
});
