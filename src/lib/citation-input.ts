import type { Claim, DatasetDocument } from '../pipeline/schema.ts';
import type { CitationInput } from './cite.ts';
import { absolute, paths } from './paths.ts';

/** The day of the build, which is when the page's citation was produced. */
const buildDay = new Date().toISOString().slice(0, 10);

export function citationInput(claim: Claim, document: DatasetDocument): CitationInput {
  return { claim, document, url: absolute(paths.claim(claim.id)), accessed: process.env.PLEITKAART_BUILD_DATE ?? buildDay };
}
