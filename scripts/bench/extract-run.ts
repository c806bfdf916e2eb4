// One extraction in a fresh process, for the benchmark: prints time, peak memory and output size as JSON.
import { readdirSync, statSync } from 'node:fs';
import { extractLetters } from '../../src/pipeline/extract.ts';

const dir = process.argv[2]!;
const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(`${dir}/${name}`).size, 0);
const start = performance.now();
const result = await extractLetters([dir]);
const ms = performance.now() - start;
console.log(JSON.stringify({ letters: result.dataset.documents.length, claims: result.dataset.claims.length, bytes, ms, peakMB: process.resourceUsage().maxRSS / 1024 }));
