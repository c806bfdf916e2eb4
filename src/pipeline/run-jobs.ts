import { availableParallelism } from 'node:os';
import type { LetterJob, LetterOutcome } from './extract-letter.ts';
import { extractLetterSafely } from './extract-letter.ts';
import type { WorkerMessage } from './extract-worker.ts';
import { recurringMatcher } from './recurring/assign.ts';
import type { RecurringAsk } from './recurring/codebook.ts';
import { moduleWorker } from './module-worker.ts';

/**
 * Below this many letters, one thread alone is faster. On the 2-core machines here a worker thread's
 * start and JIT warm-up take the second core from this thread's own optimising compiler and
 * garbage collector: 100 letters took 0.75–0.78 s alone and 0.88–0.96 s with a worker, 300 letters
 * 1.43–1.54 s and 1.50–1.69 s; at 400 the two were even, at 1,000 the worker saves a fifth.
 */
export const defaultParallelFrom = 400;

/**
 * The pipeline allocates many short-lived strings and nodes; with V8's default young generation a
 * worker spent a fifth of its time in minor garbage collections. 96 MB per worker measured fastest
 * (`npm run bench`), well below the 1 GB budget.
 */
const youngGenerationMb = 96;

/**
 * Letters a worker has in hand at a time. This thread hands out letters only between letters of its
 * own: with two, a long letter here let the worker run dry (idle for a tenth to a third of the time
 * in the middle of the 1,000 synthetic letters); with four, those letters took 5 % less (eight
 * alternating runs, faster in each: 5.0–6.0 s against 5.4–6.4 s), eight gained nothing more.
 */
const lettersQueuedPerWorker = 4;

export interface LetterRunner {
  /** Extracts the letters; outcomes come back in the order of the jobs. */
  run: (jobs: LetterJob[]) => Promise<LetterOutcome[]>;
  /** Stops the worker threads (also when `run` was never called). */
  close: () => Promise<void>;
}

/**
 * Prepares to extract about `expected` letters, in parallel when there are many (letters are
 * independent). This thread extracts letters too, beside one worker thread per other core: its
 * own outcomes need no copy between threads. Worker threads start at once, so they load their
 * modules while the caller reads the letters.
 */
export function letterRunner(codebook: RecurringAsk[], expected: number, { threads = availableParallelism(), parallelFrom = defaultParallelFrom }: { threads?: number; parallelFrom?: number } = {}): LetterRunner {
  const assign = recurringMatcher(codebook);
  const count = Math.min(threads, Math.ceil(expected / 8)) - 1;
  if (count < 1 || expected < parallelFrom) {
    return {
      run: async (jobs) => {
        const outcomes: LetterOutcome[] = [];
        for (const job of jobs) outcomes.push(await extractLetterSafely(job, assign));
        return outcomes;
      },
      close: async () => {},
    };
  }
  const pool = Array.from({ length: count }, () => moduleWorker(new URL('./extract-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }));
  for (const worker of pool) worker.postMessage({ codebook } satisfies WorkerMessage);
  const close = async () => {
    await Promise.all(pool.map((worker) => worker.terminate()));
  };
  const run = async (jobs: LetterJob[]) => {
    const outcomes = new Array<LetterOutcome>(jobs.length);
    let next = 0;
    const here = async () => {
      while (next < jobs.length) {
        const index = next++;
        outcomes[index] = await extractLetterSafely(jobs[index]!, assign);
        // Let the workers' outcomes in, and send them their next letters.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    try {
      await Promise.all([
        here(),
        ...pool.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              // Each worker has letters queued, so it does not wait for this thread (busy with a
              // letter of its own) to hand it work. Workers answer in the order they were sent letters.
              const sent: number[] = [];
              const send = () => {
                if (next >= jobs.length) return;
                const index = next++;
                const job = jobs[index]!;
                sent.push(index);
                worker.postMessage(job satisfies WorkerMessage, [job.bytes.buffer as ArrayBuffer]);
              };
              worker.on('message', (outcome: string) => {
                outcomes[sent.shift()!] = JSON.parse(outcome) as LetterOutcome;
                send();
                if (sent.length === 0) resolve();
              });
              worker.once('error', reject);
              for (let queued = 0; queued < lettersQueuedPerWorker; queued++) send();
              if (sent.length === 0) resolve();
            }),
        ),
      ]);
    } finally {
      await close();
    }
    return outcomes;
  };
  return { run, close };
}
