import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { messageSource } from '../pipeline/messages.ts';
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

/** A registry that cannot be read as one: reported, never replaced by an empty one, or published URLs would be lost. */
export class RegistryError extends Error {
  hint = 'Restore it from git (`git checkout -- content/published-ids.json`). `npm run ids:record` leaves a broken registry alone.';
}

/** The registry at `path`; an empty one when there is none yet. */
export function readRegistry(path: string): IdRegistry {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { documents: {}, claims: {} };
    throw registryError(path, '', `Cannot read the id registry: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 says where: "… in JSON at position 40 (line 3 column 5)".
    const message = (error as Error).message;
    const at = /\(line (\d+) column (\d+)\)/u.exec(message);
    const place = at ? { line: Number(at[1]), column: Number(at[2]) } : undefined;
    throw registryError(path, text, `The id registry is not valid JSON: ${message.replace(/\s+in JSON at position \d+/u, '').replace(/\s*\(line \d+ column \d+\)/u, '')}`, place);
  }
  const problem = shapeProblem(data);
  if (problem) throw registryError(path, text, `The id registry ${problem.reason}`, undefined, problem.key);
  return data as IdRegistry;
}

function registryError(path: string, text: string, reason: string, place?: { line: number; column: number }, key?: string): RegistryError {
  const file = new VFile({ path });
  // A wrong entry is reported where its key stands.
  const offset = key === undefined ? -1 : text.indexOf(JSON.stringify(key));
  const at = place ?? (offset >= 0 ? location(text).toPoint(offset) : undefined) ?? { line: 1, column: 1 };
  const message = file.message(reason, { place: at, ruleId: 'invalid-id-registry', source: messageSource });
  return new RegistryError(`${String(message)} [${message.ruleId}]`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeProblem(data: unknown): { reason: string; key?: string } | undefined {
  // Said without the word "document": Astro's error overlay takes any message with it for a browser API used on the server.
  if (!isRecord(data) || !isRecord(data.documents) || !isRecord(data.claims)) return { reason: 'needs its two lists, of letters and of claims' };
  for (const [id, entry] of Object.entries(data.documents)) {
    if (!isRecord(entry) || typeof entry.sha256 !== 'string') return { reason: `entry of letter \`${id}\` lacks its SHA-256`, key: id };
  }
  for (const [id, entry] of Object.entries(data.claims)) {
    if (!isRecord(entry) || typeof entry.document !== 'string' || typeof entry.type !== 'string' || typeof entry.text !== 'string') return { reason: `entry of claim \`${id}\` lacks its letter, type or text`, key: id };
  }
  return undefined;
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
