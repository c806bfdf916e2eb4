// The letters' extraction is what the build waits for longest: its thread starts loading the
// pipeline first, while Node loads Astro's configuration modules (see `extractionIntegration`).
const { extractionIntegration } = await import('./src/integrations/extraction.ts');
const extraction = extractionIntegration();
const [{ defineConfig }, { citationFilesIntegration }] = await Promise.all([import('astro/config'), import('./src/integrations/citation-files.ts')]);

// SITE_URL and BASE_PATH let the same build serve from a domain root or a GitHub Pages sub-path;
// PLEITKAART_OUT_DIR lets the tests build beside the real output.
const site = process.env.SITE_URL ?? 'https://pleitkaart.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.PLEITKAART_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  integrations: [extraction, citationFilesIntegration()],
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // `npm run bench` leaves tens of thousands of built pages in .cache/: watched, they exhaust the
    // system's file watchers and `astro dev` stops noticing changed letters.
    server: { watch: { ignored: ['**/.cache/**'] } },
    // Fixed at build time: a stray BASE_URL or SITE in the environment must not change the links.
    define: { __PLEITKAART_BASE__: JSON.stringify(base), __PLEITKAART_SITE__: JSON.stringify(site) },
  },
});
