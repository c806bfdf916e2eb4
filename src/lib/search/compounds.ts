import { analyzeTerm } from './analyzer.ts';

/**
 * The ways to read a Dutch compound as two words ("jeugdzorg" → "jeugd zorg", "arbeidsmarkt" →
 * "arbeid markt"), for a search that finds nothing under the compound: the letters may write its
 * parts apart or in other compounds ("jeugdhulp", "zorg voor jongeren"). Each part is a word of
 * three letters or more that is no stop word; a linking s between them is dropped too.
 */
export function compoundSplits(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return [];
  const splits: string[] = [];
  const add = (head: string, tail: string) => {
    if (head.length >= 3 && tail.length >= 3 && analyzeTerm(head).length && analyzeTerm(tail).length) splits.push(`${head} ${tail}`);
  };
  for (let at = 3; at <= lower.length - 3; at++) {
    const head = lower.slice(0, at);
    const tail = lower.slice(at);
    // Without the linking s first: of two readings that find as much, the plainer words win.
    if (head.endsWith('s') && !head.endsWith('ss')) add(head.slice(0, -1), tail);
    add(head, tail);
  }
  return splits;
}

/**
 * The reading of a compound that finds the most, with what it finds; undefined when none finds
 * anything. `count` runs the site's search on a query, without typos allowed: "jeug dzorg" would
 * otherwise find "jeugd" and "zorg" too.
 */
export function bestCompoundSplit(word: string, count: (query: string) => number): { query: string; found: number } | undefined {
  let best: { query: string; found: number } | undefined;
  for (const query of compoundSplits(word)) {
    const found = count(query);
    if (found > 0 && (!best || found > best.found)) best = { query, found };
  }
  return best;
}
