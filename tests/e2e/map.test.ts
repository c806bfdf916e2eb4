import { describe, expect, it } from 'vitest';
import { browseSite, browserAvailable } from '../helpers/browser.ts';
import { basePath, siteDir } from '../site/build-site.ts';

describe.skipIf(!browserAvailable())('the map in Chromium', () => {
  const site = browseSite(siteDir, basePath);

  it('renders without console errors, moves focus between marks with the arrow keys, highlights, and navigates on click', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}${basePath}/kaart/`);
    const matrix = page.locator('svg.matrix').first();
    const marks = matrix.locator('a.mark');
    expect(await marks.count()).toBeGreaterThan(10);
    // One tab stop for all marks of a chart once enhanced.
    expect(await matrix.locator('a.mark[tabindex="0"]').count()).toBe(1);

    await marks.first().focus();
    const first = await page.evaluate(() => ({ row: (document.activeElement as SVGElement).dataset.row, column: (document.activeElement as SVGElement).dataset.column }));
    expect(await matrix.locator(`.row-band.active[data-row="${first.row}"]`).count()).toBe(1);
    expect(await matrix.locator(`.column-band.active[data-column="${first.column}"]`).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => ({ row: (document.activeElement as SVGElement).dataset.row, column: (document.activeElement as SVGElement).dataset.column, tabindex: document.activeElement?.getAttribute('tabindex') }));
    expect(second.row).not.toBe(first.row);
    expect(second.tabindex).toBe('0');
    await page.keyboard.press('ArrowRight');
    const third = await page.evaluate(() => (document.activeElement as SVGElement).dataset.column);
    expect(third).not.toBe(second.column);

    const target = await marks.first().getAttribute('href');
    await marks.first().click();
    await page.waitForURL((url) => url.pathname === target!.split('#')[0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
