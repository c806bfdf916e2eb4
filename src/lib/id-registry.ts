import { readFileSync } from 'node:fs';
import { contentKey } from '../pipeline/ids.ts';
import type { Claim, DatasetDocument } from '../pipeline/schema.ts';

/** Every letter and claim id ever published, with what it pointed at. */
export interface IdRegistry {
  documents: Record<string, { sha256: string }>;
  claims: Record<string, { document: string; type: string; text: string }>;
}

export interface Redirect {
  from: string;
  /** Site path to send the old URL to. */
  to: string;
  reason: string;
}

export function readRegistry(path: string): IdRegistry {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as IdRegistry;
  } catch {
    return { documents: {}, claims: {} };
  }
}

/** The registry extended with the current ids; old entries stay, so their URLs keep working. */
export function recordIds(registry: IdRegistry, documents: DatasetDocument[], claims: Claim[]): IdRegistry {
  const next: IdRegistry = { documents: { ...registry.documents }, claims: { ...registry.claims } };
  for (const document of documents) next.documents[document.id] = { sha256: document.sha256 };
  for (const claim of claims) next.claims[claim.id] = { document: claim.document, type: claim.type, text: claim.text };
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { documents: sorted(next.documents), claims: sorted(next.claims) };
}

const words = (text: string) => new Set(text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

/**
 * Where the URLs of ids that no longer exist should go: a renamed letter to the letter with the
 * same bytes; a claim whose words changed to the most similar claim of its letter (same type
 * first), else to the letter.
 */
export function redirects(registry: IdRegistry, documents: DatasetDocument[], claims: Claim[], paths: { letter: (id: string) => string; claim: (id: string) => string; home: () => string }): { documents: Redirect[]; claims: Redirect[] } {
  const documentIds = new Set(documents.map((document) => document.id));
  const claimIds = new Set(claims.map((claim) => claim.id));
  const moved = new Map<string, string>();
  const documentRedirects: Redirect[] = [];
  for (const [id, entry] of Object.entries(registry.documents)) {
    if (documentIds.has(id)) continue;
    const same = documents.find((document) => document.sha256 === entry.sha256);
    if (same) moved.set(id, same.id);
    documentRedirects.push(same ? { from: id, to: paths.letter(same.id), reason: 'renamed' } : { from: id, to: paths.home(), reason: 'removed' });
  }
  const claimRedirects: Redirect[] = [];
  for (const [id, entry] of Object.entries(registry.claims)) {
    if (claimIds.has(id)) continue;
    const letter = moved.get(entry.document) ?? entry.document;
    const candidates = claims.filter((claim) => claim.document === letter);
    const exact = candidates.find((claim) => claim.type === entry.type && contentKey(claim.text) === contentKey(entry.text));
    const best = exact ?? candidates.map((claim) => ({ claim, score: similarity(claim.text, entry.text) + (claim.type === entry.type ? 0.05 : 0) })).sort((a, b) => b.score - a.score).find((candidate) => candidate.score >= 0.5)?.claim;
    if (best) claimRedirects.push({ from: id, to: paths.claim(best.id), reason: 'changed' });
    else if (documentIds.has(letter)) claimRedirects.push({ from: id, to: paths.letter(letter), reason: 'gone' });
    else claimRedirects.push({ from: id, to: paths.home(), reason: 'gone' });
  }
  return { documents: documentRedirects, claims: claimRedirects };
}
