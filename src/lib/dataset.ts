import type { Worker } from 'node:worker_threads';
import { AstroError } from 'astro/errors';
import { moduleWorker } from '../pipeline/module-worker.ts';
import type { CodingReport, Dataset, LetterTextRecord } from '../pipeline/schema.ts';
import { lettersDir } from './letters-dir.ts';

export interface Extraction {
  dataset: Dataset;
  texts: LetterTextRecord[];
  report: CodingReport;
}

/** What the extraction thread is asked: the letters to extract. */
export interface ExtractionRequest {
  lettersDir: string;
}

/** What the extraction thread answers. */
export interface ExtractionMessage {
  ok: boolean;
  /** The letters' warnings and errors, vfile-reporter style (empty when there are none). */
  messages: string;
  /** The coding summary for people: how many asks a recurring ask matched, candidate codes. */
  summary: string;
  /** The `Extraction`, as JSON. */
  json: string;
}

interface ExtractionThread {
  worker: Worker;
  answer: Promise<ExtractionMessage>;
}

let thread: ExtractionThread | undefined;
let pending: Promise<Extraction> | undefined;

function startThread(): ExtractionThread {
  const worker = moduleWorker(new URL('./extraction-thread.ts', import.meta.url));
  const answer = new Promise<ExtractionMessage>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The extraction thread stopped (exit code ${code}) without an answer.`)));
  });
  // A thread that fails while nobody asked it yet is reported when `loadExtraction` asks.
  answer.catch(() => {});
  return { worker, answer };
}

/**
 * Starts the extraction thread loading the pipeline (a third of its time), without extracting yet:
 * `astro.config.mjs` calls this before Astro's own configuration modules load, so that the thread is
 * ready when `loadExtraction` asks for the letters. Until then it does not keep the process alive.
 */
export function prepareExtraction(): void {
  thread ??= startThread();
  if (!pending) thread.worker.unref();
}

/** Stops a prepared thread that will not be asked (`astro preview` needs no letters). */
export async function cancelExtraction(): Promise<void> {
  if (!pending) await resetExtraction();
}

/**
 * Forgets the extraction, so that the next `loadExtraction` reads the letters again: `astro dev`
 * calls it when a letter or the codebook changes.
 */
export async function resetExtraction(): Promise<void> {
  const previous = thread;
  thread = undefined;
  pending = undefined;
  await previous?.worker.terminate();
}

/**
 * The dataset and the letters' texts, extracted once per build with the same code as `npm run extract`.
 * The extraction runs in a worker thread (see `prepareExtraction`), asked for the letters by
 * `extractionIntegration` as soon as Astro has its configuration: it reads them on another core while
 * Astro sets up Vite.
 */
export function loadExtraction(): Promise<Extraction> {
  pending ??= (() => {
    thread ??= startThread();
    thread.worker.ref();
    thread.worker.postMessage({ lettersDir } satisfies ExtractionRequest);
    return thread.answer;
  })().then((message) => {
    if (message.messages) console.warn(message.messages);
    if (!message.ok) {
      const error = new AstroError(`Some letters in ${lettersDir} cannot be read (see the messages above).`, 'Fix or remove them, then build again; `npm run extract` shows the same messages.');
      // The messages above point at the letters, line and column; a stack trace into this module would only distract.
      error.stack = '';
      throw error;
    }
    console.info(message.summary);
    return JSON.parse(message.json) as Extraction;
  });
  return pending;
}
