import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseSite, browserAvailable } from '../helpers/browser.ts';
import { basePath, siteDir } from '../site/build-site.ts';

describe.skipIf(!browserAvailable())('search in Chromium', () => {
  const site = browseSite(siteDir, basePath);
  const resultTexts = (page: Page) => page.locator('ol.results li > a').allTextContents();

  it('finds as you type, filters by facet, keeps the state in the URL across reloads and history', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}${basePath}/zoeken/`);
    await page.locator('#zoekterm').fill('woningen');
    await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/^\d+ resultaten voor “woningen”$/u);
    const all = Number(/^(\d+)/u.exec((await page.locator('.result-count').textContent())!)![1]);
    expect(await page.locator('ol.results mark').first().textContent()).toMatch(/^woning/iu);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=woningen');

    // Letters and organisations are named (their labels come with the search manifest), not shown as ids.
    const facetValues = (heading: string) => page.locator('.facet', { has: page.locator('h3', { hasText: heading }) }).locator('a').allTextContents();
    expect(await facetValues('Brief')).toContain(`In samenhang investeren (${await page.locator('ol.results .where', { hasText: 'In samenhang investeren' }).count()})`);
    expect((await facetValues('Organisatie')).some((value) => /^VNG \(\d+\)$/u.test(value))).toBe(true);

    await page.locator('.facet a', { hasText: /^Vraag \(\d+\)$/u }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('ask');
    const asks = Number(/^(\d+)/u.exec((await page.locator('.result-count').textContent())!)![1]);
    expect(asks).toBeLessThan(all);
    expect(await page.locator('ol.results .badge').allTextContents()).toEqual(Array(asks).fill('Vraag'));
    const before = await resultTexts(page);

    await page.reload();
    await expect.poll(() => resultTexts(page)).toEqual(before);
    expect(await page.locator('#zoekterm').inputValue()).toBe('woningen');
    expect(await page.locator('.facet a[aria-pressed="true"]').textContent()).toMatch(/^Vraag/u);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBeNull();
    await expect.poll(() => page.locator('ol.results li').count()).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('results arriving over a slow network move nothing on the page, on a phone or a desktop', async () => {
    const shifts: Record<string, number> = {};
    for (const [device, options] of Object.entries({ phone: { viewport: { width: 360, height: 740 }, isMobile: true }, desktop: { viewport: { width: 1280, height: 800 } } })) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      // Slow 4G, as Lighthouse's mobile test: the page paints well before the index is in.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await page.addInitScript(() => {
        const state = window as unknown as { layoutShift: number };
        state.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) state.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.origin}${basePath}/zoeken/?q=woningen`);
      await page.locator('ol.results li').first().waitFor();
      await page.waitForTimeout(300);
      shifts[device] = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      if (device === 'phone') expect(await page.locator('.facets details').getAttribute('open')).toBeNull();
      await context.close();
    }
    expect(shifts).toEqual({ phone: 0, desktop: 0 });
  });

  it('moves through results with the arrow keys and opens one with Enter; "/" focuses the box', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${basePath}/brieven/g40-oproep-vws-begroting/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('preventie');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=preventie/u);
    await expect.poll(() => page.locator('ol.results li').count()).toBeGreaterThan(1);
    await page.locator('#zoekterm').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toBe(await page.locator('ol.results li > a').nth(1).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === second);
    await page.close();
  });

  it('helps when nothing is found: near terms, or removing a filter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${basePath}/zoeken/?q=bestaanszkrhd`);
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('Geen resultaten voor “bestaanszkrhd”');
    expect(await page.locator('.empty-help p').textContent()).toBe('Bedoelde u:');
    await page.locator('.empty-help a', { hasText: 'bestaanszekerheid' }).click();
    await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/^\d+ resultaten? voor “bestaanszekerheid”$/u);
    // A compound the letters do not write is offered in its parts, which they do.
    await page.goto(`${site.origin}${basePath}/zoeken/?q=jeugdzorg`);
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('Geen resultaten voor “jeugdzorg”');
    await page.locator('.empty-help a', { hasText: 'jeugd zorg' }).click();
    await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/^\d+ resultaten? voor “jeugd zorg”$/u);
    await page.goto(`${site.origin}${basePath}/zoeken/?q=jeugdhulp&type=problem&aan=minister`);
    await expect.poll(() => page.locator('.empty-help').textContent()).toContain('Verwijder een filter:');
    await page.close();
  });

  it('says so without JavaScript and links to the indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${basePath}/zoeken/?q=woningen`);
    // Playwright's text engine skips <noscript>; read it directly. Without scripting its content is shown.
    expect(await page.locator('noscript p').isVisible()).toBe(true);
    expect(await page.locator('noscript p').textContent()).toContain('Zoeken werkt met JavaScript');
    expect(await page.locator('noscript a').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
