import { parentPort } from 'node:worker_threads';
import type { LetterJob } from './extract-letter.ts';
import { extractLetter } from './extract-letter.ts';

// A worker thread extracting letters sent by `runJobs`, one at a time.
parentPort?.on('message', async (job: LetterJob) => {
  try {
    parentPort?.postMessage(await extractLetter(job));
  } catch (error) {
    parentPort?.postMessage({ messages: [{ reason: `Extraction failed: ${(error as Error).message}`, place: { line: 1, column: 1 }, ruleId: 'internal-error', source: 'pleitkaart', fatal: true }] });
  }
});
