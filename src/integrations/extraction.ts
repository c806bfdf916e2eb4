import type { AstroIntegration } from 'astro';
import { loadExtraction } from '../lib/dataset.ts';

/**
 * Starts the extraction of the letters as soon as Astro has its configuration, so that it runs on a
 * second core while Astro sets up Vite; the content collections (`src/content.config.ts`) then wait
 * for the same result. `astro preview` serves a finished build and needs no letters.
 */
export function extractionIntegration(): AstroIntegration {
  return {
    name: 'pleitkaart:extraction',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // A failure is reported where the content collections wait for it, with its hint.
        if (command !== 'preview') loadExtraction().catch(() => {});
      },
    },
  };
}
