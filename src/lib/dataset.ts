import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import { extractLetters } from '../pipeline/extract.ts';
import type { Dataset, LetterTextRecord } from '../pipeline/schema.ts';

/** Where the site reads its letters; `PLEITKAART_LETTERS` points elsewhere (tests, other corpora). */
export const lettersDir = resolve(process.env.PLEITKAART_LETTERS ?? 'content/letters');

let pending: Promise<{ dataset: Dataset; texts: LetterTextRecord[] }> | undefined;

/** The dataset and the letters' texts, extracted once per build with the same code as `npm run extract`. */
export function loadExtraction(): Promise<{ dataset: Dataset; texts: LetterTextRecord[] }> {
  pending ??= extractLetters([lettersDir]).then((result) => {
    const report = reporter(result.files, { quiet: true });
    if (report) console.warn(report);
    if (!result.ok) {
      throw new Error(`Some letters in ${lettersDir} cannot be read (see the messages above).\nHint: fix or remove them, then build again; \`npm run extract\` shows the same messages.`);
    }
    return { dataset: result.dataset, texts: result.texts };
  });
  return pending;
}
