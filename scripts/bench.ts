#!/usr/bin/env node
// Benchmark at scale: npm run bench [-- --sizes 5,100,1000 --site-sizes 5,100,1000 --build-runs auto --json]
// Generates synthetic corpora, then measures extraction, the site build (against a bare Astro
// build of as many pages), the search index and query latency, and page weights.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../src/lib/search/options.ts';
import { miniSearchOptions, searchQuery } from '../src/lib/search/options.ts';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serve } from '../tests/helpers/serve.ts';
import { benchmarkQueries } from './bench/queries.ts';
import { writeCorpus } from './bench/corpus.ts';
import type { CorpusFigures, RealLetterFigures } from './bench/budgets.ts';
import { budgetVerdicts } from './bench/budgets.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '5,100,1000' }, 'site-sizes': { type: 'string', default: '5,100,1000' }, 'build-runs': { type: 'string', default: 'auto' }, json: { type: 'boolean', default: false } } });
const sizes = values.sizes!.split(',').map(Number);
const siteSizes = new Set(values['site-sizes']!.split(',').filter(Boolean).map(Number));
// `auto`: as many alternating rounds of builds as take about a minute and a half, at least three, an odd number
// (so that the median is one of them). A quick build's ratio spreads most (1.31–1.68× in ten pairs
// at 5 letters, 1.03–1.14× in three at 100), and three pairs decided that budget differently from
// run to run; more pairs cost little there.
const buildRuns = values['build-runs'] === 'auto' ? undefined : Number(values['build-runs']);
if (buildRuns !== undefined && !(Number.isInteger(buildRuns) && buildRuns > 0)) {
  console.error(`--build-runs takes a whole number of pairs or \`auto\`, not \`${values['build-runs']}\``);
  process.exit(2);
}
const pairsFor = (pairMs: number) => {
  const fitting = Math.min(9, Math.max(3, Math.floor(90_000 / pairMs)));
  return fitting % 2 === 0 ? fitting - 1 : fitting;
};
const root = resolve('.cache/bench');
const astro = resolve('node_modules/astro/bin/astro.mjs');
// Extraction runs as `npm run extract` runs it: with the Node flags its script gives (package.json).
const extractFlags = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.extract!.match(/^node((?:\s+--\S+)*)\s/u)![1]!.trim().split(/\s+/u).filter(Boolean);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const gz = (data: string | Buffer) => gzipSync(data).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

/** Every file Astro rendered (pages and endpoint files), without the static assets it copied. */
function routeFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (name === '_astro') return [];
    return statSync(full).isDirectory() ? routeFiles(full) : /\.(html|json|bib|ris|txt|csv|xml)$/u.test(name) && name !== 'robots.txt' ? [full] : [];
  });
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

function timeBuild(cwd: string, extraEnv: Record<string, string>): number {
  const start = performance.now();
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(build.stderr.slice(-2000));
  return performance.now() - start;
}

/** A bare Astro project with `count` plain pages: the baseline for build cost per page. */
function bareProject(count: number): string {
  const dir = join(root, `bare-${count}`);
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.BARE_OUT_DIR });\n");
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'src/pages/[page].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${count} }, (_, page) => ({ params: { page: String(page) } })); }\nconst { page } = Astro.params;\n---\n<html lang="nl"><head><title>Pagina {page}</title></head><body><main><h1>Pagina {page}</h1><p>Een gewone pagina met wat tekst.</p></main></body></html>\n`,
  );
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(resolve('node_modules/astro'), join(dir, 'node_modules/astro'));
  return dir;
}

/** The first letter, claim or code in a folder: not a further page of a listing, nor the asks without a code. */
function firstEntry(site: string, folder: string): string {
  return readdirSync(join(site, folder)).find((name) => !['pagina', 'zonder-code'].includes(name) && statSync(join(site, folder, name)).isDirectory())!;
}

