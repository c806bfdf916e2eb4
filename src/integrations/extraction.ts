import type { AstroIntegration } from 'astro';
import { cancelExtraction, loadExtraction, prepareExtraction } from '../lib/dataset.ts';

/**
 * Extracts the letters on a second core while Astro sets up Vite; the content collections
 * (`src/content.config.ts`) then wait for the same result. Creating the integration starts the
 * extraction thread loading the pipeline, so `astro.config.mjs` creates it before it loads
 * Astro's configuration modules; Astro's configuration then asks it for the letters.
 * `astro preview` serves a finished build and needs no letters.
 */
export function extractionIntegration(): AstroIntegration {
  prepareExtraction();
  return {
    name: 'pleitkaart:extraction',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') await cancelExtraction();
        // A failure is reported where the content collections wait for it, with its hint.
        else loadExtraction().catch(() => {});
      },
    },
  };
}
