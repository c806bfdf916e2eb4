import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/pipeline/claims/cues.ts';
import { askCues, problemCues } from '../../src/pipeline/claims/cues.ts';
import { hintFilter } from '../../src/pipeline/claims/hints.ts';

const cue = (rule: string, hints?: string[]): Cue => ({ rule, strength: 1, pattern: /./u, hints });
const rules = (found: Set<Cue>) => [...found].map((cue) => cue.rule);

describe('cue hints', () => {
  const shortage = cue('shortage', ['tekort']);
  const appeal = cue('appeal', ['appèl', 'beroep']);
  const always = cue('always');
  const possible = hintFilter([shortage, appeal, always]);

  it('finds hints inside compounds, and keeps cues without hints', () => {
    expect(rules(possible('het personeelstekort groeit'))).toEqual(['shortage', 'always']);
    expect(rules(possible('wij doen een appèl op u'))).toEqual(['appeal', 'always']);
    expect(rules(possible('geen van beide'))).toEqual(['always']);
  });

  it('gives the same answer for a word seen before', () => {
    expect(rules(possible('tekorten en tekorten'))).toEqual(['shortage', 'always']);
    expect(rules(possible('tekorten'))).toEqual(['shortage', 'always']);
  });

  it('finds hints in words with combining accents and next to punctuation', () => {
    expect(rules(possible('een beroep\u0301, “tekort”.'))).toEqual(['shortage', 'appeal', 'always']);
  });

  it('agrees with a plain substring check on every cue of the classifier', () => {
    const cues = [...askCues, ...problemCues];
    const filter = hintFilter(cues);
    const sentences = ['Wij roepen het kabinet op om de wachtlijsten aan te pakken.', 'De woningnood neemt toe: er zijn te weinig betaalbare huizen.', 'Zou u dit willen overwegen?'];
    for (const text of sentences) {
      const lowercase = text.toLowerCase();
      expect(rules(filter(lowercase))).toEqual(cues.filter((cue) => !cue.hints || cue.hints.some((hint) => lowercase.includes(hint))).map((cue) => cue.rule));
    }
  });

  it('refuses hints that could span words', () => {
    expect(() => hintFilter([cue('two-words', ['te veel'])])).toThrow('Cue hint “te veel” must be lowercase letters only');
  });
});
