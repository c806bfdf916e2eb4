import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { extractionNodeFlags } from '../pipeline/node-flags.ts';
import type { CodingReport, Dataset, LetterTextRecord } from '../pipeline/schema.ts';
import { lettersDir } from './letters-dir.ts';

export interface Extraction {
  dataset: Dataset;
  texts: LetterTextRecord[];
  report: CodingReport;
}

/** What the extraction process is asked: the letters to extract. */
export interface ExtractionRequest {
  lettersDir: string;
}

/** What the extraction process answers. */
export interface ExtractionMessage {
  ok: boolean;
  /** The letters' warnings and errors, vfile-reporter style (empty when there are none). */
  messages: string;
  /** The coding summary for people: how many asks a recurring ask matched, candidate codes. */
  summary: string;
  /** A temporary file holding the `Extraction` as JSON (when `ok`), for the receiver to read and delete. */
  jsonFile?: string;
  /** The `Extraction` as JSON, when no temporary file could be written. */
  json?: string;
}

interface ExtractionProcess {
  child: ChildProcess;
  answer: Promise<ExtractionMessage>;
}

let extraction: ExtractionProcess | undefined;
let pending: Promise<Extraction> | undefined;

/**
 * A process, not a worker thread: the extraction needs a V8 flag (`extractionNodeFlags`) that
 * would slow Astro down in its own process. It loads its modules from Node's compile cache, as
 * the worker threads of `moduleWorker` do. The dataset crosses as a file of JSON, not through the
 * IPC channel, which takes a message of that size through the pipe in small pieces: 3.8 MB at
 * 100 letters took 150–350 ms from sending to receiving, written and read as a file 100–120 ms;
 * 39 MB at 1,000 letters 1.21–1.28 s, as a file 0.73–0.78 s (most of it encoding and decoding UTF-8).
 */
function startProcess(): ExtractionProcess {
  const child = fork(new URL('./extraction-process.ts', import.meta.url), [], {
    execArgv: extractionNodeFlags,
    env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache') },
  });
  const answer = new Promise<ExtractionMessage>((resolve, reject) => {
    child.once('message', (message) => resolve(message as ExtractionMessage));
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`The extraction process stopped (${signal ?? `exit code ${code}`}) without an answer.`)));
  });
  // A process that fails while nobody asked it yet is reported when `loadExtraction` asks.
  answer.catch(() => {});
  return { child, answer };
}

/** Whether the process keeps Node running: not while it waits for a request nobody may make. */
function keepAlive({ child }: ExtractionProcess, alive: boolean): void {
  if (alive) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

/**
 * Starts the extraction process loading the pipeline (a third of its time), without extracting yet:
 * `astro.config.mjs` calls this before Astro's own configuration modules load, so that the process is
 * ready when `loadExtraction` asks for the letters. Until then it does not keep Node running.
 */
export function prepareExtraction(): void {
  extraction ??= startProcess();
  if (!pending) keepAlive(extraction, false);
}

/** Stops a prepared process that will not be asked (`astro preview` needs no letters). */
export async function cancelExtraction(): Promise<void> {
  if (!pending) await resetExtraction();
}

/**
 * Forgets the extraction, so that the next `loadExtraction` reads the letters again: `astro dev`
 * calls it when a letter or the codebook changes.
 */
export async function resetExtraction(): Promise<void> {
  const previous = extraction;
  extraction = undefined;
  pending = undefined;
  if (previous && previous.child.exitCode === null && previous.child.signalCode === null) {
    const exited = new Promise((settle) => previous.child.once('exit', settle));
    // Waited for even when it was prepared and let go: nothing else may keep Node running.
    keepAlive(previous, true);
    previous.child.kill();
    await exited;
  }
}

/**
 * The dataset and the letters' texts, extracted once per build with the same code as `npm run extract`.
 * The extraction runs in a process of its own (see `prepareExtraction`), asked for the letters by
 * `extractionIntegration` as soon as Astro has its configuration: it reads them on another core while
 * Astro sets up Vite.
 */
export function loadExtraction(): Promise<Extraction> {
  pending ??= (() => {
    extraction ??= startProcess();
    keepAlive(extraction, true);
    extraction.child.send({ lettersDir } satisfies ExtractionRequest);
    return extraction.answer;
  })().then((message) => {
    if (message.messages) console.warn(message.messages);
    if (!message.ok) {
      const error = new AstroError(`Some letters in ${lettersDir} cannot be read (see the messages above).`, 'Fix or remove them, then build again; `npm run extract` shows the same messages.');
      // The messages above point at the letters, line and column; a stack trace into this module would only distract.
      error.stack = '';
      throw error;
    }
    console.info(message.summary);
    return JSON.parse(message.jsonFile ? readAndDelete(message.jsonFile) : message.json!) as Extraction;
  });
  return pending;
}

function readAndDelete(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(file, { force: true });
  }
}
