import { hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LetterJob, LetterOutcome } from './extract-letter.ts';
import type { RecurringAsk } from './recurring/codebook.ts';
import { writeAtomically } from './write-atomically.ts';

/** Letters' outcomes kept between runs: a letter whose inputs and code did not change is not extracted again. */
export interface OutcomeCache {
  get: (job: LetterJob) => LetterOutcome | undefined;
  set: (job: LetterJob, outcome: LetterOutcome) => void;
}

const pipelineDir = fileURLToPath(new URL('.', import.meta.url));
const lockfile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** Where the build and `npm run extract` keep outcomes (beside the dictionary's cache). */
export const defaultOutcomeCacheDir = fileURLToPath(new URL('../../node_modules/.cache/pleitkaart/letters', import.meta.url));

/**
 * What decides every outcome besides the letter: the pipeline's own files, the dependencies'
 * versions (the lockfile) and Node's. Undefined without a lockfile, as then a dependency could
 * change unseen.
 */
export function codeFingerprint(dir = pipelineDir, lock = lockfile): string | undefined {
  if (dir === pipelineDir && lock === lockfile) return (ownFingerprint ??= { value: fingerprint(dir, lock) }).value;
  return fingerprint(dir, lock);
}

let ownFingerprint: { value: string | undefined } | undefined;

function fingerprint(dir: string, lock: string): string | undefined {
  let locked: Buffer;
  try {
    locked = readFileSync(lock);
  } catch {
    return undefined;
  }
  const digest = [process.version, hash('sha256', locked, 'hex')];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((item) => item.isFile()).map((item) => join(item.parentPath, item.name)).sort()) {
    digest.push(`${relative(dir, entry)}\n${hash('sha256', readFileSync(entry), 'hex')}`);
  }
  return hash('sha256', digest.join('\n'), 'hex').slice(0, 16);
}

/** Whether `dir` has outcomes kept by this code: then a run is likely to find most letters there. */
export function hasOutcomesOfThisCode(dir: string): boolean {
  const code = codeFingerprint();
  return code !== undefined && existsSync(join(dir, code));
}

/**
 * Outcomes in `dir`, one file of JSON per letter, in a folder named after the code's
 * fingerprint (folders of other versions of the code are removed). An entry's name hashes
 * everything the job and the codebook hand the pipeline, so an edited letter, its metadata, a
 * renamed file or a changed codebook is a new entry. Undefined when the code cannot be
 * fingerprinted; an unwritable folder only means nothing is kept.
 */
export function outcomeCache(dir: string, codebook: RecurringAsk[], code = codeFingerprint()): OutcomeCache | undefined {
  if (!code) return undefined;
  const folder = join(dir, code);
  try {
    // Only folders named as this module names them: `dir` may have been given by hand.
    for (const other of readdirSync(dir)) if (other !== code && /^[0-9a-f]{16}$/u.test(other)) rmSync(join(dir, other), { recursive: true, force: true });
  } catch {
    // No folder yet.
  }
  // Hashed once: the codebook's text, hashed again for every letter, took 0.09 s of 1,000 letters read back.
  const rules = hash('sha256', JSON.stringify(codebook), 'hex');
  const entry = (job: LetterJob) => join(folder, `${hash('sha256', JSON.stringify([rules, job.path, job.display, job.id, job.sha256, job.meta ?? null]), 'hex')}.json`);
  let writable = true;
  return {
    get: (job) => {
      try {
        return JSON.parse(readFileSync(entry(job), 'utf8')) as LetterOutcome;
      } catch {
        return undefined; // not there, or damaged: extracted again and written anew
      }
    },
    set: (job, outcome) => {
      if (!writable) return;
      try {
        writeAtomically(entry(job), JSON.stringify(outcome)); // a build and `npm run extract` at once never read half a file
      } catch {
        writable = false;
      }
    },
  };
}
