import { describe, expect, it } from 'vitest';
import { kindOf, readStored, resultUrl, searchId, storedResult } from '../../src/lib/search/options.ts';

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
    // The text above the first heading starts where the letter's text does.
    expect(resultUrl(searchId('section', '', 0, 0), letter, '/')).toBe('/brieven/g40-oproep/#tekst');
  });
});

describe('stored results', () => {
  it('are short arrays without their empty fields, read back whole', () => {
    const document = { id: 'a1', kind: 'ask' as const, text: 'Investeer in de wijk.', snippet: 'Investeer in de wijk.', context: '', letter: 2 };
    expect(storedResult(document)).toEqual(['Investeer in de wijk.', 2]);
    expect(storedResult({ ...document, addressee: 'rijk' })).toEqual(['Investeer in de wijk.', 2, 'rijk']);
    expect(storedResult({ ...document, recurring: [4] })).toEqual(['Investeer in de wijk.', 2, '', [4]]);
    expect(readStored(storedResult(document))).toEqual({ snippet: 'Investeer in de wijk.', letter: 2, addressee: '', recurring: [] });
    expect(readStored(storedResult({ ...document, addressee: 'rijk', recurring: [4, 7] }))).toEqual({ snippet: 'Investeer in de wijk.', letter: 2, addressee: 'rijk', recurring: [4, 7] });
  });
});
