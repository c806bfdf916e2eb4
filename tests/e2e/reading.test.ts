import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseSite, browserAvailable } from '../helpers/browser.ts';
import { basePath, siteDir } from '../site/build-site.ts';

const available = browserAvailable();

describe.skipIf(!available)('reading the site in Chromium', () => {
  const site = browseSite(siteDir, basePath);
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    return page;
  };


  it('follows a claim from the letter to its page, and the deep link back highlights the passage', async () => {
    const context = await site.browser.newContext();
    const page = watch(await context.newPage());
    await page.goto(`${site.origin}${basePath}/brieven/koepels-staat-van-de-volkshuisvesting-2022/`);
    const mark = page.locator('mark.claim', { hasText: 'Wilt u de minister vragen met voorrang' });
    await mark.locator('a.badge').click();
    await page.waitForURL(/\/claim\/ask-[0-9a-f]{10}\/$/u);
    const claimUrl = page.url();
    const claimId = /\/claim\/([^/]+)\/$/u.exec(claimUrl)![1]!;
    await expect(page.locator('h1').textContent()).resolves.toBe('Vraag');
    await expect(page.locator('blockquote').textContent()).resolves.toContain('Wilt u de minister vragen met voorrang');

    await page.locator('a.deep-link').click();
    await page.waitForURL(new RegExp(`/brieven/koepels-staat-van-de-volkshuisvesting-2022/#${claimId}`, 'u'));
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      if (!element) return undefined;
      const box = element.getBoundingClientRect();
      return { id: element.id, background: getComputedStyle(element).backgroundColor, inView: box.top >= 0 && box.top < window.innerHeight };
    });
    expect(target).toEqual({ id: claimId, background: 'rgb(255, 210, 77)', inView: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a citation to the clipboard and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = watch(await context.newPage());
    await page.goto(`${site.origin}${basePath}/brieven/g40-oproep-vws-begroting/`);
    await page.locator('mark.claim a.badge').first().click();
    await page.waitForURL(/\/claim\//u);
    const citation = (await page.locator('.citation').first().textContent())!.trim();
    await page.getByRole('button', { name: 'Kopieer' }).first().click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(citation).toContain('Via Pleitkaart');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works without JavaScript: the text and citations are there, copy buttons stay hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${basePath}/brieven/g40-oproep-vws-begroting/`);
    await page.locator('mark.claim a.badge').first().click();
    await page.waitForURL(/\/claim\//u);
    expect(await page.locator('.citation').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Kopieer' }).count()).toBe(0);
    await context.close();
  });

  it('fits a phone screen 320 px wide without horizontal scrolling (WCAG 1.4.10), with header targets of 24 px (2.5.8)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    for (const path of ['/', '/brieven/vng-propositie-in-samenhang-investeren/', '/vragen/', '/data/', '/zoeken/?q=wonen']) {
      await page.goto(`${site.origin}${basePath}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const smallTargets = await page.evaluate(() =>
        [...document.querySelectorAll('header.site a, header.site button, header.site input')]
          .map((element) => ({ name: element.textContent || element.getAttribute('name'), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ name }) => name),
      );
      expect(smallTargets, path).toEqual([]);
    }
    await context.close();
  });
});
