import type { APIRoute } from 'astro';
import { cslJson } from '../../../lib/cite.ts';
import type { CitationProps } from '../../../lib/claim-paths.ts';
export { claimCitationPaths as getStaticPaths } from '../../../lib/claim-paths.ts';

export const GET: APIRoute<CitationProps> = ({ props }) => new Response(`${JSON.stringify(cslJson(props.input), null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
