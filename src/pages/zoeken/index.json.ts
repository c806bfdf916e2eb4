import type { APIRoute } from 'astro';
import { indexShards } from '../../lib/search/build-index.ts';
import { searchLetters } from '../../lib/search/documents.ts';
import type { SearchManifest } from '../../lib/search/options.ts';
import { siteData } from '../../lib/site-data.ts';

/** The search manifest: how many index shards there are (each at /zoeken/index-<n>.json), and the letters' labels. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const manifest: SearchManifest = {
    shards: indexShards(data).length,
    letters: searchLetters(data),
    organisations: Object.fromEntries(data.organisations.map((organisation) => [organisation.slug, organisation.abbreviation ?? organisation.name])),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
