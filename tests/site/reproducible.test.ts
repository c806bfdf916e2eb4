import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, extractionCache, registryPath, siteDir, siteUrl } from './build-site.ts';

function files(root: string, folder = root): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? files(root, full) : [relative(root, full)];
  });
}

describe('reproducible builds', () => {
  // The first build extracted every letter; this one reads them all back from the outcome cache.
  it('builds the same input into byte-identical output, the letters extracted or read back', { timeout: 120_000 }, () => {
    const second = resolve('.cache/site-test-again');
    rmSync(second, { recursive: true, force: true });
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, PLEITKAART_OUT_DIR: second, BASE_PATH: basePath, SITE_URL: siteUrl, PLEITKAART_ID_REGISTRY: registryPath, PLEITKAART_EXTRACTION_CACHE: extractionCache, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/\b(\d+) letters: 0 extracted, \1 read back from the cache\./u);
    const first = files(siteDir).sort();
    expect(files(second).sort()).toEqual(first);
    const different = first.filter((file) => !readFileSync(join(siteDir, file)).equals(readFileSync(join(second, file))));
    expect(different).toEqual([]);
  });
});
