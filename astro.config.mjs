import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a GitHub Pages sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://pleitkaart.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
});
