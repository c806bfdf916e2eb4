import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

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
