import { createRequire } from 'node:module';
// The same `defineCollection` that `astro:content` re-exports (see astro/types/content.d.ts), without
// loading Astro's page runtime into the content sync (about 0.2 s of every build).
import { defineCollection } from 'astro/content/config';
import { claimSchema, codeSchema, codingReportSchema, documentSchema, letterTextSchema } from './pipeline/schema.ts';

// Loaded by Node, not through Vite's module runner: this is the module `extractionIntegration`
// started the extraction from, so the collections wait for that extraction instead of starting one.
const { loadExtraction } = createRequire(import.meta.url)('./lib/dataset.ts') as typeof import('./lib/dataset.ts');

// Every collection comes from one extraction of content/letters/, validated by the dataset's zod schemas.
export const collections = {
  letters: defineCollection({ loader: async () => (await loadExtraction()).dataset.documents, schema: documentSchema }),
  claims: defineCollection({ loader: async () => (await loadExtraction()).dataset.claims, schema: claimSchema }),
  texts: defineCollection({ loader: async () => (await loadExtraction()).texts, schema: letterTextSchema }),
  recurring: defineCollection({ loader: async () => (await loadExtraction()).dataset.recurringAsks, schema: codeSchema }),
  report: defineCollection({ loader: async () => [{ id: 'coding', ...(await loadExtraction()).report }], schema: codingReportSchema }),
};
