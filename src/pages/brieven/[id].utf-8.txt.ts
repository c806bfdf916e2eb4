import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { lettersDir } from '../../lib/letters-dir.ts';
import { siteData } from '../../lib/site-data.ts';

// Only letters read as Windows-1252: a static host such as GitHub Pages serves every `.txt` as
// UTF-8, so their raw file shows garbled accents. The raw file stays, for its SHA-256.
export const getStaticPaths: GetStaticPaths = async () => (await siteData()).documents.filter((document) => document.encoding === 'windows-1252').map((document) => ({ params: { id: document.id }, props: { source: document.source } }));

/** The letter's text converted to UTF-8, line for line as received. */
export const GET: APIRoute = async ({ props }) => new Response(new TextDecoder('windows-1252').decode(await readFile(join(lettersDir, String(props.source)))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
