import { describe, expect, it } from 'vitest';
import { firstMatching } from '../../src/lib/first-matching.ts';

describe('firstMatching', () => {
  const even = (number: number) => number % 2 === 0;

  it('keeps the first matching items in their order', () => {
    expect(firstMatching([1, 2, 3, 4, 5, 6, 8], 2, even)).toEqual([2, 4]);
  });

  it('returns fewer when fewer match', () => {
    expect(firstMatching([1, 2, 3], 5, even)).toEqual([2]);
    expect(firstMatching([1, 3], 5, even)).toEqual([]);
  });

  it('stops looking once it has enough', () => {
    const seen: number[] = [];
    firstMatching([2, 4, 6, 8], 2, (number) => (seen.push(number), true));
    expect(seen).toEqual([2, 4]);
  });

  it('returns nothing for a count of zero', () => {
    expect(firstMatching([2, 4], 0, even)).toEqual([]);
  });
});
