import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './serve.ts';

/** Debian's chromium; CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests run wherever Chromium is installed, and must run in CI (`.ci/run` installs it). */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI) throw new Error(`Chromium is missing at ${chromiumPath}: CI must install it (apt-get install -y chromium)`);
  console.warn(`Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}

export function launchChromium() {
  // Without the networking flags Chromium stalls on a closed network.
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Serves a built site and launches Chromium for the tests in the enclosing `describe`, closing
 * both afterwards. Use inside `describe.skipIf(!browserAvailable())`.
 */
export function browseSite(root: string, base: string) {
  const state: { browser?: Browser; server?: Awaited<ReturnType<typeof serve>> } = {};
  beforeAll(async () => {
    state.server = await serve(root, base);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get browser(): Browser {
      return state.browser!;
    },
    get origin(): string {
      return state.server!.origin;
    },
  };
}
