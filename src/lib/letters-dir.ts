import { resolve } from 'node:path';

/** Where the site reads its letters; `PLEITKAART_LETTERS` points elsewhere (tests, other corpora). */
export const lettersDir = resolve(process.env.PLEITKAART_LETTERS ?? 'content/letters');
