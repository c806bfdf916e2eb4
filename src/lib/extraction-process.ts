import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOutcomeCacheDir, hasOutcomesOfThisCode } from '../pipeline/outcome-cache.ts';
import type { Extraction, ExtractionMessage, ExtractionRequest } from './dataset.ts';

// The build's extraction, in a process of its own (see `prepareExtraction` and `loadExtraction`).
// It loads while Astro still loads its own modules; the letters come with the request.
// Astro gone (its process ended or stopped the build), there is no one left to answer.
process.once('disconnect', () => process.exit());
// `PLEITKAART_EXTRACTION_CACHE` keeps the letters' outcomes elsewhere (the benchmark times first builds with an empty folder).
const cache = process.env.PLEITKAART_EXTRACTION_CACHE || defaultOutcomeCacheDir;
const [[request], { reporter }, { extractLetters }, { codingSummary }] = await Promise.all([
  once(process, 'message') as Promise<[ExtractionRequest]>,
  import('vfile-reporter'),
  import('../pipeline/extract.ts'),
  import('../pipeline/recurring/report.ts'),
  // The pipeline loads when a letter is to be extracted. Unless an earlier build or `npm run
  // extract` of this code kept its letters' outcomes, that is every letter: load it now, while
  // Astro loads its own modules.
  hasOutcomesOfThisCode(cache) ? undefined : import('../pipeline/run-jobs.ts'),
]);

// Letters extracted by an earlier build or `npm run extract` with the same code are read back.
const result = await extractLetters([request.lettersDir], { cache });
const message: ExtractionMessage = {
  ok: result.ok,
  messages: reporter(result.files, { quiet: true }),
  summary: `${result.dataset.documents.length} letters: ${result.dataset.documents.length - result.readBack} extracted, ${result.readBack} read back from the cache.\n${codingSummary(result.report, result.dataset.claims)}`,
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
