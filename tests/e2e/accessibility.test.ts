import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browseSite, browserAvailable } from '../helpers/browser.ts';
import { basePath, siteDir } from '../site/build-site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One or more pages of every type the site has. */
const pages = [
  '/',
  '/brieven/g40-oproep-vws-begroting/',
  '/brieven/vng-propositie-in-samenhang-investeren/',
  '/brieven/koepels-staat-van-de-volkshuisvesting-2022/',
  '/vragen/',
  '/problemen/',
  '/organisaties/',
  '/organisaties/divosa/',
  '/geadresseerden/',
  '/geadresseerden/minister/',
  '/bronnen/',
  '/terugkerend/',
  '/terugkerend/spreiding-sociale-huur/',
  '/kaart/',
  '/zoeken/?q=woningen&type=ask',
  '/data/',
  '/404.html',
];

describe.skipIf(!browserAvailable())('accessibility (axe-core, WCAG 2.2 AA) in Chromium', () => {
  const site = browseSite(siteDir, basePath);
  let context: BrowserContext;
  beforeAll(async () => {
    // axe is injected as a script, which the site's Content-Security-Policy would rightly refuse.
    context = await site.browser.newContext({ bypassCSP: true });
  });

  it('has no violations on any page type', async () => {
    const claim = await (async () => {
      const page = await context.newPage();
      await page.goto(`${site.origin}${basePath}/vragen/`);
      const href = await page.locator('ul.claims a[href*="/claim/"]').first().getAttribute('href');
      await page.close();
      return href!.slice(basePath.length);
    })();
    const violations: string[] = [];
    for (const path of [...pages, claim]) {
      const page = await context.newPage();
      await page.goto(`${site.origin}${basePath}${path}`);
      if (path.startsWith('/zoeken/')) await page.locator('ol.results li').first().waitFor();
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }),
      );
      for (const violation of result.violations) violations.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});
