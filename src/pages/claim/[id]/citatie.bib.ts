import type { APIRoute } from 'astro';
import { bibtex } from '../../../lib/cite.ts';
import type { CitationProps } from '../../../lib/claim-paths.ts';
export { claimCitationPaths as getStaticPaths } from '../../../lib/claim-paths.ts';

export const GET: APIRoute<CitationProps> = ({ props }) => new Response(bibtex(props.input), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
