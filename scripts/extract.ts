#!/usr/bin/env node
// Extracts the claims dataset: npm run extract -- [DIR|FILE…] --out FILE
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { extractLetters } from '../src/pipeline/extract.ts';
import { codingSummary } from '../src/pipeline/recurring/report.ts';
import { datasetSchema } from '../src/pipeline/schema.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', short: 'o' }, codebook: { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('usage: npm run extract -- [DIR|FILE…] [--out dataset.json] [--codebook codebook.yaml] [--quiet]\nWithout paths it reads content/letters/ (and content/codebook.yaml). Without --out it prints the dataset.');
  process.exit(0);
}
const result = await extractLetters(positionals.length ? positionals : ['content/letters'], { codebook: values.codebook });
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
  console.error(`${result.dataset.documents.length} letters, ${result.dataset.claims.length} claims → ${values.out}`);
} else {
  process.stdout.write(json);
}
if (!values.quiet) console.error(codingSummary(result.report, result.dataset.claims));
process.exit(result.ok ? 0 : 1);
