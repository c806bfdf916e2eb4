import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRule } from '../../src/lib/format.ts';
import { strings } from '../../src/lib/strings.ts';
import { askCues, problemCues, problemDampers } from '../../src/pipeline/claims/cues.ts';
import { extractLetters } from '../../src/pipeline/extract.ts';

// The rules a claim's evidence and addressee can name: the cues, and the ids written out where the
// classifier and the addressee finder report them ("ask-imperative", "addressee-section", …).
const reportedInSource = ['src/pipeline/claims/classify.ts', 'src/pipeline/claims/addressee.ts'].flatMap((path) =>
  [...readFileSync(path, 'utf8').matchAll(/'((?:ask|problem|addressee)-[a-z-]+|section|list-lead-in)'/gu)].map((match) => match[1]!),
);
const reportable = new Set([...askCues, ...problemCues, ...problemDampers].map((cue) => cue.rule).concat(reportedInSource));

describe('rule descriptions', () => {
  it('describe every rule a claim page can show, and no rule that does not exist', () => {
    expect([...reportable].filter((rule) => !(rule in strings.rules))).toEqual([]);
    expect(Object.keys(strings.rules).filter((rule) => !reportable.has(rule))).toEqual([]);
  });

  it('describe every rule the five letters report', async () => {
    const { dataset } = await extractLetters(['content/letters']);
    const reported = new Set(dataset.claims.flatMap((claim) => [...claim.evidence.map((cue) => cue.rule), ...(claim.addressee ? [claim.addressee.rule] : [])]));
    expect(reported.size).toBeGreaterThan(40);
    expect([...reported].filter((rule) => describeRule(rule) === rule)).toEqual([]);
  });

  it('fall back to the rule id for a rule without a description', () => {
    expect(describeRule('ask-imperative')).toBe('een zin in de gebiedende wijs (“Investeer in …”), ook na een puntkomma (“…; zet het structureel voort”)');
    expect(describeRule('no-such-rule')).toBe('no-such-rule');
  });
});
