import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LetterJob, LetterOutcome } from './extract-letter.ts';
import { extractLetter } from './extract-letter.ts';
import type { WorkerMessage } from './extract-worker.ts';
import { recurringMatcher } from './recurring/assign.ts';
import type { RecurringAsk } from './recurring/codebook.ts';

/** Below this many letters, starting worker threads costs more than it saves. */
const parallelFrom = 24;

/**
 * The pipeline allocates many short-lived strings and nodes; with V8's default young generation a
 * worker spends a fifth of its time in minor garbage collections. 96 MB per worker measured fastest
 * (`npm run bench`), and 2 workers stay well below the 1 GB budget.
 */
const youngGenerationMb = 96;

/**
 * Extracts letters, in worker threads when there are many (letters are independent, and each
 * worker loads the dictionary once). Results come back in the order of the jobs.
 */
export async function runJobs(jobs: LetterJob[], codebook: RecurringAsk[], workers = availableParallelism()): Promise<LetterOutcome[]> {
  const count = Math.min(workers, Math.ceil(jobs.length / 8));
  if (count < 2 || jobs.length < parallelFrom) {
    const assign = recurringMatcher(codebook);
    const outcomes: LetterOutcome[] = [];
    for (const job of jobs) outcomes.push(await extractLetter(job, assign));
    return outcomes;
  }
  const outcomes = new Array<LetterOutcome>(jobs.length);
  let next = 0;
  const pool = Array.from({ length: count }, () => new Worker(new URL('./extract-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }));
  for (const worker of pool) worker.postMessage({ codebook } satisfies WorkerMessage);
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const index = next++;
              const job = jobs[index]!;
              worker.once('message', (outcome: string) => {
                outcomes[index] = JSON.parse(outcome) as LetterOutcome;
                send();
              });
              worker.postMessage(job satisfies WorkerMessage, [job.bytes.buffer as ArrayBuffer]);
            };
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return outcomes;
}
