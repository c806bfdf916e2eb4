import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the tests build the site, and under which sub-path (as on GitHub Pages). */
export const siteDir = resolve('.cache/site-test');
export const basePath = '/pleitkaart';
export const siteUrl = 'https://voorbeeld.github.io';

/** A registry as if an earlier release had published a claim with other wording and a letter under another name. */
export const staleClaimId = 'ask-0000000000';
export const renamedLetterId = 'oude-naam-van-de-g40-brief';
export const registryPath = resolve('.cache/test-published-ids.json');
/** The letters' extracted outcomes for the test builds: empty before the first, so it extracts every letter. */
export const extractionCache = resolve('.cache/site-test-extraction');

function writeTestRegistry(): void {
  const registry = JSON.parse(readFileSync('content/published-ids.json', 'utf8'));
  registry.claims[staleClaimId] = { document: 'g40-oproep-vws-begroting', type: 'ask', text: 'Help ons met goede wetgeving om ongezonde keuzes moeilijker te maken.' };
  registry.documents[renamedLetterId] = { sha256: registry.documents['g40-oproep-vws-begroting'].sha256 };
  mkdirSync(resolve('.cache'), { recursive: true });
  writeFileSync(registryPath, JSON.stringify(registry));
}

/** Vitest global setup: builds the site once, under a sub-path, for every site and browser test. */
export default function setup(): void {
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(extractionCache, { recursive: true, force: true });
  writeTestRegistry();
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, PLEITKAART_OUT_DIR: siteDir, BASE_PATH: basePath, SITE_URL: siteUrl, PLEITKAART_ID_REGISTRY: registryPath, PLEITKAART_EXTRACTION_CACHE: extractionCache, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
}
