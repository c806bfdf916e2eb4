import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/pipeline/matches.ts';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, ...match]);
const asMatchesOf = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((match) => [match.index, ...match]);

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and all, and leaves the pattern as it was', () => {
    const pattern = /\b(zo|op|al)\.(?=\s+\p{Lu})/gu;
    const text = 'De tekorten lopen op. Dat weten we al. Toch gebeurt er niets, zo.';
    expect(asMatchesOf(pattern, text)).toEqual([
      [18, 'op.', 'op'],
      [35, 'al.', 'al'],
    ]);
    expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
    expect(pattern.lastIndex).toBe(0);
  });

  it('goes on past empty matches by a whole character, astral ones too', () => {
    for (const [pattern, text] of [
      [/x*/gu, 'a😀b'],
      [/(?=b)|x*/g, 'abb'],
      [/\b/gu, 'één 😀 twee'],
    ] as const) {
      expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '😀', 'é') }), (text) => {
        expect(asMatchesOf(/b*|\s+/gu, text)).toEqual(asMatchAll(/b*|\s+/gu, text));
      }),
    );
  });

  it('asks for a global pattern, as matchAll does', () => {
    expect(() => matchesOf(/a/u, 'a')).toThrow('matchesOf needs a global pattern: /a/u');
  });
});
