import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { cancelExtraction, loadExtraction, prepareExtraction, resetExtraction } from '../lib/dataset.ts';
import { lettersDir } from '../lib/letters-dir.ts';
import { defaultCodebookPath } from '../pipeline/default-paths.ts';

const codebook = resolve(defaultCodebookPath);

/** Whether a changed file feeds the extraction: a letter, its metadata, or the codebook. */
export function isExtractionInput(file: string): boolean {
  const path = resolve(file);
  if (path === codebook) return true;
  return path.startsWith(`${lettersDir}${sep}`) && /\.(txt|meta\.ya?ml)$/u.test(path);
}

/** An error as one readable message, with its hint if it has one; the letters' messages came before it. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = 'hint' in error && typeof error.hint === 'string' ? `\n  Hint: ${error.hint}` : '';
  return `${error.message}${hint}`;
}

/**
 * Extracts the letters on a second core while Astro sets up Vite; the content collections
 * (`src/content.config.ts`) then wait for the same result. Creating the integration starts the
 * extraction process loading the pipeline, so `astro.config.mjs` creates it before it loads
 * Astro's configuration modules; Astro's configuration then asks it for the letters.
 * `astro preview` serves a finished build and needs no letters. Under `astro dev`, a letter that
 * is added, edited or removed is extracted again and the pages follow.
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
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        server.watcher.add([lettersDir, codebook]);
        let timer: NodeJS.Timeout | undefined;
        let changedAgain: string | undefined;
        // Pages asked for while the letters load again wait for the new data: a page rendered
        // during a refresh was seen to leave Astro's content store on the old data for good.
        let refreshed: Promise<void> | undefined;
        server.middlewares.use((_request, _response, next) => {
          if (refreshed) void refreshed.then(() => next());
          else next();
        });
        // One refresh at a time, and changes during one make one more: a letter edited while the
        // previous edit is still being loaded must not leave the pages on the earlier text.
        const refresh = async (file: string) => {
          let done = () => {};
          refreshed = new Promise((resolve) => (done = resolve));
          try {
            for (let next: string | undefined = file; next; next = changedAgain) {
              changedAgain = undefined;
              logger.info(`${relative(process.cwd(), next)} changed: extracting the letters again`);
              await resetExtraction();
              // Without `loaders`, every collection loads again, function loaders included.
              await refreshContent({}).catch((error: unknown) => logger.error(describe(error)));
              // Astro ignores changes to its data store for a second after writing it itself; a
              // second refresh inside that second was seen to leave the pages on the first one's data.
              await new Promise((settle) => setTimeout(settle, 1_100));
            }
          } catch (error) {
            logger.error(describe(error));
          } finally {
            refreshed = undefined;
            done();
          }
        };
        const changed = (file: string) => {
          if (!isExtractionInput(file)) return;
          // An editor's save can be several events; a folder of letters copied in, many.
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (refreshed) changedAgain = file;
            else void refresh(file);
          }, 150);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
