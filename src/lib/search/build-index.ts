import MiniSearch from 'minisearch';
import type { SiteData } from '../site-data.ts';
import { searchDocuments } from './documents.ts';
import { miniSearchOptions } from './options.ts';
import { pruneIndex } from './prune.ts';
import { shardDocuments } from './shards.ts';

let cached: { data: SiteData; shards: string[] } | undefined;

/** The serialized index shards, built once per build. */
export function indexShards(data: SiteData): string[] {
  if (cached?.data === data) return cached.shards;
  const shards = shardDocuments(searchDocuments(data)).map((documents) => {
    const index = new MiniSearch(miniSearchOptions);
    index.addAll(documents);
    return pruneIndex(JSON.stringify(index));
  });
  cached = { data, shards };
  return shards;
}
