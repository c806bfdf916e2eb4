import type { Cue } from './cues.ts';

/** Words whose hints are remembered, per filter (bounded, so a huge corpus cannot grow it forever). */
const maximumKnown = 100_000;

/**
 * Which cues can match a sentence, decided by their hints before any regular expression runs.
 * Hints are letters only, so each lies within one word: a sentence costs a lookup per word, and
 * each word's hints are found once (letters repeat their words) instead of one scan per hint.
 */
export function hintFilter(cues: readonly Cue[]): (lowercase: string) => Set<Cue> {
  const hints = [...new Set(cues.flatMap((cue) => cue.hints ?? []))];
  for (const hint of hints) {
    if (!/^\p{Ll}+$/u.test(hint)) throw new Error(`Cue hint “${hint}” must be lowercase letters only: hints are looked up within words`);
  }
  const index = new Map(hints.map((hint, position) => [hint, position]));
  const cueHints = cues.map((cue) => cue.hints?.map((hint) => index.get(hint)!));
  const known = new Map<string, number[]>();
  const hintsOf = (word: string): number[] => {
    let found = known.get(word);
    if (found) return found;
    found = [];
    for (let position = 0; position < hints.length; position++) if (word.includes(hints[position]!)) found.push(position);
    if (known.size >= maximumKnown) known.clear();
    known.set(word, found);
    return found;
  };
  return (lowercase) => {
    const present = new Uint8Array(hints.length);
    // Letters with their combining marks: a hint never spans anything else.
    for (const word of lowercase.match(/[\p{L}\p{M}]+/gu) ?? []) for (const position of hintsOf(word)) present[position] = 1;
    const possible = new Set<Cue>();
    cues.forEach((cue, position) => {
      const required = cueHints[position];
      if (!required || required.some((hint) => present[hint])) possible.add(cue);
    });
    return possible;
  };
}
