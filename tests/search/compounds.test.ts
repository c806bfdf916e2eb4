import { describe, expect, it } from 'vitest';
import { bestCompoundSplit, compoundSplits } from '../../src/lib/search/compounds.ts';

describe('compound splits', () => {
  it('read a compound as two words of three letters or more, also without a linking s', () => {
    expect(compoundSplits('jeugdzorg')).toEqual(['jeu gdzorg', 'jeug dzorg', 'jeugd zorg', 'jeugdz org']);
    expect(compoundSplits('arbeidsmarkt')).toContain('arbeid markt');
    expect(compoundSplits('arbeidsmarkt')).toContain('arbeids markt');
    // A stop word is no part ("voor zieningen"), and a query of several words or figures is no compound.
    expect(compoundSplits('voorzieningen')).not.toContain('voor zieningen');
    expect(compoundSplits('jeugd zorg')).toEqual([]);
    expect(compoundSplits('2024')).toEqual([]);
  });

  it('pick the reading that finds the most', () => {
    const found: Record<string, number> = { 'jeugd zorg': 12, 'jeugdz org': 0 };
    expect(bestCompoundSplit('jeugdzorg', (query) => found[query] ?? 0)).toEqual({ query: 'jeugd zorg', found: 12 });
    expect(bestCompoundSplit('xyzabc', () => 0)).toBeUndefined();
  });
});
