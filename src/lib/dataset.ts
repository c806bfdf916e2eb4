import { Worker } from 'node:worker_threads';
import { AstroError } from 'astro/errors';
import type { CodingReport, Dataset, LetterTextRecord } from '../pipeline/schema.ts';
import { lettersDir } from './letters-dir.ts';

export interface Extraction {
  dataset: Dataset;
  texts: LetterTextRecord[];
  report: CodingReport;
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

let pending: Promise<Extraction> | undefined;

/**
 * The dataset and the letters' texts, extracted once per build with the same code as `npm run extract`.
 * The extraction runs in a worker thread, started by `extractionIntegration` as soon as Astro has its
 * configuration: it loads the pipeline and reads the letters on another core while Astro sets up Vite.
 */
export function loadExtraction(): Promise<Extraction> {
  pending ??= new Promise<ExtractionMessage>((resolve, reject) => {
    const thread = new Worker(new URL('./extraction-thread.ts', import.meta.url));
    thread.once('message', resolve);
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`The extraction thread stopped (exit code ${code}) without an answer.`)));
  }).then((message) => {
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
