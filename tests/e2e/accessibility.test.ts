import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { browseSite, browserAvailable } from '../helpers/browser.ts';
import { basePath, siteDir } from '../site/build-site.ts';

/** One or more pages of every type the site has. */
const pages = [
  '/',
  '/brieven/',
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
      violations.push(...(await axeViolations(page, path)));
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});
