import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { lettersDir } from '../../lib/letters-dir.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await siteData()).documents.map((document) => ({ params: { id: document.id }, props: { source: document.source, encoding: document.encoding } }));

/** The letter exactly as received: the bytes its sha256 is computed from, in the encoding it was read in. */
export const GET: APIRoute = async ({ props }) => new Response(await readFile(join(lettersDir, String(props.source))), { headers: { 'Content-Type': `text/plain; charset=${String(props.encoding ?? 'utf-8')}` } });
