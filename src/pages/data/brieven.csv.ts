import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { letterFields } from '../../lib/data-fields.ts';
import { absolute } from '../../lib/paths.ts';
import { siteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { documents } = await siteData();
  return new Response(toCsv(letterFields.map((field) => field.name), documents.map((document) => letterFields.map((field) => field.value(document, absolute)))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
