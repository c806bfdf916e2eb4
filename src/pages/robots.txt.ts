import type { APIRoute } from 'astro';
import { absolute } from '../lib/paths.ts';

/**
 * Crawlers find the sitemap here, the one place they look for it (a `<link rel="sitemap">` in
 * every page is not a standard and cost every page its bytes).
 */
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
