import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Extraction, ExtractionMessage } from './dataset.ts';

// The build's extraction, off Astro's thread (see `loadExtraction`). Worker threads do not share
// the compile cache Astro's CLI enables for its own thread: enabled here, before the pipeline is
// imported, Node keeps the compiled pipeline on disk and this thread answers a fifth sooner.
enableCompileCache();
const [{ reporter }, { extractLetters }, { codingSummary }, { lettersDir }] = await Promise.all([
  import('vfile-reporter'),
  import('../pipeline/extract.ts'),
  import('../pipeline/recurring/report.ts'),
  import('./letters-dir.ts'),
]);

// The result crosses as one JSON string: much faster than a structured clone of the dataset's
// many small objects.
const result = await extractLetters([lettersDir]);
const extraction: Extraction = { dataset: result.dataset, texts: result.texts, report: result.report };
parentPort?.postMessage({
  ok: result.ok,
  messages: reporter(result.files, { quiet: true }),
  summary: codingSummary(result.report, result.dataset.claims),
  json: JSON.stringify(extraction),
} satisfies ExtractionMessage);