function pageWeights(site: string) {
  const assets = (html: string) => [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/gu)].map((match) => match[1]!);
  const weigh = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const parts = assets(html).map((asset) => ({ asset, bytes: gz(readFileSync(join(site, asset))) }));
    return {
      html: gz(html),
      css: parts.filter((part) => part.asset.endsWith('.css')).reduce((sum, part) => sum + part.bytes, 0),
      js: parts.filter((part) => part.asset.endsWith('.js')).reduce((sum, part) => sum + part.bytes, 0),
    };
  };
  const first = (folder: string) => join(site, folder, firstEntry(site, folder), 'index.html');
  const types: Record<string, string> = {
    home: join(site, 'index.html'),
    letters: join(site, 'brieven/index.html'),
    letter: first('brieven'),
    claim: first('claim'),
    asks: join(site, 'vragen/index.html'),
    recurring: first('terugkerend'),
    map: join(site, 'kaart/index.html'),
    search: join(site, 'zoeken/index.html'),
  };
  const weights = Object.fromEntries(Object.entries(types).map(([type, file]) => [type, weigh(file)]));
  const all = htmlFiles(site).map((file) => ({ file, bytes: statSync(file).size }));
  const largest = all.sort((a, b) => b.bytes - a.bytes)[0]!;
  return { weights, largest: { page: largest.file.slice(site.length), bytes: largest.bytes, gzip: gz(readFileSync(largest.file)) } };
}

/**
 * Each letter page's gzip size against its letter's: the worst and the median ratio, and a straight
 * line fitted through all (letter, page) pairs. Its slope is what a page adds per byte of letter;
 * its intercept is the fixed frame (head, navigation, metadata) that dominates short letters.
 */
function letterPageFigures(site: string, letters: string) {
  const pairs: Array<[letter: number, page: number]> = [];
  for (const name of readdirSync(letters).filter((file) => file.endsWith('.txt'))) {
    const page = join(site, 'brieven', name.replace(/\.txt$/u, ''), 'index.html');
    // Letter ids are slugs of the file names, the same here; a letter that failed has no page.
    if (existsSync(page)) pairs.push([gz(readFileSync(join(letters, name))), gz(readFileSync(page))]);
  }
  const ratios = pairs.map(([letter, page]) => page / letter);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const meanLetter = mean(pairs.map(([letter]) => letter));
  const meanPage = mean(pairs.map(([, page]) => page));
  const slope = pairs.reduce((sum, [letter, page]) => sum + (letter - meanLetter) * (page - meanPage), 0) / pairs.reduce((sum, [letter]) => sum + (letter - meanLetter) ** 2, 0);
  return { worst: Math.max(...ratios), median: median(ratios), slope, frameKB: (meanPage - slope * meanLetter) / 1024 };
}

