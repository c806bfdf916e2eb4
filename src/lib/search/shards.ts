import type { SearchDocument } from './options.ts';

/** About this many documents per shard: one shard for a few letters, many for a large corpus. */
export const documentsPerShard = 2000;

/**
 * Splits the search documents into shards by letter (a letter's documents stay together), so the
 * browser can show results from the first shard while the others are still loading.
 */
export function shardDocuments(documents: SearchDocument[]): SearchDocument[][] {
  const shards: SearchDocument[][] = [[]];
  let lastLetter: number | undefined;
  for (const document of documents) {
    const current = shards.at(-1)!;
    if (current.length >= documentsPerShard && document.letter !== lastLetter) shards.push([document]);
    else current.push(document);
    lastLetter = document.letter;
  }
  return shards;
}
