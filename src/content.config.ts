import { defineCollection } from 'astro:content';
import { loadDataset } from './lib/dataset.ts';
import { claimSchema, documentSchema } from './pipeline/schema.ts';

// Both collections come from one extraction of content/letters/, validated by the dataset's zod schemas.
export const collections = {
  letters: defineCollection({ loader: async () => (await loadDataset()).documents, schema: documentSchema }),
  claims: defineCollection({ loader: async () => (await loadDataset()).claims, schema: claimSchema }),
};
