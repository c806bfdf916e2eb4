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

/** The stemmed content words of an ask, without stop words. */
export function stems(text: string): Set<string> {
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
  // Letters often share text: asks with the same terms are compared once, through the first of them,
  // in the name of all their letters: two such sets connect when an ask of one and an ask of the
  // other are in different letters.
  const firstWithTerms = new Map<string, number>();
  const representative = terms.map((set, index) => {
    if (!set.size) return index; // no content words: similar to nothing
    const key = [...set].sort().join(' ');
    const seen = firstWithTerms.get(key);
    if (seen === undefined) firstWithTerms.set(key, index);
    return seen ?? index;
  });
  const lettersOf = new Map<number, Set<string>>();
  unassigned.forEach((claim, index) => {
    const own = lettersOf.get(representative[index]!);
    if (own) own.add(claim.document);
    else lettersOf.set(representative[index]!, new Set([claim.document]));
  });
  const oneLetter = (index: number) => {
    const letters = lettersOf.get(index)!;
    return letters.size === 1 ? letters.values().next().value : undefined;
  };
  const compared = [...lettersOf.keys()].sort((a, b) => a - b);
  // Prefix filtering (an exact similarity join): with terms ordered rarest first, two sets with
  // Jaccard similarity ≥ t share a term among the first |A| − ⌈t·|A|⌉ + 1 of each. Only those
  // prefixes are indexed and compared, which leaves out the long lists of common stems.
  const frequency = new Map<string, number>();
  for (const set of terms) for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const prefixes = new Map(compared.map((index) => [index, [...terms[index]!].sort(rarestFirst).slice(0, terms[index]!.size - Math.ceil(minimumSimilarity * terms[index]!.size) + 1)]));
  const byTerm = new Map<string, number[]>();
  for (const index of compared) {
    for (const term of prefixes.get(index)!) {
      const holders = byTerm.get(term);
      if (holders) holders.push(index);
      else byTerm.set(term, [index]);
    }
  }
  // The asks of one set share its group. (Those of one letter only, linked to nothing else, make a
  // group of one letter, which proposes nothing.)
  representative.forEach((first, index) => {
    if (first !== index) parent[find(index)] = find(first);
  });
  // Which ask each other ask was last compared with: each pair is compared once, without a set per ask.
  const comparedWith = new Int32Array(unassigned.length).fill(-1);
  for (const a of compared) {
    for (const term of prefixes.get(a)!) {
      for (const b of byTerm.get(term)!) {
        if (b <= a || comparedWith[b] === a) continue;
        comparedWith[b] = a;
        // Asks already in one group need no similarity: single link only asks whether they connect.
        const letter = oneLetter(a);
        if ((letter !== undefined && letter === oneLetter(b)) || find(a) === find(b)) continue;
        if (jaccard(terms[a]!, terms[b]!) >= minimumSimilarity) parent[find(a)] = find(b);
      }
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
