import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction, ExtractionMessage, ExtractionRequest } from './dataset.ts';

// The build's extraction, in a process of its own (see `prepareExtraction` and `loadExtraction`).
// The pipeline loads while Astro still loads its own modules; the letters come with the request.
// Astro gone (its process ended or stopped the build), there is no one left to answer.
process.once('disconnect', () => process.exit());
const [[request], { reporter }, { extractLetters }, { codingSummary }] = await Promise.all([
  once(process, 'message') as Promise<[ExtractionRequest]>,
  import('vfile-reporter'),
  import('../pipeline/extract.ts'),
  import('../pipeline/recurring/report.ts'),
]);

const result = await extractLetters([request.lettersDir]);
const message: ExtractionMessage = {
  ok: result.ok,
  messages: reporter(result.files, { quiet: true }),
  summary: codingSummary(result.report, result.dataset.claims),
};
if (result.ok) {
  // One file of JSON: the parent reads and parses it faster than it would receive the dataset's
  // many small objects, or one large message through the IPC pipe (see `startProcess`), which
  // remains the way where the temporary folder cannot be written.
  const json = JSON.stringify({ dataset: result.dataset, texts: result.texts, report: result.report } satisfies Extraction);
  const file = join(tmpdir(), `pleitkaart-extraction-${process.pid}.json`);
  try {
    writeFileSync(file, json);
    message.jsonFile = file;
  } catch {
    message.json = json;
  }
}
process.send!(message, () => process.exit());
