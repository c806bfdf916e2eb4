import type { Options, SearchOptions } from 'minisearch';
import { analyzeTerm } from './analyzer.ts';

/**
 * What is indexed: claims and letter sections. Only what differs per document is stored; what a
 * letter has in common (title, organisations, year) travels once, with the search page.
 */
export interface SearchDocument {
  /** The claim id's hash, or `s<letter>-<line>` for a section: the result's URL follows from it. */
  id: string;
  kind: 'ask' | 'problem' | 'section';
  /** The claim's words, or the section's whole text: indexed, not stored. */
  text: string;
  /** What a result shows: the claim, or the start of the section. Stored, not indexed. */
  snippet: string;
  /** The heading above: weaker evidence than the text itself. */
  context: string;
  /** Index into the letters table shipped with the search page (short: stored per document). */
  letter: number;
  addressee: string;
  /** Indexes into the codebook's order (`recurringOrder`), short because stored per document. */
  recurring: number[];
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
};

/**
 * One options object for building the index (at build time) and loading it (in the browser):
 * MiniSearch's `loadJSON` must see the same fields and the same term processing.
 */
export const miniSearchOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: ['text', 'context'],
  // Words are runs of letters and digits: symbols (<, >, €, %) separate words like punctuation does.
  tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  storeFields: ['kind', 'snippet', 'letter', 'addressee', 'recurring'],
  processTerm: (term) => analyzeTerm(term),
  searchOptions,
};

/** The short id a claim or section has in the index. */
export function searchId(kind: SearchDocument['kind'], id: string, letterIndex = 0, line = 0): string {
  return kind === 'section' ? `s${letterIndex}-${line}` : id.replace(/^(ask|problem)-/u, '');
}

/** The address of a result, from its kind, short id and letter. */
export function resultUrl(kind: SearchDocument['kind'], id: string, letter: SearchLetter, base: string): string {
  const root = base.replace(/\/$/u, '');
  if (kind === 'section') return `${root}/brieven/${letter.id}/#regel-${id.split('-')[1]}`;
  return `${root}/claim/${kind}-${id}/`;
}
