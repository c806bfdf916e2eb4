// One extraction in a fresh process, for the benchmark: prints time, peak memory and output size as JSON.
// It loads the pipeline as `npm run extract` does, from Node's compile cache (hence the dynamic
// imports), and before the clock starts: `extractLetters` loads it only when a letter is to be
// extracted, and the figure is the extraction's, as in every run before 2 December, 11:00.
import { readdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

enableCompileCache();
const [{ extractLetters }] = await Promise.all([import('../../src/pipeline/extract.ts'), import('../../src/pipeline/run-jobs.ts')]);

const dir = process.argv[2]!;
const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(`${dir}/${name}`).size, 0);
const start = performance.now();
const result = await extractLetters([dir]);
const ms = performance.now() - start;
console.log(JSON.stringify({ letters: result.dataset.documents.length, claims: result.dataset.claims.length, bytes, ms, peakMB: process.resourceUsage().maxRSS / 1024 }));
