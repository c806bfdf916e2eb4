import type { APIRoute } from 'astro';
import { absolute, paths } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

/** Every content page, for search engines. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const addressees = new Set(data.claims.flatMap((claim) => (claim.type === 'ask' && claim.addressee ? [claim.addressee.name] : [])));
  const pages = [
    paths.home(), paths.asks(), paths.problems(), paths.organisations(), paths.addressees(), paths.sources(), paths.data(),
    ...data.documents.map((document) => paths.letter(document.id)),
    ...data.claims.map((claim) => paths.claim(claim.id)),
    ...data.organisations.map((organisation) => paths.organisation(organisation.slug)),
    ...[...addressees].map((name) => paths.addressee(name)),
  ];
  const body = pages.map((page) => `  <url><loc>${escape(absolute(page))}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, { headers: { 'Content-Type': 'application/xml' } });
};
