import { parentPort } from 'node:worker_threads';
import type { LetterJob, LetterOutcome } from './extract-letter.ts';
import { extractLetter } from './extract-letter.ts';
import type { RecurringMatcher } from './recurring/assign.ts';
import { recurringMatcher } from './recurring/assign.ts';
import type { RecurringAsk } from './recurring/codebook.ts';

/** What `runJobs` sends: first the codebook, then letters. */
export type WorkerMessage = { codebook: RecurringAsk[] } | LetterJob;

let assign: RecurringMatcher = () => [];

// A worker thread extracting letters sent by `runJobs`, one at a time. Outcomes travel as JSON
// text: one string crosses threads much faster than a structured clone of thousands of objects.
parentPort?.on('message', async (message: WorkerMessage) => {
  if ('codebook' in message) {
    assign = recurringMatcher(message.codebook);
    return;
  }
  let outcome: LetterOutcome;
  try {
    outcome = await extractLetter(message, assign);
  } catch (error) {
    outcome = { messages: [{ reason: `Extraction failed: ${(error as Error).message}`, place: { line: 1, column: 1 }, ruleId: 'internal-error', source: 'pleitkaart', fatal: true }] };
  }
  parentPort?.postMessage(JSON.stringify(outcome));
});
