import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { LetterJob } from './extract-letter.ts';
import type { RecurringMatcher } from './recurring/assign.ts';
import type { RecurringAsk } from './recurring/codebook.ts';

/** What `letterRunner` sends: first the codebook, then letters. */
export type WorkerMessage = { codebook: RecurringAsk[] } | LetterJob;

// Worker threads do not share the compile cache a CLI enables for its own thread: enabled here,
// before the pipeline is imported, Node keeps the compiled pipeline on disk for the next run.
// Letters sent meanwhile wait in the port until the listener below is attached.
enableCompileCache();
const [{ extractLetterSafely }, { recurringMatcher }] = await Promise.all([import('./extract-letter.ts'), import('./recurring/assign.ts')]);

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
