import type { APIRoute } from 'astro';
import { addresseeListings, askPages, letterPages, mapPages, organisationPages, problemPages, recurringPages, sourcePages, uncodedAsks, uncodedPages } from '../lib/listings.ts';
import { pagePath } from '../lib/pagination.ts';
import { absolute, paths } from '../lib/paths.ts';
import { recurringStats } from '../lib/recurring.ts';
import { siteData } from '../lib/site-data.ts';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

/** Every content page, for search engines. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  // Every page of a listing split over pages.
  const pagesOf = (path: string, count: number) => Array.from({ length: count }, (_, index) => pagePath(path, index + 1));
  const pages = [
    paths.home(), paths.organisations(), paths.addressees(), paths.recurringIndex(), paths.data(),
    ...pagesOf(paths.letters(), letterPages(data.documents).length),
    ...pagesOf(paths.asks(), askPages(data.claims).length),
    ...pagesOf(paths.problems(), problemPages(data.claims, data.documentsById).length),
    ...pagesOf(paths.sources(), sourcePages(data.documents, data.claimsByDocument).length),
    ...pagesOf(paths.map(), mapPages(data.documents).length),
    ...pagesOf(paths.uncoded(), uncodedPages(uncodedAsks(data.report.unassignedAsks, data.claimsById)).length),
    ...data.documents.map((document) => paths.letter(document.id)),
    ...data.claims.map((claim) => paths.claim(claim.id)),
    ...data.organisations.flatMap((organisation) => pagesOf(paths.organisation(organisation.slug), organisationPages(organisation).length)),
    ...addresseeListings(data.claims, data.documentsById).flatMap(({ name, pages: addresseePages }) => pagesOf(paths.addressee(name), addresseePages.length)),
    ...recurringStats(data.recurring, data.claims, data.documentsById).flatMap((entry) => pagesOf(paths.recurring(entry.code.id), recurringPages(entry).length)),
  ];
  const body = pages.map((page) => `  <url><loc>${escape(absolute(page))}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, { headers: { 'Content-Type': 'application/xml' } });
};
