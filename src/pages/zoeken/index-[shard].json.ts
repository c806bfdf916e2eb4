import type { APIRoute, GetStaticPaths } from 'astro';
import { indexShards } from '../../lib/search/build-index.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths: GetStaticPaths = async () => indexShards(await siteData()).map((_, shard) => ({ params: { shard: String(shard) }, props: { shard } }));

/** One shard of the search index, built at build time and loaded only by the search page. */
export const GET: APIRoute = async ({ props }) => new Response(indexShards(await siteData())[Number(props.shard)], { headers: { 'Content-Type': 'application/json' } });
