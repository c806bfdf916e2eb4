import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';

/** The coding report: asks no recurring ask matched, and candidate codes for the editors. */
export const GET: APIRoute = async () => new Response(`${JSON.stringify((await siteData()).report, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
