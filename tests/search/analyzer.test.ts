import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyzeTerm, foldTerm } from '../../src/lib/search/analyzer.ts';
import type { SearchDocument } from '../../src/lib/search/options.ts';
import { miniSearchOptions, searchQuery } from '../../src/lib/search/options.ts';
import { pruneIndex } from '../../src/lib/search/prune.ts';

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
    // Round trip through JSON, pruned, as between build and browser.
    return MiniSearch.loadJSON<SearchDocument>(pruneIndex(JSON.stringify(index)), miniSearchOptions).search(searchQuery(query)).map((result) => result.id);
  };

  it('finds investeringen for investering, coördinatie for coordinatie, financiële with a ligature', () => {
    expect(search('investering')[0]).toBe('a');
    expect(search('coordinatie')).toEqual(['b']);
    expect(search('ﬁnanciële')).toEqual(['c']);
  });

  it('splits words at symbols as well as punctuation', () => {
    const index = new MiniSearch(miniSearchOptions);
    index.add({ id: 'x', kind: 'ask', text: 'Kosten van €60.000 per jaar, <b>elke</b> gemeente 30%.', snippet: '', context: '', letter: 0, addressee: '', recurring: [] });
    expect(index.search(searchQuery('elke')).map((result) => result.id)).toEqual(['x']);
    expect(index.search(searchQuery('60')).map((result) => result.id)).toEqual(['x']);
  });

  it('ranks the claim text above its context, matches prefixes and small typos', () => {
    expect(search('investering')).toEqual(['a', 'd']);
    expect(search('wachtl')).toEqual(['d']);
    expect(search('jeugdzrog')).toEqual(['d']);
  });

  it('finds a word by its stem, but a stem is no beginning of other words', () => {
    expect(search('investeren')).toEqual(['a', 'd']);
    expect(search('wachtlijst')).toEqual(['d']);
    expect(search('betere coordinatie')).toEqual(['b']);
    expect(search('de')).toEqual([]);
  });
});

describe('pruning the index', () => {
  const texts = ['Zoals gezegd: investeringen in de wijk.', 'Wij investeren zoals afgesproken.', 'Wachtlijsten in de jeugdzorg groeien.', 'De wachtlijst groeit.', 'Woningen voor iedereen.', 'Wonen is een recht.'];
  const documents: SearchDocument[] = texts.map((text, index) => ({ id: `d${index}`, kind: 'problem', text, snippet: '', context: '', letter: 0 }));
  const index = new MiniSearch(miniSearchOptions);
  index.addAll(documents);
  const json = JSON.stringify(index);
  const pruned = pruneIndex(json);
  const terms = (serialized: string) => (JSON.parse(serialized) as { index: Array<[string, unknown]> }).index.map(([term]) => term);

  it('leaves out a surface form whose stem finds the same documents, and keeps the stem', () => {
    expect(terms(json)).toContain('zoals');
    expect(terms(pruned)).not.toContain('zoals');
    expect(terms(pruned)).toContain('zoal');
    // "investeringen" and "investeren" share the stem "invester" but not their documents.
    expect(terms(pruned)).toEqual(expect.arrayContaining(['investeringen', 'investeren', 'invester']));
    expect(pruned.length).toBeLessThan(json.length);
  });

  it('finds the same documents for every word of the texts', () => {
    const full = MiniSearch.loadJSON<SearchDocument>(json, miniSearchOptions);
    const small = MiniSearch.loadJSON<SearchDocument>(pruned, miniSearchOptions);
    for (const word of new Set(texts.join(' ').split(/[^\p{L}]+/u).filter(Boolean))) {
      const ids = (found: MiniSearch<SearchDocument>) => found.search(searchQuery(word)).map((result) => result.id).sort();
      expect(ids(small), word).toEqual(ids(full));
    }
  });
});
