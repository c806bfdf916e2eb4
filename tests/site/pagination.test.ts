import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Root } from 'hast';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { axeViolations } from '../helpers/axe.ts';
import { browseSite, browserAvailable } from '../helpers/browser.ts';

// A corpus and a page size that split every kind of listing over pages (the five letters' fit on one).
const pageSize = 25;
const root = mkdtempSync(join(tmpdir(), 'pleitkaart-pages-'));
const letters = join(root, 'letters');
const site = join(root, 'dist');
const trees = new Map<string, Root>();

function page(path: string): Root {
  const file = join(site, decodeURIComponent(path), 'index.html');
  let tree = trees.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    trees.set(file, tree);
  }
  return tree;
}

const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((element) => String(element.properties.href));

/** Every page of a listing, following its "Volgende" links from the first. */
function listing(path: string): string[] {
  const pages = [path];
  for (let next = select('nav.pagination a[rel=next]', page(path)); next; next = select('nav.pagination a[rel=next]', page(pages.at(-1)!))) {
    pages.push(String(next.properties.href));
    if (pages.length > 500) throw new Error(`${path}: the pages never end`);
  }
  return pages;
}

function htmlPaths(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return htmlPaths(full);
    return name === 'index.html' ? [`/${relative(site, folder)}/`.replace(/^\/\/$/u, '/')] : [];
  });
}

let dataset: { claims: Array<{ id: string; type: string; document: string; recurringAsks: string[] }>; documents: Array<{ id: string; date: string | null }> };

// With them, a letter copied from a word processor: a table of proposals, who and when, set with tabs.
const tableLetter = 'ggd-voorstellen-wie-wanneer';

beforeAll(() => {
  writeCorpus(letters, 60);
  copyFileSync('tests/fixtures/genre/ggd-commissie-tabel-tabs/input.txt', join(letters, `${tableLetter}.txt`));
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, PLEITKAART_LETTERS: letters, PLEITKAART_OUT_DIR: site, PLEITKAART_ID_REGISTRY: join(root, 'none.json'), PLEITKAART_PAGE_SIZE: String(pageSize), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
  dataset = JSON.parse(readFileSync(join(site, 'data/pleitkaart.json'), 'utf8'));
});

