import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import type { Extraction, ExtractionMessage, ExtractionRequest } from './dataset.ts';

// The build's extraction, off Astro's thread (see `prepareExtraction` and `loadExtraction`),
// started by `moduleWorker` from Node's compile cache.
// The pipeline loads while Astro still loads its own modules; the letters come with the request.
const [[request], { reporter }, { extractLetters }, { codingSummary }] = await Promise.all([
  once(parentPort!, 'message') as Promise<[ExtractionRequest]>,
  import('vfile-reporter'),
  import('../pipeline/extract.ts'),
  import('../pipeline/recurring/report.ts'),
]);

// The result crosses as one JSON string: much faster than a structured clone of the dataset's
// many small objects.
const result = await extractLetters([request.lettersDir]);
const extraction: Extraction = { dataset: result.dataset, texts: result.texts, report: result.report };
parentPort!.postMessage({
  ok: result.ok,
  messages: reporter(result.files, { quiet: true }),
  summary: codingSummary(result.report, result.dataset.claims),
  json: JSON.stringify(extraction),
} satisfies ExtractionMessage);
