#!/usr/bin/env node
// Search benchmark: npm run bench:search. Builds the site, then prints index size, the time from
// page load to the first result in Chromium, and query latency over a fixed set of queries.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { chromium } from 'playwright-core';
import { miniSearchOptions, searchQuery } from '../src/lib/search/options.ts';
import type { SearchDocument } from '../src/lib/search/options.ts';
import { serve } from '../tests/helpers/serve.ts';
import { benchmarkQueries } from './bench/queries.ts';


const outDir = resolve('.cache/bench-site');
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env: { ...process.env, PLEITKAART_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
}
const json = readFileSync(resolve(outDir, 'zoeken/index-0.json'), 'utf8');
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json).length;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const index = MiniSearch.loadJSON<SearchDocument>(json, miniSearchOptions);
for (const query of benchmarkQueries) index.search(searchQuery(query)); // warm up
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const query of benchmarkQueries) {
    const start = performance.now();
    index.search(searchQuery(query));
    times.push(performance.now() - start);
  }
}

let firstResult: number | undefined;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromiumPath)) {
  const server = await serve(outDir, '');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/zoeken/?q=woningen`);
    await page.waitForFunction(() => performance.getEntriesByName('pleitkaart:first-result').length > 0);
    samples.push(await page.evaluate(() => performance.getEntriesByName('pleitkaart:first-result')[0]!.startTime));
    await page.close();
  }
  firstResult = percentile(samples, 50);
  await browser.close();
  await server.close();
}

const figures = {
  documents: index.documentCount,
  indexBytes: raw,
  indexGzipBytes: gzip,
  firstResultMs: firstResult === undefined ? null : Math.round(firstResult),
  queryP50Ms: Number(percentile(times, 50).toFixed(3)),
  queryP95Ms: Number(percentile(times, 95).toFixed(3)),
  queries: benchmarkQueries.length,
};
console.table(figures);
if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
