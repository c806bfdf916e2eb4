import { describe, expect, it } from 'vitest';
import { kindOf, resultUrl, searchId } from '../../src/lib/search/options.ts';

const letter = { id: 'g40-oproep', title: 'Oproep', organisations: [], year: '2024' };

describe('search ids', () => {
  it('carry the kind, so the index need not store it, and lead to the claim or the passage', () => {
    const ask = searchId('ask', 'ask-5bf66809cb');
    const problem = searchId('problem', 'problem-08870e1a89');
    const section = searchId('section', '', 3, 124);
    expect([ask, problem, section]).toEqual(['a5bf66809cb', 'p08870e1a89', 's3-124']);
    expect([ask, problem, section].map(kindOf)).toEqual(['ask', 'problem', 'section']);
    expect(resultUrl(ask, letter, '/pleitkaart/')).toBe('/pleitkaart/claim/ask-5bf66809cb/');
    expect(resultUrl(problem, letter, '/')).toBe('/claim/problem-08870e1a89/');
    expect(resultUrl(section, letter, '/pleitkaart')).toBe('/pleitkaart/brieven/g40-oproep/#regel-124');
  });
});
