import { stemmer } from '@orama/stemmers/dutch';
import { nld } from 'stopword';

const stop = new Set<string>(nld);

/** Ligatures resolved, diacritics folded, lower case: ﬁnanciële → financiele, coördinatie → coordinatie. */
export function foldTerm(term: string): string {
  return term.normalize('NFKC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isStopWord(term: string): boolean {
  return stop.has(foldTerm(term));
}

/**
 * The terms a word is indexed and searched under: its folded surface form and its Snowball stem
 * (investeringen → investeringen, invester). Dutch stop words give nothing.
 */
export function analyzeTerm(term: string): string[] {
  const folded = foldTerm(term);
  if (!folded || stop.has(folded)) return [];
  const stem = stemmer(folded);
  return stem && stem !== folded ? [folded, stem] : [folded];
}
