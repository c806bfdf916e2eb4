import type { GetStaticPaths } from 'astro';
import type { CitationInput } from './cite.ts';
import { citationInput } from './citation-input.ts';
import { siteData } from './site-data.ts';

/** One static file per claim, for the citation downloads. */
export const claimCitationPaths: GetStaticPaths = async () => {
  const data = await siteData();
  return data.claims.map((claim) => ({ params: { id: claim.id }, props: { input: citationInput(claim, data.documentsById.get(claim.document)!) } }));
};

export type CitationProps = { input: CitationInput };
