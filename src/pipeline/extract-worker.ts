import { parentPort } from 'node:worker_threads';
import type { LetterJob } from './extract-letter.ts';
import { extractLetterSafely } from './extract-letter.ts';
import type { RecurringMatcher } from './recurring/assign.ts';
import { recurringMatcher } from './recurring/assign.ts';
import type { RecurringAsk } from './recurring/codebook.ts';

/** What `letterRunner` sends: first the codebook, then letters. */
export type WorkerMessage = { codebook: RecurringAsk[] } | LetterJob;

// Started by `moduleWorker`, from Node's compile cache. Letters sent while the pipeline loads
// wait in the port until the listener below is attached.

let assign: RecurringMatcher = () => [];
// Letters arrive before the previous one is done; they are extracted one at a time, in order,
// so outcomes come back in the order the letters were sent.
let queue = Promise.resolve();

// Outcomes travel as JSON text: one string crosses threads much faster than a structured clone
// of thousands of objects.
parentPort?.on('message', (message: WorkerMessage) => {
  if ('codebook' in message) {
    assign = recurringMatcher(message.codebook);
    return;
  }
  queue = queue.then(async () => {
    parentPort?.postMessage(JSON.stringify(await extractLetterSafely(message, assign)));
  });
});
