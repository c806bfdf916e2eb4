import { describe, expect, it } from 'vitest';
import type { CorpusFigures } from '../../scripts/bench/budgets.ts';
import { budgetVerdicts } from '../../scripts/bench/budgets.ts';

const five: CorpusFigures = {
  letters: 5,
  extractS: 0.25,
  extractMBps: 0.16,
  extractPeakMB: 138,
  buildPerRouteVsBare: 1.42,
  searchShards: 1,
  firstShardGzipKB: 16.7,
  indexGzipKB: 16.7,
  queryP95ms: 0.46,
  letterPageVsLetterGzip: 2.45,
  jsGzipBytes: { home: 300, letter: 300, claim: 500, map: 4700, search: 11000 },
  mobile: { home: { performance: 100, layoutShift: 0 }, search: { performance: 98, layoutShift: 0 } },
};
const thousand: CorpusFigures = {
  letters: 1000,
  extractS: 3.28,
  extractMBps: 2.02,
  extractMarginalMBps: 2.39,
  extractPeakMB: 398,
  buildPerRouteVsBare: 1.12,
  firstBuildPerRouteVsBare: 1.19,
  searchShards: 12,
  firstShardGzipKB: 162,
  indexGzipKB: 1836,
  queryP95ms: 11.1,
  letterPageVsLetterGzip: 3.32,
};
const verdict = (rows: ReturnType<typeof budgetVerdicts>) => rows.map(({ budget, figure, met }) => `${met ? 'met' : 'MISSED'} · ${budget} · ${figure}`);

describe('the performance budgets', () => {
  it('judges a run budget by budget, the five real letters included', () => {
    expect(verdict(budgetVerdicts([five, thousand], { indexGzipBytes: 38385, letterPageVsLetterGzip: 2.41 }))).toEqual([
      'met · extraction ≥ 2 MB/s and linear · 2.02 MB/s at 1000 letters, 2.39 MB/s for the letters added',
      'met · 1,000 letters in ≤ 15 s with ≤ 1 GB · 3.28 s, 398 MB',
      'met · site build per page ≤ 1.5× a bare Astro page · 1.42× at 5 letters; 1.12× at 1000 letters (first build 1.19×)',
      'met · content pages load ≤ 10 KB gzip of optional JS · at most 4.6 KB',
      "MISSED · letter page ≤ 2× its letter's gzip size · worst: 2.41× (the five letters); 2.45× (5 synthetic); 3.32× (1000 synthetic)",
      'met · search index ≤ 40 KB gzip for the five letters · 38,385 bytes',
      'met · at 1,000 letters: first result without the whole index, p95 query ≤ 30 ms · 12 shards, the first 162 KB of 1836 KB gzip; p95 11.1 ms',
      'met · Lighthouse mobile performance, no layout shift · performance ≥ 98, layout shift ≤ 0.000',
    ]);
  });

  it('misses a budget by a hair, and the search code counts only on the search page', () => {
    const slow = { ...thousand, extractMBps: 1.99, buildPerRouteVsBare: 1.51 };
    expect(verdict(budgetVerdicts([slow])).slice(0, 3)).toEqual([
      'MISSED · extraction ≥ 2 MB/s and linear · 1.99 MB/s at 1000 letters, 2.39 MB/s for the letters added',
      'met · 1,000 letters in ≤ 15 s with ≤ 1 GB · 3.28 s, 398 MB',
      'MISSED · site build per page ≤ 1.5× a bare Astro page · 1.51× at 1000 letters (first build 1.19×)',
    ]);
    expect(budgetVerdicts([{ ...five, jsGzipBytes: { letter: 10_001 } }]).find((row) => row.budget.includes('JS'))?.met).toBe(false);
    // A KB of the budgets is 1,000 bytes: 40,001 bytes of index miss "40 KB".
    expect(budgetVerdicts([], { indexGzipBytes: 40_001, letterPageVsLetterGzip: 1.5 }).map(({ budget, met }) => `${met ? 'met' : 'MISSED'} · ${budget}`)).toEqual(['met · letter page ≤ 2× its letter\'s gzip size', 'MISSED · search index ≤ 40 KB gzip for the five letters']);
  });

  it('leaves out what the run did not measure, rather than passing it', () => {
    // Five letters time the start-up: no verdict on throughput.
    expect(budgetVerdicts([{ letters: 5, extractS: 0.25, extractMBps: 0.16, extractPeakMB: 138 }])).toEqual([]);
    expect(budgetVerdicts([{ letters: 100, extractS: 0.6, extractMBps: 1.1, extractPeakMB: 180 }]).map((row) => row.budget)).toEqual(['extraction ≥ 2 MB/s and linear']);
  });
});
