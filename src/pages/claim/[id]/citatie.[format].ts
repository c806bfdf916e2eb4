import type { APIRoute } from 'astro';
import { citationFiles } from '../../../lib/cite.ts';
import type { CitationProps } from '../../../lib/claim-paths.ts';
export { claimCitationPaths as getStaticPaths } from '../../../lib/claim-paths.ts';

/** A claim's citation download (CSL-JSON, BibTeX or RIS) in `astro dev`; `astro build` writes these files itself. */
export const GET: APIRoute<CitationProps> = ({ props }) => new Response(citationFiles[props.format].body(props.input), { headers: { 'Content-Type': citationFiles[props.format].type } });
