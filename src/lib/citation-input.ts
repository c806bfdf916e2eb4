import type { Claim, DatasetDocument } from '../pipeline/schema.ts';
import type { CitationInput } from './cite.ts';
import { absolute, paths } from './paths.ts';

export function citationInput(claim: Claim, document: DatasetDocument): CitationInput {
  return { claim, document, url: absolute(paths.claim(claim.id)) };
}
