import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LetterJob, LetterOutcome } from './extract-letter.ts';
import { extractLetter } from './extract-letter.ts';

/** Below this many letters, starting worker threads costs more than it saves. */
const parallelFrom = 24;

/**
 * Extracts letters, in worker threads when there are many (letters are independent, and each
 * worker loads the dictionary once). Results come back in the order of the jobs.
 */
export async function runJobs(jobs: LetterJob[], workers = availableParallelism()): Promise<LetterOutcome[]> {
  const count = Math.min(workers, Math.ceil(jobs.length / 8));
  if (count < 2 || jobs.length < parallelFrom) {
    const outcomes: LetterOutcome[] = [];
    for (const job of jobs) outcomes.push(await extractLetter(job));
    return outcomes;
  }
  const outcomes = new Array<LetterOutcome>(jobs.length);
  let next = 0;
  const pool = Array.from({ length: count }, () => new Worker(new URL('./extract-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const index = next++;
              const job = jobs[index]!;
              worker.once('message', (outcome: LetterOutcome) => {
                outcomes[index] = outcome;
                send();
              });
              worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
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
