/**
 * How each listing is split into pages. Routes, the sitemap and links into a listing from another
 * page (the map's cells, the addressees at the top of `/vragen/`) all ask here, so a link always
 * finds the page its target is on.
 */
import { contentKey, slug } from '../pipeline/ids.ts';
import type { Claim, DatasetDocument, Footnote } from '../pipeline/schema.ts';
import { groupBy } from './group-by.ts';
import type { OrganisationSummary } from './organisations.ts';
import type { ListingPage } from './pagination.ts';
import { chunk, claimsPerPage, lettersPerMapPage, lettersPerPage, pageOfGroup, pagePath, paginateGroups } from './pagination.ts';
import { paths } from './paths.ts';
import type { RecurringStats } from './recurring.ts';

export interface AddresseeGroup {
  key: string;
  name: string;
  items: Claim[];
}

export interface LetterGroup {
  key: string;
  document: DatasetDocument;
  items: Claim[];
}

export interface SourceGroup {
  key: string;
  note: Footnote;
  citations: Array<{ document: DatasetDocument; note: Footnote }>;
  items: Claim[];
}

/** Letters by date, oldest first; undated letters last. */
export const oldestFirst = (a: DatasetDocument, b: DatasetDocument) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);

export const letterAnchor = (documentId: string) => `brief-${documentId}`;
export const addresseeAnchor = (name: string) => `aan-${slug(name)}`;

/** All asks, grouped by addressee, the most asked first. */
export function askPages(claims: readonly Claim[]): Array<ListingPage<AddresseeGroup>> {
  const asks = claims.filter((claim) => claim.type === 'ask');
  const groups = [...groupBy(asks, (claim) => claim.addressee?.name ?? '—')]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([name, items]) => ({ key: addresseeAnchor(name), name, items }));
  return paginateGroups(groups, claimsPerPage);
}

function byLetter(claims: readonly Claim[], documents: ReadonlyMap<string, DatasetDocument>): LetterGroup[] {
  return [...groupBy([...claims], (claim) => claim.document)].map(([id, items]) => ({ key: letterAnchor(id), document: documents.get(id)!, items }));
}

/** All problems, grouped by letter (in the order of the claims: newest letter first). */
export function problemPages(claims: readonly Claim[], documents: ReadonlyMap<string, DatasetDocument>): Array<ListingPage<LetterGroup>> {
  return paginateGroups(byLetter(claims.filter((claim) => claim.type === 'problem'), documents), claimsPerPage);
}

/** Each addressee's asks, grouped by letter: one listing per addressee. */
export function addresseeListings(claims: readonly Claim[], documents: ReadonlyMap<string, DatasetDocument>): Array<{ name: string; asks: Claim[]; pages: Array<ListingPage<LetterGroup>> }> {
  const byAddressee = groupBy(claims.filter((claim) => claim.type === 'ask' && claim.addressee), (claim) => claim.addressee!.name);
  return [...byAddressee].map(([name, asks]) => ({ name, asks, pages: paginateGroups(byLetter(asks, documents), claimsPerPage) }));
}

/** An organisation's letters, newest first, each with its asks (a letter without asks too). */
export function organisationPages(organisation: OrganisationSummary): Array<ListingPage<LetterGroup>> {
  const asks = groupBy(organisation.asks, (claim) => claim.document);
  return paginateGroups(organisation.letters.map((document) => ({ key: letterAnchor(document.id), document, items: asks.get(document.id) ?? [] })), claimsPerPage);
}

/** Asks that no code of the codebook matched, in the order of the coding report. */
export function uncodedAsks(unassignedAsks: readonly string[], claims: ReadonlyMap<string, Claim>): Claim[] {
  return unassignedAsks.flatMap((id) => claims.get(id) ?? []);
}

export function uncodedPages(asks: readonly Claim[]): Array<ListingPage<{ key: string; items: readonly Claim[] }>> {
  return paginateGroups([{ key: 'zonder-code', items: asks }], claimsPerPage);
}

const recurringCache = new WeakMap<RecurringStats, Array<ListingPage<LetterGroup>>>();

/** The letters that make one recurring ask, oldest first, each with its asks. */
export function recurringPages(entry: RecurringStats): Array<ListingPage<LetterGroup>> {
  let pages = recurringCache.get(entry);
  if (!pages) {
    const asks = groupBy(entry.asks, (claim) => claim.document);
    pages = paginateGroups(entry.letters.map((document) => ({ key: letterAnchor(document.id), document, items: asks.get(document.id) ?? [] })), claimsPerPage);
    recurringCache.set(entry, pages);
  }
  return pages;
}

/** Where one letter's asks appear on the page of a recurring ask. */
export function recurringLetterPath(entry: RecurringStats, documentId: string): string {
  const key = letterAnchor(documentId);
  return `${pagePath(paths.recurring(entry.code.id), pageOfGroup(recurringPages(entry), key))}#${key}`;
}

/** Every cited source once (same URL, or same words), most cited first, with the claims citing it. */
export function sourcePages(documents: readonly DatasetDocument[], claimsByDocument: ReadonlyMap<string, Claim[]>): Array<ListingPage<SourceGroup>> {
  const sources = new Map<string, SourceGroup>();
  for (const document of documents) {
    for (const note of document.footnotes) {
      const key = note.url ?? contentKey(note.text);
      const entry = sources.get(key) ?? { key: '', note, citations: [], items: [] };
      entry.citations.push({ document, note });
      entry.items.push(...(claimsByDocument.get(document.id) ?? []).filter((claim) => claim.footnotes.includes(note.id)));
      sources.set(key, entry);
    }
  }
  const list = [...sources.values()].sort((a, b) => b.items.length - a.items.length || b.citations.length - a.citations.length);
  // Numbered as listed, as the list items are.
  return paginateGroups(list.map((source, index) => ({ ...source, key: `bron-${index + 1}` })), claimsPerPage);
}

/** The letters of each page of the list of letters, in the site's order (newest first). */
export function letterPages(documents: readonly DatasetDocument[]): DatasetDocument[][] {
  return chunk(documents, lettersPerPage);
}

/** The letters of each page of the map, oldest first (undated last). */
export function mapPages(documents: readonly DatasetDocument[]): DatasetDocument[][] {
  return chunk([...documents].sort(oldestFirst), lettersPerMapPage);
}
