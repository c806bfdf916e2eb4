import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { claimFields } from '../../lib/data-fields.ts';
import { absolute } from '../../lib/paths.ts';
import { siteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { claims } = await siteData();
  return new Response(toCsv(claimFields.map((field) => field.name), claims.map((claim) => claimFields.map((field) => field.value(claim, absolute)))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
