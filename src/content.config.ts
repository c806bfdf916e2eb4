import { defineCollection } from 'astro:content';
import { loadExtraction } from './lib/dataset.ts';
import { claimSchema, codeSchema, codingReportSchema, documentSchema, letterTextSchema } from './pipeline/schema.ts';

// Both collections come from one extraction of content/letters/, validated by the dataset's zod schemas.
export const collections = {
  letters: defineCollection({ loader: async () => (await loadExtraction()).dataset.documents, schema: documentSchema }),
  claims: defineCollection({ loader: async () => (await loadExtraction()).dataset.claims, schema: claimSchema }),
  texts: defineCollection({ loader: async () => (await loadExtraction()).texts, schema: letterTextSchema }),
  recurring: defineCollection({ loader: async () => (await loadExtraction()).dataset.recurringAsks, schema: codeSchema }),
  report: defineCollection({ loader: async () => [{ id: 'coding', ...(await loadExtraction()).report }], schema: codingReportSchema }),
};
