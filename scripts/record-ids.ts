#!/usr/bin/env node
// Records the published letter and claim ids in content/published-ids.json (npm run ids:record),
// so that their URLs keep working — as redirects — when an id changes. Run it before a release.
import { writeFileSync } from 'node:fs';
import { readRegistry, recordIds, RegistryError } from '../src/lib/id-registry.ts';
import { extractLetters } from '../src/pipeline/extract.ts';

const path = process.argv[2] ?? 'content/published-ids.json';
// Read before extracting: a broken registry is reported and left as it is, never written over.
let before;
try {
  before = readRegistry(path);
} catch (error) {
  if (!(error instanceof RegistryError)) throw error;
  console.error(`${error.message}\n  Hint: ${error.hint}`);
  process.exit(1);
}
const { dataset, ok } = await extractLetters(['content/letters']);
if (!ok) {
  console.error('Some letters cannot be read: run npm run extract to see why.');
  process.exit(1);
}
const after = recordIds(before, dataset.documents, dataset.claims);
writeFileSync(path, `${JSON.stringify(after, null, 2)}\n`);
console.error(`${path}: ${Object.keys(after.claims).length - Object.keys(before.claims).length} new claim ids, ${Object.keys(after.documents).length - Object.keys(before.documents).length} new letters`);
