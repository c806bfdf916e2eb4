import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CitationFormat } from '../lib/cite.ts';
import { citationFiles } from '../lib/cite.ts';
import { absoluteOn, paths } from '../lib/paths.ts';
import type { Dataset } from '../pipeline/schema.ts';

/**
 * Writes every claim's citation downloads (CSL-JSON, BibTeX, RIS) when `astro build` is done,
 * from the dataset the build published. Three files per claim went through Astro's page pipeline
 * at about a millisecond each (most of a large site's build); written here they take microseconds.
 * The same functions serve them in `astro dev` (`src/pages/claim/[id]/citatie.[format].ts`).
 */
export function citationFilesIntegration(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'pleitkaart:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'https://pleitkaart.example';
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const dataset = JSON.parse(readFileSync(join(out, paths.dataFile('pleitkaart.json')), 'utf8')) as Dataset;
        const documents = new Map(dataset.documents.map((document) => [document.id, document]));
        const formats = Object.keys(citationFiles) as CitationFormat[];
        for (const claim of dataset.claims) {
          const input = { claim, document: documents.get(claim.document)!, url: absoluteOn(site, base, paths.claim(claim.id)) };
          mkdirSync(join(out, paths.claim(claim.id)), { recursive: true });
          for (const format of formats) writeFileSync(join(out, paths.claimCitation(claim.id, format)), citationFiles[format].body(input));
        }
        logger.info(`${dataset.claims.length * formats.length} citation files written`);
      },
    },
  };
}
