import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/pipeline/claims/cues.ts';
import { askCues, askExceptions, problemCues, problemDampers } from '../../src/pipeline/claims/cues.ts';
import { hintFilter } from '../../src/pipeline/claims/hints.ts';
import { alternativesWithoutHint } from '../helpers/hint-coverage.ts';

const cue = (rule: string, hints?: string[]): Cue => ({ rule, strength: 1, pattern: /./u, hints });

describe('cue hints', () => {
  const shortage = cue('shortage', ['tekort']);
  const appeal = cue('appeal', ['appèl', 'beroep']);
  const always = cue('always');
  const filter = hintFilter([shortage, appeal, always]);
  const possible = (lowercase: string) => [shortage, appeal, always].filter(filter(lowercase)).map((cue) => cue.rule);

  it('finds hints inside compounds, and keeps cues without hints', () => {
    expect(possible('het personeelstekort groeit')).toEqual(['shortage', 'always']);
    expect(possible('wij doen een appèl op u')).toEqual(['appeal', 'always']);
    expect(possible('geen van beide')).toEqual(['always']);
  });

  it('finds hints in words with combining accents and next to punctuation', () => {
    expect(possible('een beroep\u0301, “tekort”.')).toEqual(['shortage', 'appeal', 'always']);
  });

  it('agrees with a plain substring check on every cue of the classifier', () => {
    const cues = [...askCues, ...problemCues];
    const filter = hintFilter(cues);
    const sentences = ['Wij roepen het kabinet op om de wachtlijsten aan te pakken.', 'De woningnood neemt toe: er zijn te weinig betaalbare huizen.', 'Zou u dit willen overwegen?'];
    for (const text of sentences) {
      const lowercase = text.toLowerCase();
      expect(cues.filter(filter(lowercase)).map((cue) => cue.rule)).toEqual(cues.filter((cue) => !cue.hints || cue.hints.some((hint) => lowercase.includes(hint))).map((cue) => cue.rule));
    }
    const fragment = fc.constantFrom(...new Set(cues.flatMap((cue) => cue.hints ?? []).flatMap((hint) => [hint, hint.slice(1), hint.slice(0, -1)])), ' ', 'é', '’', 'x');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('')), (lowercase) => {
        expect(cues.filter(filter(lowercase))).toEqual(cues.filter((cue) => !cue.hints || cue.hints.some((hint) => lowercase.includes(hint))));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds hints that overlap, nest or span words', () => {
    const cues = [cue('te', ['te']), cue('tekort', ['tekort']), cue('kort', ['ort']), cue('phrase', ['te veel']), cue('accent', ['appèl'])];
    const filter = hintFilter(cues);
    const found = (lowercase: string) => cues.filter(filter(lowercase)).map((cue) => cue.rule);
    expect(found('personeelstekort')).toEqual(['te', 'tekort', 'kort']);
    expect(found('het is te veel')).toEqual(['te', 'phrase']);
    expect(found('een appèl')).toEqual(['accent']);
    expect(found('tekor')).toEqual(['te']);
  });

  it('tells which alternatives of a pattern no hint can let run', () => {
    expect(alternativesWithoutHint(/\bwantrouwen\b|\bvertrouwen\b/u, ['vertrouwen'])).toEqual(['\\bwantrouwen\\b']);
    // White space is one space; an optional word between the hint's words breaks it; so do verb forms it lacks.
    expect(alternativesWithoutHint(/\bzorgt\s+voor\b/u, ['zorgt voor'])).toEqual([]);
    expect(alternativesWithoutHint(/\bzorgt\s+(\S+\s+)?voor\b/u, ['zorgt voor'])).toEqual(['\\bzorgt\\s+(\\S+\\s+)?voor\\b']);
    expect(alternativesWithoutHint(/\b(toeneemt|toenemend)\b/u, ['toenem'])).toEqual(['\\b(toeneemt|toenemend)\\b']);
    // A hint with a space before it is there after words that end in white space, or what must stand before.
    expect(alternativesWithoutHint(/\b(is|zijn)\s+((erg|zeer|met\s+\S+)\s+)?hoog\b/u, [' hoog'])).toEqual([]);
    expect(alternativesWithoutHint(/(?<=\b(gaan|gaat)\s+(\S+\s+){0,2})dicht\b/u, [' dicht'])).toEqual([]);
  });

  it('lists each hint of a cue once', () => {
    const repeated = [...askCues, ...problemCues, ...askExceptions, ...problemDampers].flatMap((cue) => (cue.hints ?? []).filter((hint, at, all) => all.indexOf(hint) !== at).map((hint) => `${cue.rule}: ${hint}`));
    expect(repeated).toEqual([]);
  });

  it('lets every alternative of every cue run where it can match: each holds a hint', () => {
    const dead = [...askCues, ...problemCues, ...askExceptions, ...problemDampers].flatMap((cue) => (cue.hints ? alternativesWithoutHint(cue.pattern, cue.hints).map((alternative) => `${cue.rule}: ${alternative}`) : []));
    expect(dead).toEqual([]);
  });
});
