import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the tests build the site, and under which sub-path (as on GitHub Pages). */
export const siteDir = resolve('.cache/site-test');
export const basePath = '/pleitkaart';
export const siteUrl = 'https://voorbeeld.github.io';

/** Vitest global setup: builds the site once, under a sub-path, for every site and browser test. */
export default function setup(): void {
  rmSync(siteDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, PLEITKAART_OUT_DIR: siteDir, BASE_PATH: basePath, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
}
