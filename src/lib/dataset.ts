import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import { extractLetters } from '../pipeline/extract.ts';
import type { Dataset } from '../pipeline/schema.ts';

/** Where the site reads its letters; `PLEITKAART_LETTERS` points elsewhere (tests, other corpora). */
export const lettersDir = resolve(process.env.PLEITKAART_LETTERS ?? 'content/letters');

let pending: Promise<Dataset> | undefined;

/** The dataset, extracted once per build with the same code as `npm run extract`. */
export function loadDataset(): Promise<Dataset> {
  pending ??= extractLetters([lettersDir]).then((result) => {
    const report = reporter(result.files, { quiet: true });
    if (report) console.warn(report);
    if (!result.ok) {
      throw new Error(`Some letters in ${lettersDir} cannot be read (see the messages above).\nHint: fix or remove them, then build again; \`npm run extract\` shows the same messages.`);
    }
    return result.dataset;
  });
  return pending;
}
