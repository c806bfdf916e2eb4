import { stemmer } from '@orama/stemmers/dutch';
import { nld } from 'stopword';
import type { Claim } from '../schema.ts';
import { words } from './fold.ts';

export interface CandidateCode {
  /** The stems the asks share most, as a starting point for a label and cues. */
  terms: string[];
  claims: string[];
  letters: string[];
}

const stop = new Set<string>(nld);
const minimumSimilarity = 0.25;

function stems(text: string): Set<string> {
  return new Set(words(text).filter((word) => word.length > 2 && !stop.has(word)).map((word) => stemmer(word)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Proposes new codes: groups of asks that no code matches, from at least two letters, whose
 * stemmed terms overlap (single-link clustering on Jaccard similarity).
 */
export function candidateCodes(unassigned: Claim[]): CandidateCode[] {
  const terms = unassigned.map((claim) => stems(claim.text));
  const parent = unassigned.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  // Only asks that share a stem can be similar: compare through an inverted index, not all pairs.
  const byTerm = new Map<string, number[]>();
  terms.forEach((set, index) => {
    for (const term of set) {
      const holders = byTerm.get(term);
      if (holders) holders.push(index);
      else byTerm.set(term, [index]);
    }
  });
  for (let a = 0; a < unassigned.length; a++) {
    const others = new Set<number>();
    for (const term of terms[a]!) for (const b of byTerm.get(term) ?? []) if (b > a) others.add(b);
    for (const b of others) {
      if (unassigned[a]!.document !== unassigned[b]!.document && jaccard(terms[a]!, terms[b]!) >= minimumSimilarity) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, number[]>();
  unassigned.forEach((_, index) => {
    const root = find(index);
    const members = groups.get(root);
    if (members) members.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()]
    .filter((members) => new Set(members.map((index) => unassigned[index]!.document)).size >= 2)
    .map((members) => {
      const counts = new Map<string, number>();
      for (const index of members) for (const term of terms[index]!) counts.set(term, (counts.get(term) ?? 0) + 1);
      return {
        terms: [...counts].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([term]) => term),
        claims: members.map((index) => unassigned[index]!.id),
        letters: [...new Set(members.map((index) => unassigned[index]!.document))],
      };
    })
    .sort((a, b) => b.claims.length - a.claims.length);
}