function searchFigures(site: string) {
  const manifest = JSON.parse(readFileSync(join(site, 'zoeken/index.json'), 'utf8')) as { shards: number };
  const shards = Array.from({ length: manifest.shards }, (_, shard) => readFileSync(join(site, `zoeken/index-${shard}.json`), 'utf8'));
  const indexes = shards.map((json) => MiniSearch.loadJSON<SearchDocument>(json, miniSearchOptions));
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of benchmarkQueries) {
      const start = performance.now();
      indexes.flatMap((index) => index.search(searchQuery(query))).sort((a, b) => b.score - a.score);
      if (round > 0) times.push(performance.now() - start);
    }
  }
  return {
    shards: manifest.shards,
    rawKB: shards.reduce((sum, json) => sum + json.length, 0) / 1024,
    gzipKB: shards.reduce((sum, json) => sum + gz(json), 0) / 1024,
    firstShardGzipKB: gz(shards[0]!) / 1024,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

/**
 * Lighthouse on each page type of the built site, served gzipped as GitHub Pages serves it, with
 * Lighthouse's own mobile defaults (a mid-range phone, slow 4G, CPU slowed four times, simulated):
 * its four category scores, FCP, LCP, layout shift, blocking time and bytes transferred.
 */
async function lighthouseScores(site: string): Promise<{ text: Record<string, string>; scores: NonNullable<CorpusFigures['mobile']> } | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    // The verdict leaves a budget it cannot decide out: say so, or the missing line goes unnoticed.
    console.error(`Lighthouse left out: no Chromium at ${executablePath} (install Debian's chromium, or set CHROMIUM_PATH); the budget on mobile performance is not decided in this run`);
    return undefined;
  }
  const server = await serve(site, '');
  const port = 9300 + (process.pid % 500);
  // Without the networking flags Chromium stalls on a closed network; Lighthouse drives it over its debugging port.
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`] });
  const text: Record<string, string> = {};
  const scores: NonNullable<CorpusFigures['mobile']> = {};
  try {
    for (const [type, path] of Object.entries({ home: '/', letter: `/brieven/${firstEntry(site, 'brieven')}/`, claim: `/claim/${firstEntry(site, 'claim')}/`, asks: '/vragen/', map: '/kaart/', search: '/zoeken/?q=woningen' })) {
      const result = await lighthouse(`${server.origin}${path}`, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) continue;
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const seconds = (id: string) => `${((audits[id]?.numericValue ?? 0) / 1000).toFixed(2)} s`;
      scores[type] = { performance: score('performance'), layoutShift: audits['cumulative-layout-shift']?.numericValue ?? 0 };
      text[type] = [
        `perf ${score('performance')} · a11y ${score('accessibility')} · best ${score('best-practices')} · seo ${score('seo')}`,
        `FCP ${seconds('first-contentful-paint')} · LCP ${seconds('largest-contentful-paint')} · CLS ${(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)} · TBT ${Math.round(audits['total-blocking-time']?.numericValue ?? 0)} ms`,
        `${((audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1)} KB`,
      ].join(' · ');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { text, scores };
}

// Deleting tens of thousands of files makes this disk (mounted with `discard`) slow for a while,
// long enough to slow a 1,000-letter build by half: the previous run's output is set aside and
// deleted after the measurements, and nothing is deleted while timing.
const previousRun = `${root}-previous`;
rmSync(previousRun, { recursive: true, force: true }); // left by an interrupted run
if (existsSync(root)) renameSync(root, previousRun);
const corpora = new Map(sizes.map((size) => [size, writeCorpus(join(root, `corpus-${size}`), size)]));
spawnSync('sync');

const rows: Array<Record<string, unknown>> = [];
const figures: CorpusFigures[] = [];
let previous: { bytes: number; ms: number } | undefined;
let previousBuild: { ms: number; bareMs: number } | undefined;
for (const size of sizes) {
  const corpus = join(root, `corpus-${size}`);
  const { bytes } = corpora.get(size)!;
  // Three fresh processes: this machine's speed varies by a quarter from one minute to the next,
  // so the median is reported, with the fastest and slowest run.
  const runs = Array.from({ length: 3 }, () => JSON.parse(execFileSync(process.execPath, [...extractFlags, 'scripts/bench/extract-run.ts', corpus], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { letters: number; claims: number; ms: number; peakMB: number }).sort((a, b) => a.ms - b.ms);
  const run = { ...runs[1]!, peakMB: Math.max(...runs.map((each) => each.peakMB)) };
  const row: Record<string, unknown> = {
    letters: size,
    corpusMB: +(bytes / 1e6).toFixed(2),
    claims: run.claims,
    extractS: +(run.ms / 1000).toFixed(2),
    extractRangeS: `${(runs[0]!.ms / 1000).toFixed(2)}–${(runs[2]!.ms / 1000).toFixed(2)}`,
    extractMBps: +(bytes / 1e6 / (run.ms / 1000)).toFixed(2),
    // Linear growth: the throughput of the letters added since the previous size (fixed start-up costs cancel out).
    extractMarginalMBps: previous ? +((bytes - previous.bytes) / 1e6 / ((run.ms - previous.ms) / 1000)).toFixed(2) : undefined,
    extractPeakMB: Math.round(run.peakMB),
  };
  previous = { bytes, ms: run.ms };
  if (siteSizes.has(size)) {
    // Builds alternate with the bare baseline, each into a folder of its own (nothing to delete
    // while timing); the median of each is compared, with the range of the ratios of each pair.
    // A rebuild finds the letters' outcomes kept by the build before (the first build of the
    // letters fills that folder); a first build of the letters gets a folder of its own, empty.
    const buildSite = (run: number | string, extractionCache = join(root, `extraction-${size}`)) => timeBuild(process.cwd(), { PLEITKAART_LETTERS: corpus, PLEITKAART_OUT_DIR: join(root, `site-${size}-${run}`), PLEITKAART_ID_REGISTRY: join(root, 'none.json'), PLEITKAART_EXTRACTION_CACHE: extractionCache });
    // The first build of a project has Vite optimise its dependencies: one untimed build of each first.
    const siteWarmUpMs = buildSite('warm-up');
    // Every claim also has CSL-JSON, BibTeX and RIS files (written by an integration after the
    // pages): every file the build writes counts, and the baseline renders as many routes.
    const routes = routeFiles(join(root, `site-${size}-warm-up`)).length;
    const bare = bareProject(routes);
    const buildBare = (run: number | string) => timeBuild(bare, { BARE_OUT_DIR: join(bare, `dist-${run}`) });
    // A round is a rebuild, a first build (about as long as the warm-up) and a bare build.
    const pairs = buildRuns ?? pairsFor(2 * siteWarmUpMs + buildBare('warm-up'));
    const builds: number[] = [];
    const firstBuilds: number[] = [];
    const bareBuilds: number[] = [];
    for (let run = 0; run < pairs; run++) {
      builds.push(buildSite(run));
      firstBuilds.push(buildSite(`first-${run}`, join(root, `extraction-${size}-first-${run}`)));
      bareBuilds.push(buildBare(run));
    }
    const site = join(root, `site-${size}-0`);
    const pages = htmlFiles(site).length;
    const ms = median(builds);
    const bareMs = median(bareBuilds);
    const ratios = builds.map((build, run) => build / bareBuilds[run]!).sort((a, b) => a - b);
    const firstMs = median(firstBuilds);
    const firstRatios = firstBuilds.map((build, run) => build / bareBuilds[run]!).sort((a, b) => a - b);
    const search = searchFigures(site);
    const { weights, largest } = pageWeights(site);
    const letterPages = letterPageFigures(site, corpus);
    const mobile = size === Math.min(...siteSizes) ? await lighthouseScores(site) : undefined;
    Object.assign(row, {
      buildS: +(ms / 1000).toFixed(1),
      pages,
      routes,
      pagesPerS: Math.round(pages / (ms / 1000)),
      bareBuildS: +(bareMs / 1000).toFixed(1),
      buildPerRouteVsBare: +(ms / bareMs).toFixed(2),
      buildRatioRange: `${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}`,
      buildPairs: pairs,
      // The same build with no letter extracted before, as the first after the pipeline changed (Vite's and Astro's caches kept).
      firstBuildS: +(firstMs / 1000).toFixed(1),
      firstBuildPerRouteVsBare: +(firstMs / bareMs).toFixed(2),
      firstBuildRatioRange: `${firstRatios[0]!.toFixed(2)}–${firstRatios.at(-1)!.toFixed(2)}`,
      // The cost of the routes added since the previous size, against the bare build's: start-up cancels out.
      buildMarginalPerRouteVsBare: previousBuild ? +((ms - previousBuild.ms) / (bareMs - previousBuild.bareMs)).toFixed(2) : undefined,
      searchShards: search.shards,
      indexRawKB: Math.round(search.rawKB),
      indexGzipKB: +search.gzipKB.toFixed(1),
      firstShardGzipKB: +search.firstShardGzipKB.toFixed(1),
      queryP50ms: +search.p50.toFixed(2),
      queryP95ms: +search.p95.toFixed(2),
      letterPageVsLetterGzip: +letterPages.worst.toFixed(2),
      letterPageMedianRatio: +letterPages.median.toFixed(2),
      letterPageSlope: +letterPages.slope.toFixed(2),
      letterPageFrameKB: +letterPages.frameKB.toFixed(1),
      largestPage: `${largest.page} (${Math.round(largest.bytes / 1024)} KB, ${Math.round(largest.gzip / 1024)} KB gzip)`,
      mobile: mobile?.text,
      jsGzipBytes: Object.fromEntries(Object.entries(weights).map(([type, weight]) => [type, weight.js])),
      mobileScores: mobile?.scores,
      pageWeightsGzip: Object.fromEntries(Object.entries(weights).map(([type, weight]) => [type, `html ${(weight.html / 1024).toFixed(1)} KB · css ${(weight.css / 1024).toFixed(1)} KB · js ${(weight.js / 1024).toFixed(1)} KB`])),
    });
    previousBuild = { ms, bareMs };
  }
  rows.push(row);
  figures.push({ ...(row as unknown as CorpusFigures), mobile: row.mobileScores as CorpusFigures['mobile'] });
  console.error(`${size} letters done`);
}

// One long letter, made of the largest corpus's letters one after another: the cost of a letter
// must grow with its length, not with its length squared (one thread; a letter is not split).
const longLetters = [1, 8].map((megabytes) => {
  const largest = join(root, `corpus-${Math.max(...sizes)}`);
  const parts: string[] = [];
  let bytes = 0;
  for (const name of readdirSync(largest).sort()) {
    if (bytes >= megabytes * 1e6) break;
    const text = readFileSync(join(largest, name), 'utf8');
    parts.push(text);
    bytes += Buffer.byteLength(text);
  }
  const dir = join(root, `long-${megabytes}`);
  mkdirSync(dir, { recursive: true });
  // Repeated when the corpus is smaller than the letter asked for, and cut at a line end.
  let text = parts.join('\n\n');
  while (Buffer.byteLength(text) < megabytes * 1e6) text += `\n\n${text}`;
  const bytesPerChar = Buffer.byteLength(text) / text.length;
  text = text.slice(0, text.lastIndexOf('\n', Math.floor((megabytes * 1e6) / bytesPerChar)) + 1);
  writeFileSync(join(dir, 'lang.txt'), text);
  const run = JSON.parse(execFileSync(process.execPath, [...extractFlags, 'scripts/bench/extract-run.ts', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as { claims: number; bytes: number; ms: number; peakMB: number };
  return { letterMB: +(run.bytes / 1e6).toFixed(1), claims: run.claims, extractS: +(run.ms / 1000).toFixed(2), MBps: +(run.bytes / 1e6 / (run.ms / 1000)).toFixed(2), peakMB: Math.round(run.peakMB) };
});
console.error('long letters done');

// The five real letters' site, for the budgets that name them: its letter pages against their
// letters, and its search index (not timed: the 5-letter corpus above times a build of that size).
const realSite = join(root, 'site-real');
timeBuild(process.cwd(), { PLEITKAART_LETTERS: resolve('content/letters'), PLEITKAART_OUT_DIR: realSite });
const real: RealLetterFigures = { letterPageVsLetterGzip: letterPageFigures(realSite, 'content/letters').worst, indexGzipBytes: Math.round(searchFigures(realSite).gzipKB * 1024) };
const budgets = budgetVerdicts(figures, real);

for (const row of rows) {
  const { pageWeightsGzip, mobile, jsGzipBytes, mobileScores, ...measured } = row;
  console.table(measured);
  if (pageWeightsGzip) console.table(pageWeightsGzip);
  if (mobile) console.table(mobile);
}
console.table(longLetters);
console.table(Object.fromEntries(budgets.map(({ budget, figure, met }) => [budget, `${met ? 'met' : 'MISSED'}: ${figure}`])));
if (values.json) console.log(JSON.stringify({ corpora: rows, longLetters, real, budgets }, null, 2));
rmSync(previousRun, { recursive: true, force: true });
