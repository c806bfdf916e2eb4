import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a GitHub Pages sub-path;
// PLEITKAART_OUT_DIR lets the tests build beside the real output.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pleitkaart.example',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.PLEITKAART_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
