import type { APIRoute } from 'astro';
import { ris } from '../../../lib/cite.ts';
import type { CitationProps } from '../../../lib/claim-paths.ts';
export { claimCitationPaths as getStaticPaths } from '../../../lib/claim-paths.ts';

export const GET: APIRoute<CitationProps> = ({ props }) => new Response(ris(props.input), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
