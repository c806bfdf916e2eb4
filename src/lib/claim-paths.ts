import type { GetStaticPaths } from 'astro';
import type { CitationFormat, CitationInput } from './cite.ts';
import { citationFiles } from './cite.ts';
import { citationInput } from './citation-input.ts';
import { siteData } from './site-data.ts';

/**
 * The citation downloads as routes, for `astro dev` only. A build writes them with the
 * citation-files integration instead: three small files per claim went through Astro's page
 * pipeline at about a millisecond each, and are written directly in a few microseconds.
 */
export const claimCitationPaths: GetStaticPaths = async () => {
  if (!import.meta.env.DEV) return [];
  const data = await siteData();
  const formats = Object.keys(citationFiles) as CitationFormat[];
  return data.claims.flatMap((claim) => formats.map((format) => ({ params: { id: claim.id, format }, props: { input: citationInput(claim, data.documentsById.get(claim.document)!), format } })));
};

export type CitationProps = { input: CitationInput; format: CitationFormat };
