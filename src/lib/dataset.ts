import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import { extractLetters } from '../pipeline/extract.ts';
import { codingSummary } from '../pipeline/recurring/report.ts';
import type { CodingReport, Dataset, LetterTextRecord } from '../pipeline/schema.ts';

/** Where the site reads its letters; `PLEITKAART_LETTERS` points elsewhere (tests, other corpora). */
export const lettersDir = resolve(process.env.PLEITKAART_LETTERS ?? 'content/letters');

export interface Extraction {
  dataset: Dataset;
  texts: LetterTextRecord[];
  report: CodingReport;
}

let pending: Promise<Extraction> | undefined;

/** The dataset and the letters' texts, extracted once per build with the same code as `npm run extract`. */
export function loadExtraction(): Promise<Extraction> {
  pending ??= extractLetters([lettersDir]).then((result) => {
    const report = reporter(result.files, { quiet: true });
    if (report) console.warn(report);
    if (!result.ok) {
      throw new Error(`Some letters in ${lettersDir} cannot be read (see the messages above).\nHint: fix or remove them, then build again; \`npm run extract\` shows the same messages.`);
    }
    console.info(codingSummary(result.report, result.dataset.claims));
    return { dataset: result.dataset, texts: result.texts, report: result.report };
  });
  return pending;
}
