import type { APIRoute } from 'astro';
import { indexShards } from '../../lib/search/build-index.ts';
import { siteData } from '../../lib/site-data.ts';

/** The search manifest: how many index shards there are (each at /zoeken/index-<n>.json). */
export const GET: APIRoute = async () => new Response(JSON.stringify({ shards: indexShards(await siteData()).length }), { headers: { 'Content-Type': 'application/json' } });
