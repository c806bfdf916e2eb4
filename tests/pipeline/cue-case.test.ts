import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/pipeline/claims/classify.ts';
import { lowerCaseInPlace } from '../../src/pipeline/claims/lowercase.ts';
import { askCues, askExceptions, demandOnAddressee, problemCues, problemDampers } from '../../src/pipeline/claims/cues.ts';
import { sentence } from '../helpers/sentence.ts';

describe('cues on lower-case text', () => {
  it('are written in lower case, without the i flag', () => {
    const patterns = [...askCues, ...problemCues, ...askExceptions, ...problemDampers].map((cue) => [cue.rule, cue.pattern] as const).concat([['demand-on-addressee', demandOnAddressee]]);
    // Upper-case letters outside escapes (\S, \p{L}) could never match the lower-case text.
    const upperCase = (pattern: RegExp) => pattern.source.replace(/\\[pP]\{[^}]+\}|\\[A-Za-z]/gu, '').match(/\p{Lu}/gu);
    expect(patterns.filter(([, pattern]) => pattern.flags.includes('i') || upperCase(pattern)).map(([rule]) => rule)).toEqual([]);
  });

  it('report the letter’s own words, in its own case', () => {
    const [ask] = classifySentence(sentence('Daarom VRAGEN wij het Kabinet om de ravijnjaren te voorkomen.'));
    expect(ask?.evidence.find((cue) => cue.rule === 'ask-request-verb')?.words).toBe('VRAGEN wij');
    const [problem] = classifySentence(sentence('In İzmir en in Nederland neemt de Armoede toe en is er een Tekort aan woningen.'));
    expect(problem?.evidence.filter((cue) => cue.rule.startsWith('problem')).map((cue) => cue.words)).toEqual(expect.arrayContaining(['Armoede', 'Tekort']));
  });

  it('keeps every character where it was', () => {
    expect(lowerCaseInPlace('Wij VRAGEN u')).toBe('wij vragen u');
    expect(lowerCaseInPlace('İzmir Ω')).toBe('İzmir ω');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const lower = lowerCaseInPlace(text);
        expect(lower.length).toBe(text.length);
        if (text.toLowerCase().length === text.length) expect(lower).toBe(text.toLowerCase());
      }),
    );
  });
});
