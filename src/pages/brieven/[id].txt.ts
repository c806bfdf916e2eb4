import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { lettersDir } from '../../lib/letters-dir.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await siteData()).documents.map((document) => ({ params: { id: document.id }, props: { source: document.source } }));

/** The letter exactly as received: the bytes its sha256 is computed from. */
export const GET: APIRoute = async ({ props }) => new Response(await readFile(join(lettersDir, String(props.source))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
