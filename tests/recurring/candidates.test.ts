import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateCodes, stems } from '../../src/pipeline/recurring/candidates.ts';
import type { Claim } from '../../src/pipeline/schema.ts';

const ask = (id: string, document: string, text: string) => ({ id, document, text, type: 'ask' }) as Claim;

/** The clustering as defined, comparing every pair: what the prefix-filtered join must equal. */
function groupsByAllPairs(claims: Claim[]): string[][] {
  const terms = claims.map((claim) => stems(claim.text));
  const parent = claims.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  for (let a = 0; a < claims.length; a++) {
    for (let b = a + 1; b < claims.length; b++) {
      const shared = [...terms[a]!].filter((term) => terms[b]!.has(term)).length;
      const similarity = shared / (terms[a]!.size + terms[b]!.size - shared || 1);
      if (claims[a]!.document !== claims[b]!.document && similarity >= 0.25) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, string[]>();
  claims.forEach((claim, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), claim.id]));
  return [...groups.values()].filter((ids) => new Set(ids.map((id) => claims.find((claim) => claim.id === id)!.document)).size >= 2).map((ids) => ids.sort()).sort();
}

/** Asks of random words from `vocabulary`, in three letters: the join must find what all pairs find. */
function agreesWithAllPairs(vocabulary: string[], maxWords: number, maxAsks: number, numRuns: number): void {
  const claims = fc.array(fc.tuple(fc.constantFrom('brief-a', 'brief-b', 'brief-c'), fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: maxWords })), { maxLength: maxAsks });
  fc.assert(
    fc.property(claims, (drafts) => {
      const asks = drafts.map(([document, words], index) => ask(`ask-${index}`, document, `${words.join(' ')}.`));
      const found = candidateCodes(asks).map((candidate) => [...candidate.claims].sort()).sort();
      expect(found).toEqual(groupsByAllPairs(asks));
    }),
    { numRuns },
  );
}

describe('candidate codes', () => {
  it('finds the same groups as comparing every pair of asks', () => {
    agreesWithAllPairs(['woningen', 'bouwen', 'zorg', 'jeugdzorg', 'gemeenten', 'geld', 'structureel', 'armoede', 'schulden', 'sport', 'onderwijs', 'wijken', 'veiligheid', 'energie', 'isolatie', 'regels', 'minder', 'meer', 'investeer', 'regel'], 9, 30, 300);
  });

  it('finds them too where many asks have the same terms, in one letter or in several, as letters that share text have', () => {
    agreesWithAllPairs(['woningen', 'bouwen', 'zorg', 'geld', 'wijken'], 3, 40, 500);
  });
});
