#!/usr/bin/env node
// Extracts the claims dataset: npm run extract -- [DIR|FILE…] --out FILE
import { mkdir, writeFile } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

// With Node's compile cache the pipeline's 300-odd modules load type-stripped and compiled, as in
// the build's extraction process and its worker threads (the five letters, five alternating runs:
// 1.37–1.75 s → 1.12–1.32 s). Only modules imported after it is enabled use it: hence the dynamic imports.
enableCompileCache();
const [{ reporter }, { extractLetters }, { codingSummary }, { datasetSchema }, { defaultOutcomeCacheDir }] = await Promise.all([
  import('vfile-reporter'),
  import('../src/pipeline/extract.ts'),
  import('../src/pipeline/recurring/report.ts'),
  import('../src/pipeline/schema.ts'),
  import('../src/pipeline/outcome-cache.ts'),
]);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', short: 'o' }, codebook: { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, 'no-cache': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('usage: npm run extract -- [DIR|FILE…] [--out dataset.json] [--codebook codebook.yaml] [--quiet] [--no-cache]\nWithout paths it reads content/letters/ (and content/codebook.yaml). Without --out it prints the dataset.\nA letter extracted before by the same code, with the same metadata and codebook, is read back from node_modules/.cache/pleitkaart/letters/ (as the build does); --no-cache extracts every letter.');
  process.exit(0);
}
const result = await extractLetters(positionals.length ? positionals : ['content/letters'], { codebook: values.codebook, cache: values['no-cache'] ? undefined : defaultOutcomeCacheDir });
const report = reporter(result.files, { quiet: values.quiet });
if (report) console.error(report);
const checked = datasetSchema.safeParse(result.dataset);
if (!checked.success) {
  console.error(`The dataset does not match its schema:\n${checked.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  process.exit(1);
}
const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
if (values.out) {
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, json);
  console.error(`${result.dataset.documents.length} letters${result.readBack ? ` (${result.readBack} read back from the cache)` : ''}, ${result.dataset.claims.length} claims → ${values.out}`);
} else {
  process.stdout.write(json);
}
if (!values.quiet) console.error(codingSummary(result.report, result.dataset.claims));
process.exit(result.ok ? 0 : 1);
