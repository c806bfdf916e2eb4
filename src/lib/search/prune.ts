import { stemmer } from '@orama/stemmers/dutch';
import { isDeepStrictEqual } from 'node:util';

/** A serialized MiniSearch index, as far as pruning needs it: term → field → document → frequency. */
interface SerializedIndex {
  index: Array<[term: string, postings: Record<string, Record<string, number>>]>;
}

/**
 * Leaves out of a serialized index every surface form whose stem is in the index with the very
 * same documents, fields and frequencies ("zoals" beside "zoal"): a query searches each word as
 * written or as its stem (`searchQuery`), so it finds the same documents, and the index shrinks
 * by a sixth. A stem is kept only when it is its own stem, so what remains never depends on a
 * term that was left out.
 */
export function pruneIndex(json: string): string {
  const serialized = JSON.parse(json) as SerializedIndex;
  const postings = new Map(serialized.index);
  serialized.index = serialized.index.filter(([term, found]) => {
    const stem = stemmer(term);
    if (stem === term || stemmer(stem) !== stem) return true;
    const stemFound = postings.get(stem);
    return !(stemFound && isDeepStrictEqual(stemFound, found));
  });
  return JSON.stringify(serialized);
}
