import type { APIRoute } from 'astro';
import MiniSearch from 'minisearch';
import { searchDocuments } from '../../lib/search/documents.ts';
import { miniSearchOptions } from '../../lib/search/options.ts';
import { siteData } from '../../lib/site-data.ts';

/** The search index, built once at build time and loaded only by the search page. */
export const GET: APIRoute = async () => {
  const index = new MiniSearch(miniSearchOptions);
  index.addAll(searchDocuments(await siteData()));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
