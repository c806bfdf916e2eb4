import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyzeTerm, foldTerm } from '../../src/lib/search/analyzer.ts';
import type { SearchDocument } from '../../src/lib/search/options.ts';
import { miniSearchOptions } from '../../src/lib/search/options.ts';

describe('Dutch analysis', () => {
  it('folds diacritics and ligatures, lowercases', () => {
    expect(foldTerm('Coördinatie')).toBe('coordinatie');
    expect(foldTerm('ﬁnanciële')).toBe('financiele');
    expect(foldTerm('ÉÉN')).toBe('een');
  });

  it('indexes surface form and Snowball stem, and drops stop words', () => {
    expect(analyzeTerm('investeringen')).toEqual(['investeringen', 'invester']);
    expect(analyzeTerm('investering')).toEqual(['investering', 'invester']);
    expect(analyzeTerm('de')).toEqual([]);
    expect(analyzeTerm('en')).toEqual([]);
  });

  const documents: SearchDocument[] = [
    { id: 'a', kind: 'ask', text: 'Meer investeringen in de wijk.', snippet: '', context: '', letter: 0, addressee: '', recurring: [] },
    { id: 'b', kind: 'ask', text: 'Betere coördinatie tussen ministeries.', snippet: '', context: '', letter: 0, addressee: '', recurring: [] },
    { id: 'c', kind: 'problem', text: 'De financiële positie van gemeenten.', snippet: '', context: '', letter: 0, addressee: '', recurring: [] },
    { id: 'd', kind: 'problem', text: 'Wachtlijsten in de jeugdzorg.', snippet: '', context: 'Investering', letter: 0, addressee: '', recurring: [] },
  ];
  const search = (query: string) => {
    const index = new MiniSearch(miniSearchOptions);
    index.addAll(documents);
    // Round trip through JSON, as between build and browser.
    return MiniSearch.loadJSON<SearchDocument>(JSON.stringify(index), miniSearchOptions).search(query).map((result) => result.id);
  };

  it('finds investeringen for investering, coördinatie for coordinatie, financiële with a ligature', () => {
    expect(search('investering')[0]).toBe('a');
    expect(search('coordinatie')).toEqual(['b']);
    expect(search('ﬁnanciële')).toEqual(['c']);
  });

  it('splits words at symbols as well as punctuation', () => {
    const index = new MiniSearch(miniSearchOptions);
    index.add({ id: 'x', kind: 'ask', text: 'Kosten van €60.000 per jaar, <b>elke</b> gemeente 30%.', snippet: '', context: '', letter: 0, addressee: '', recurring: [] });
    expect(index.search('elke').map((result) => result.id)).toEqual(['x']);
    expect(index.search('60').map((result) => result.id)).toEqual(['x']);
  });

  it('ranks the claim text above its context, matches prefixes and small typos', () => {
    expect(search('investering')).toEqual(['a', 'd']);
    expect(search('wachtl')).toEqual(['d']);
    expect(search('jeugdzrog')).toEqual(['d']);
  });
});
