import { parentPort } from 'node:worker_threads';
import { reporter } from 'vfile-reporter';
import { extractLetters } from '../pipeline/extract.ts';
import { codingSummary } from '../pipeline/recurring/report.ts';
import type { Extraction, ExtractionMessage } from './dataset.ts';
import { lettersDir } from './letters-dir.ts';

// The build's extraction, off Astro's thread (see `loadExtraction`). The result crosses as one
// JSON string: much faster than a structured clone of the dataset's many small objects.
const result = await extractLetters([lettersDir]);
const extraction: Extraction = { dataset: result.dataset, texts: result.texts, report: result.report };
parentPort?.postMessage({
  ok: result.ok,
  messages: reporter(result.files, { quiet: true }),
  summary: codingSummary(result.report, result.dataset.claims),
  json: JSON.stringify(extraction),
} satisfies ExtractionMessage);
