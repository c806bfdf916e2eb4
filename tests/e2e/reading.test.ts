import { readFileSync } from 'node:fs';
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseSite, browserAvailable } from '../helpers/browser.ts';
import { fileFor, htmlPages } from '../helpers/site.ts';
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

  it('copies a passage of a letter as its own words, without the labels', async () => {
    const context = await site.browser.newContext();
    const page = watch(await context.newPage());
    await page.goto(`${site.origin}${basePath}/brieven/koepels-een-leefbare-wijk-voor-iedereen/`);
    const paragraph = page.locator('.letter-text p', { hasText: 'Een succesvolle aanpak in de wijk' });
    await expect(paragraph.locator('a.badge').count()).resolves.toBe(3);
    const selected = await paragraph.evaluate((element) => {
      window.getSelection()!.selectAllChildren(element);
      return window.getSelection()!.toString();
    });
    expect(selected).toBe(
      'Een succesvolle aanpak in de wijk staat of valt echter met het wegnemen van schotten tussen stelsels. In de praktijk lopen wij daar helaas dagelijks tegenaan. Daarnaast zien wij een nijpend tekort aan passende huisvesting waardoor ook problemen op andere leefgebieden ontstaan, zoals gezondheid, schulden, relaties en werk.',
    );
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

  it('fits every page on a phone screen 320 px wide without horizontal scrolling (WCAG 1.4.10), with header targets of 24 px (2.5.8)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const overflowing: string[] = [];
    // Redirect pages (old ids) show nothing of their own and move on.
    const pages = htmlPages().filter((path) => !readFileSync(fileFor(path)!, 'utf8').includes('http-equiv="refresh"'));
    expect(pages.length).toBeGreaterThan(200);
    for (const path of pages) {
      await page.goto(`${site.origin}${path}`);
      const { overflow, smallTargets } = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        smallTargets: [...document.querySelectorAll('header.site a, header.site button, header.site input')]
          .filter((element) => element.getBoundingClientRect().width < 24 || element.getBoundingClientRect().height < 24)
          .map((element) => element.textContent || element.getAttribute('name')),
      }));
      if (overflow > 0) overflowing.push(`${path} (${overflow} px)`);
      expect(smallTargets, path).toEqual([]);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  }, 180_000);
});