describe('listings split over pages (60 synthetic letters)', () => {
  it('show every ask and every problem exactly once, over several pages', () => {
    for (const [path, type] of [['/vragen/', 'ask'], ['/problemen/', 'problem']] as const) {
      const pages = listing(path);
      expect(pages.length, path).toBeGreaterThan(1);
      expect(pages.slice(1)).toEqual(pages.slice(1).map((_, index) => `${path}pagina/${index + 2}/`));
      const listed = pages.flatMap((each) => hrefs(page(each), 'main ul.claims > li > a[href^="/claim/"]'));
      const expected = dataset.claims.filter((claim) => claim.type === type).map((claim) => `/claim/${claim.id}/`);
      expect(listed.toSorted(), path).toEqual(expected.toSorted());
    }
  });

  it('split the pages of one organisation, addressee and recurring ask too', () => {
    for (const folder of ['organisaties', 'geadresseerden', 'terugkerend']) {
      expect(htmlPaths(join(site, folder)).filter((path) => /\/pagina\/\d+\/$/u.test(path)).length, folder).toBeGreaterThan(1);
    }
  });

  it('list each letter of an organisation and of a recurring ask once, over its pages', () => {
    const letterHeadings = (path: string) => listing(path).flatMap((each) => hrefs(page(each), 'main section > h3:not([id$="-vervolg"]) a[href^="/brieven/"]'));
    for (const slug of readdirSync(join(site, 'organisaties')).filter((name) => statSync(join(site, 'organisaties', name)).isDirectory())) {
      const path = `/organisaties/${slug}/`;
      const letters = letterHeadings(path);
      expect(new Set(letters).size, path).toBe(letters.length);
      const stated = selectAll('main > p', page(path)).map((element) => /^(\d+) (?:brief|brieven), \d+ (?:vraag|vragen)\.$/u.exec(toString(element))?.[1]).find(Boolean);
      expect(letters.length, path).toBe(Number(stated));
    }
    const recurring = dataset.claims.filter((claim) => claim.recurringAsks.includes('leefbare-wijken'));
    const letters = letterHeadings('/terugkerend/leefbare-wijken/');
    expect(letters.toSorted()).toEqual([...new Set(recurring.map((claim) => `/brieven/${claim.document}/`))].toSorted());
  });

  it('list every letter once on the pages of /brieven/, and the newest ten on the home page', () => {
    const pages = listing('/brieven/');
    expect(pages.length).toBe(5);
    const letterLinks = (tree: Root) => hrefs(tree, 'main table a[href^="/brieven/"]');
    const listed = pages.flatMap((each) => letterLinks(page(each)));
    // Newest first, undated last; by name where the dates are the same.
    const newestFirst = dataset.documents.toSorted((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    expect(listed).toEqual(newestFirst.map((document) => `/brieven/${document.id}/`));
    expect(letterLinks(page('/'))).toEqual(listed.slice(0, 10));
    expect(hrefs(page('/'), 'main a[href="/brieven/"]')).toHaveLength(1);
  });

  it('show every letter once on the pages of the map', () => {
    const pages = listing('/kaart/');
    expect(pages).toEqual(['/kaart/', '/kaart/pagina/2/']);
    const columns = pages.flatMap((each) => hrefs(page(each), 'table.matrix-table thead a'));
    expect(columns.toSorted()).toEqual(dataset.documents.map((document) => `/brieven/${document.id}/`).toSorted());
  });

  it('say which page a reader is on, and link the neighbours', () => {
    const pages = listing('/vragen/');
    const second = page('/vragen/pagina/2/');
    expect(toString(select('title', second)!)).toBe(`Alle vragen, per geadresseerde (pagina 2 van ${pages.length}) · Pleitkaart`);
    expect(toString(select('h1', second)!)).toBe(`Alle vragen, per geadresseerde (pagina 2 van ${pages.length})`);
    expect(select('link[rel=canonical]', second)!.properties.href).toBe('https://pleitkaart.example/vragen/pagina/2/');
    expect(toString(select('nav.pagination a[aria-current=page]', second)!)).toBe('2');
    expect(hrefs(second, 'nav.pagination a[rel=prev]')).toEqual(['/vragen/']);
    expect(select('nav.pagination a[rel=prev]', page('/vragen/'))).toBeUndefined();
    expect(select('nav.pagination a[rel=next]', page(pages.at(-1)!))).toBeUndefined();
    expect(toString(select('main > p:nth-of-type(2)', second)!)).toMatch(/^Op deze pagina 26–50 van \d+\.$/u);
  });

  it('link into each other where the target is: every #fragment exists on its page', () => {
    const listings = htmlPaths(site).filter((path) => /^\/(vragen|problemen|bronnen|kaart|terugkerend|organisaties|geadresseerden)\//u.test(path));
    let checked = 0;
    for (const path of listings) {
      for (const target of hrefs(page(path), 'main a[href*="#"]')) {
        const [targetPath, fragment] = target.split('#') as [string, string];
        const tree = page(targetPath || path);
        expect(select(`[id="${fragment}"]`, tree), `${path} → ${target}`).toBeTruthy();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('are valid HTML, page navigation included', async () => {
    // The project's configuration: the built site is outside the project, where none would be found.
    const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));
    const problems: string[] = [];
    for (const path of htmlPaths(site).filter((each) => /\/pagina\/[23]\/$/u.test(each))) {
      const report = await validator.validateFile(join(site, path, 'index.html'));
      for (const result of report.results) for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
    expect(problems).toEqual([]);
  });

  it('are all in the sitemap', () => {
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>https:\/\/pleitkaart\.example(\/[^<]*)<\/loc>/gu)].map((match) => match[1]));
    const paged = htmlPaths(site).filter((path) => /\/pagina\/\d+\/$/u.test(path));
    expect(paged.length).toBeGreaterThan(5);
    expect(paged.filter((path) => !listed.has(path))).toEqual([]);
    expect(existsSync(join(site, 'vragen/pagina/1'))).toBe(false);
  });
});

describe('a table of text of three columns', () => {
  it('labels each cell by its column, for a narrow screen that stacks the rows', () => {
    const table = select('table.letter-table.cells.stacked', page(`/brieven/${tableLetter}/`));
    expect(table).toBeDefined();
    const rows = selectAll('tbody tr', table!).map((row) => selectAll('td', row).map((cell) => `${String(cell.properties.dataLabel)}: ${toString(cell).trim()}`));
    expect(rows[0]).toEqual(['Voorstel: VraagMaak de financiering van de jeugdgezondheidszorg structureel', 'Wie: kabinet', 'Wanneer: voor 2026']);
    expect(rows).toHaveLength(3);
  });
});

describe.skipIf(!browserAvailable())('pages of a listing in Chromium', () => {
  const browse = browseSite(site, '');

  it('stack a table of three columns on a phone, each cell under its head, and set it as a table on a wide screen', async () => {
    const context = await browse.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const path = `/brieven/${tableLetter}/`;
    await tab.goto(`${browse.origin}${path}`);
    const cell = tab.locator('table.cells tbody tr').first().locator('td').nth(1);
    expect(await cell.evaluate((element) => [getComputedStyle(element).display, getComputedStyle(element, '::before').content])).toEqual(['block', '"Wie: "']);
    expect(await axeViolations(tab, path)).toEqual([]);
    await tab.setViewportSize({ width: 1100, height: 900 });
    expect(await cell.evaluate((element) => [getComputedStyle(element).display, getComputedStyle(element, '::before').content])).toEqual(['table-cell', 'none']);
    await context.close();
  });

  it('meet WCAG 2.2 AA, page navigation included', async () => {
    const context = await browse.browser.newContext({ bypassCSP: true });
    const violations: string[] = [];
    for (const path of ['/vragen/pagina/2/', '/kaart/pagina/2/', '/terugkerend/zonder-code/pagina/2/', '/brieven/pagina/2/']) {
      const tab = await context.newPage();
      await tab.goto(`${browse.origin}${path}`);
      expect(await tab.locator('nav.pagination a[aria-current=page]').textContent(), path).toBe('2');
      violations.push(...(await axeViolations(tab, path)));
      await tab.close();
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
