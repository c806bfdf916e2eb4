// The performance budgets of the README, checked against a benchmark run's figures: the bench
// prints this verdict last, so a run says by itself which budget it misses.

/** What the bench measured for one corpus; the site figures only where it built that corpus's site. */
export interface CorpusFigures {
  letters: number;
  extractS: number;
  extractMBps: number;
  /** MB/s of the letters added since the previous corpus: start-up cancels out. */
  extractMarginalMBps?: number;
  extractPeakMB: number;
  /** A rebuild: the letters' outcomes kept by the build before, as Vite keeps its optimised dependencies. */
  buildPerRouteVsBare?: number;
  /** A first build of the letters: every letter extracted. */
  firstBuildPerRouteVsBare?: number;
  searchShards?: number;
  firstShardGzipKB?: number;
  indexGzipKB?: number;
  queryP95ms?: number;
  /** The worst letter page's gzip size against its letter's. */
  letterPageVsLetterGzip?: number;
  /** Gzip bytes of JavaScript each content page type loads. */
  jsGzipBytes?: Record<string, number>;
  /** Lighthouse on each page type (mobile defaults). */
  mobile?: Record<string, { performance: number; layoutShift: number }>;
}

/** The five real letters' site: what the budgets say of "the five letters". */
export interface RealLetterFigures {
  indexGzipBytes: number;
  letterPageVsLetterGzip: number;
}

export interface BudgetVerdict {
  budget: string;
  figure: string;
  met: boolean;
}

/** Page types that are content; the search page is the one that may load the search code. */
const contentPages = ['home', 'letters', 'letter', 'claim', 'asks', 'recurring', 'map'];

/** A budget's KB read strictly: 1,000 bytes, not 1,024. */
const kilobyte = 1000;

const list = (values: string[]) => values.join('; ');
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/**
 * One verdict per budget that the figures can decide. A budget whose figures the run did not
 * measure (no 1,000-letter corpus, no Chromium for Lighthouse) is left out, not passed.
 */
export function budgetVerdicts(corpora: CorpusFigures[], real?: RealLetterFigures): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = [];
  // A few letters time the start-up, not the throughput the budget is about.
  const largest = corpora.reduce<CorpusFigures | undefined>((found, corpus) => (!found || corpus.letters > found.letters ? corpus : found), undefined);
  if (largest && largest.letters >= 100) {
    const marginal = largest.extractMarginalMBps;
    verdicts.push({
      budget: 'extraction ≥ 2 MB/s and linear',
      figure: `${largest.extractMBps.toFixed(2)} MB/s at ${largest.letters} letters` + (marginal === undefined ? '' : `, ${marginal.toFixed(2)} MB/s for the letters added`),
      met: largest.extractMBps >= 2 && (marginal === undefined || marginal >= 2),
    });
  }
  const thousand = corpora.find((corpus) => corpus.letters === 1000);
  if (thousand) {
    verdicts.push({
      budget: '1,000 letters in ≤ 15 s with ≤ 1 GB',
      figure: `${thousand.extractS.toFixed(2)} s, ${Math.round(thousand.extractPeakMB)} MB`,
      met: thousand.extractS <= 15 && thousand.extractPeakMB <= 1024,
    });
  }
  const built = corpora.filter((corpus) => corpus.buildPerRouteVsBare !== undefined);
  if (built.length) {
    verdicts.push({
      budget: 'site build per page ≤ 1.5× a bare Astro page',
      // Decided as the bare build is timed, on a rebuild; the first build of the letters beside it.
      figure: list(built.map((corpus) => `${times(corpus.buildPerRouteVsBare!)} at ${corpus.letters} letters` + (corpus.firstBuildPerRouteVsBare === undefined ? '' : ` (first build ${times(corpus.firstBuildPerRouteVsBare)})`))),
      met: built.every((corpus) => corpus.buildPerRouteVsBare! <= 1.5),
    });
  }
  const weighed = built.filter((corpus) => corpus.jsGzipBytes);
  if (weighed.length) {
    const heaviest = Math.max(...weighed.flatMap((corpus) => contentPages.map((type) => corpus.jsGzipBytes![type] ?? 0)));
    verdicts.push({ budget: 'content pages load ≤ 10 KB gzip of optional JS', figure: `at most ${(heaviest / 1024).toFixed(1)} KB`, met: heaviest <= 10 * kilobyte });
  }
  const letterPages = [...(real ? [{ label: 'the five letters', ratio: real.letterPageVsLetterGzip }] : []), ...built.filter((corpus) => corpus.letterPageVsLetterGzip !== undefined).map((corpus) => ({ label: `${corpus.letters} synthetic`, ratio: corpus.letterPageVsLetterGzip! }))];
  if (letterPages.length) {
    verdicts.push({
      budget: "letter page ≤ 2× its letter's gzip size",
      figure: `worst: ${list(letterPages.map((page) => `${times(page.ratio)} (${page.label})`))}`,
      met: letterPages.every((page) => page.ratio <= 2),
    });
  }
  if (real) {
    verdicts.push({ budget: 'search index ≤ 40 KB gzip for the five letters', figure: `${real.indexGzipBytes.toLocaleString('en')} bytes`, met: real.indexGzipBytes <= 40 * kilobyte });
  }
  if (thousand?.queryP95ms !== undefined && thousand.searchShards !== undefined) {
    verdicts.push({
      budget: 'at 1,000 letters: first result without the whole index, p95 query ≤ 30 ms',
      figure: `${thousand.searchShards} shards, the first ${thousand.firstShardGzipKB?.toFixed(0)} KB of ${thousand.indexGzipKB?.toFixed(0)} KB gzip; p95 ${thousand.queryP95ms.toFixed(1)} ms`,
      met: thousand.searchShards > 1 && thousand.queryP95ms <= 30,
    });
  }
  const scored = built.find((corpus) => corpus.mobile && Object.keys(corpus.mobile).length);
  if (scored) {
    const scores = Object.values(scored.mobile!);
    const lowest = Math.min(...scores.map((score) => score.performance));
    const shift = Math.max(...scores.map((score) => score.layoutShift));
    verdicts.push({ budget: 'Lighthouse mobile performance, no layout shift', figure: `performance ≥ ${lowest}, layout shift ≤ ${shift.toFixed(3)}`, met: lowest >= 90 && shift < 0.0005 });
  }
  return verdicts;
}
