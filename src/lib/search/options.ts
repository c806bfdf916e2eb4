import type { Options, Query, SearchOptions } from 'minisearch';
import { analyzeTerm, foldTerm, isStopWord } from './analyzer.ts';

/**
 * What is indexed: claims and letter sections. Only what differs per document is stored; what a
 * letter has in common (title, organisations, year) travels once, with the search page.
 */
export interface SearchDocument {
  /**
   * `a` or `p` and the claim id's hash, or `s<letter>-<line>` for a section: the result's kind and
   * URL follow from it, so the kind need not be stored (see `kindOf`).
   */
  id: string;
  /** Not stored: `kindOf(id)` gives it back. */
  kind: 'ask' | 'problem' | 'section';
  /** The claim's words, or the section's whole text: indexed, not stored. */
  text: string;
  /** What a result shows: the claim, or the start of the section. Stored, not indexed. */
  snippet: string;
  /** The heading above: weaker evidence than the text itself. */
  context: string;
  /** Index into the letters table shipped with the search page (short: stored per document). */
  letter: number;
  addressee?: string;
  /** Indexes into the codebook's order (`recurringOrder`), short because stored per document. */
  recurring?: number[];
}

/**
 * What a result shows, stored per document as one array rather than an object, whose keys would
 * be repeated in every entry: snippet, letter, and, if there are any, addressee and recurring asks.
 */
export type StoredResult = [snippet: string, letter: number, addressee?: string, recurring?: number[]];

/** A document's stored result, without the empty fields at its end. */
export function storedResult(document: SearchDocument): StoredResult {
  const stored: StoredResult = [document.snippet, document.letter, document.addressee ?? '', document.recurring ?? []];
  while (stored.length > 2 && !(stored.at(-1) as string | number[]).length) stored.pop();
  return stored;
}

/** The stored result read back, with the empty fields filled in. */
export function readStored(stored: StoredResult): { snippet: string; letter: number; addressee: string; recurring: number[] } {
  const [snippet, letter, addressee = '', recurring = []] = stored;
  return { snippet, letter, addressee, recurring };
}

/** Per-letter facts the results need, shipped once in the search manifest. */
export interface SearchLetter {
  id: string;
  title: string;
  organisations: string[];
  year: string;
}

/**
 * The search manifest (`/zoeken/index.json`), fetched before the shards: how many shards there
 * are, and the labels that grow with the corpus. They are not in the search page, so that the
 * page weighs the same for five letters or a thousand.
 */
export interface SearchManifest {
  shards: number;
  /** Indexed by a document's `letter`. */
  letters: SearchLetter[];
  /** Organisation slug → the name a facet shows. */
  organisations: Record<string, string>;
}

/** How long a section's stored snippet is. */
export const snippetLength = 160;

export const searchOptions: SearchOptions = {
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  boost: { text: 3, context: 1 },
  combineWith: 'AND',
  // The query's words are analysed by `searchQuery`; its leaves are already surface form or stem.
  processTerm: (term) => (isStopWord(term) ? null : foldTerm(term)),
};

/** Words are runs of letters and digits: symbols (<, >, €, %) separate words like punctuation does. */
export const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * What a user's query searches for: every word, as written (also its beginning, or with a small
 * typo) or as its exact stem ("investeringen" or "invester"). A surface form whose stem finds the
 * very same documents is left out of the index (see `pruneIndex`), so each word needs only one of
 * the two. A stem is not matched as a beginning: "won" (wonen) would find every "wond…".
 */
export function searchQuery(text: string): Query {
  const words = tokenize(text).map((word) => analyzeTerm(word)).filter((terms) => terms.length > 0);
  return {
    combineWith: 'AND',
    queries: words.map(([surface, stem]) => (stem ? { combineWith: 'OR', queries: [surface!, { queries: [stem], prefix: false }] } : surface!)),
  };
}

/**
 * One options object for building the index (at build time) and loading it (in the browser):
 * MiniSearch's `loadJSON` must see the same fields and the same term processing.
 */
export const miniSearchOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: ['text', 'context'],
  tokenize,
  storeFields: ['stored'],
  // 'stored' is not a field of the document: it is made from the fields a result shows.
  extractField: (document, field) => (field === 'stored' ? storedResult(document) : document[field as keyof SearchDocument]),
  // MiniSearch only iterates a term's analyses (`add`, `discard`), so the shared array is safe to hand it.
  processTerm: (term) => analyzeTerm(term) as string[],
  searchOptions,
};

const kindByPrefix = { a: 'ask', p: 'problem', s: 'section' } as const;

/** The short id a claim or section has in the index: its kind's first letter and what tells it apart. */
export function searchId(kind: SearchDocument['kind'], id: string, letterIndex = 0, line = 0): string {
  return kind === 'section' ? `s${letterIndex}-${line}` : `${kind[0]}${id.replace(/^(ask|problem)-/u, '')}`;
}

/** The kind of a result, from its short id. */
export function kindOf(id: string): SearchDocument['kind'] {
  return kindByPrefix[id[0] as keyof typeof kindByPrefix];
}

/** The address of a result, from its short id and letter. */
export function resultUrl(id: string, letter: SearchLetter, base: string): string {
  const root = base.replace(/\/$/u, '');
  const kind = kindOf(id);
  if (kind === 'section') {
    const line = id.split('-')[1];
    // Line 0: the text above the letter's first heading, from the start of the text.
    return `${root}/brieven/${letter.id}/#${line === '0' ? 'tekst' : `regel-${line}`}`;
  }
  return `${root}/claim/${kind}-${id.slice(1)}/`;
}
