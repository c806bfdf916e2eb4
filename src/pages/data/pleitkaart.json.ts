import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import type { Dataset } from '../../pipeline/schema.ts';

/** The dataset, published with the site for researchers: the same records the pages are built from. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const documents = [...data.documents].sort((a, b) => a.id.localeCompare(b.id));
  const order = new Map(documents.map((document, index) => [document.id, index]));
  const claims = [...data.claims].sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.position.start.offset - b.position.start.offset);
  const dataset: Dataset = { name: 'pleitkaart', version: '1', documents, claims, recurringAsks: data.recurring };
  return new Response(`${JSON.stringify(dataset, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
