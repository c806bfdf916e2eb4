import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { browseSite, browserAvailable } from '../helpers/browser.ts';

const outDir = resolve('.cache/site-injection');
const letters = resolve('tests/fixtures/injection');
const payloads = [`<script>alert("vraag")</script>`, `"><img src=x onerror=alert(2)>`, '{{ 7*7 }}', '${7*7}', '<svg onload=alert(3)>'];

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

describe('letter text is data, never markup', () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, PLEITKAART_LETTERS: letters, PLEITKAART_OUT_DIR: outDir, PLEITKAART_ID_REGISTRY: join(outDir, 'none.json'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error(`${build.stdout}\n${build.stderr}`);
  });

  it('builds pages where the only scripts are the site’s own and no element carries an event handler', () => {
    for (const file of htmlFiles(outDir)) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const where = relative(outDir, file);
      expect(selectAll('img, iframe, object, embed', tree), where).toEqual([]);
      for (const script of selectAll('script', tree)) {
        const { type, src } = script.properties as { type?: string; src?: string };
        expect(type === 'application/ld+json' || type === 'application/json' || (type === 'module' && String(src).startsWith('/_astro/')), `${where}: ${type} ${src}`).toBe(true);
      }
      const handlers = selectAll('*', tree).filter((element: Element) => Object.keys(element.properties ?? {}).some((name) => /^on/iu.test(name)));
      expect(handlers.map((element) => element.tagName), where).toEqual([]);
    }
  });

  it('shows the code literally on the letter page and the claim pages, in JSON-LD and meta tags', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-met-code/index.html'), 'utf8'));
    const text = toString(select('.letter-text', letter)!);
    for (const payload of payloads) expect(text).toContain(payload);
    const claims = readdirSync(join(outDir, 'claim'));
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const claimTexts = claims.map((id) => fromHtml(readFileSync(join(outDir, 'claim', id, 'index.html'), 'utf8')));
    const ask = claimTexts.find((tree) => toString(select('blockquote', tree)!).includes('alert("vraag")'))!;
    expect(toString(select('blockquote', ask)!).trim()).toBe('Wij vragen u om <script>alert("vraag")</script> betaalbare woningen te bouwen voor {{ 7*7 }} en ${7*7} en {7*7} gemeenten.');
    const jsonLd = JSON.parse(toString(select('script[type="application/ld+json"]', ask)!)) as { text: string };
    expect(jsonLd.text).toContain('<script>alert("vraag")</script>');
    expect((select('meta[name="description"]', ask)!.properties as { content: string }).content).toContain('<script>alert("vraag")</script>');
  });

  it('reads a table of figures into cells, and keeps its cells literal', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-met-code/index.html'), 'utf8'));
    const table = select('.letter-text table.letter-table', letter)!;
    const rows = selectAll('tr', table).map((row) => selectAll('th, td', row).map((cell) => `${cell.tagName}${(cell.properties.scope as string | undefined) ?? ''}:${toString(cell)}`));
    expect(rows).toEqual([
      ['thcol:Gemeente', 'thcol:Tekort 2024', 'thcol:Tekort 2025'],
      ['throw:<b>Amsterdam</b>', 'td:42', 'td:58'],
      ['throw:Rotterdam', 'td:"><img src=x onerror=alert(9)>', 'td:49'],
    ]);
    expect(select('section.table-scroll', letter)!.properties).toMatchObject({ tabIndex: 0, ariaLabel: 'Tabel uit de brief' });
  });

  it('shows an earlier message quoted under a reply, said to be one and literal, with no claim from it', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-met-eerder-bericht/index.html'), 'utf8'));
    expect(toString(select('.letter-text .quoted-label', letter)!)).toBe('Eerder bericht, geciteerd onder deze brief (niet gelezen voor vragen en problemen):');
    const quoted = selectAll('.letter-text .role-quoted', letter).map((paragraph) => toString(paragraph));
    expect(quoted[0]).toBe('-----Oorspronkelijk bericht-----');
    expect(quoted).toContain('Onderwerp: Rondetafelgesprek huurbeleid <script>alert("eerder")</script>');
    expect(selectAll('.role-quoted mark.claim', letter)).toEqual([]);
    // The reply's own ask is marked, and the letter is named by its subject without "RE:".
    expect(selectAll('mark.claim.ask', letter).map((mark) => toString(mark))).toEqual(['VraagWij vragen de commissie de huurverhoging voor 2026 te beperken tot de inflatie.']);
    expect(toString(select('h1', letter)!)).toBe('Rondetafelgesprek huurbeleid');
  });

  it('shows the note that forwards a letter above it, said to be one and literal, and reads the letter below', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-doorgestuurd/index.html'), 'utf8'));
    expect(toString(select('.letter-text .quoted-label', letter)!)).toBe('Begeleidend bericht waarmee de brief is doorgestuurd (niet gelezen voor vragen en problemen):');
    const cover = selectAll('.letter-text .role-cover', letter).map((paragraph) => toString(paragraph));
    expect(cover[0]).toBe('Van: Secretariaat Platform31 <secretariaat@platform31.nl>');
    expect(cover).toContain('Hierbij sturen wij u namens de voorzitter de inbreng door <b>voor</b> het rondetafelgesprek van 6 maart.');
    expect(cover.at(-1)).toBe('---------- Doorgestuurd bericht ---------');
    expect(selectAll('.role-cover mark.claim', letter)).toEqual([]);
    // The forwarded letter's claims, and its sender, signatory and greeting, not the note's.
    expect(selectAll('mark.claim', letter).map((mark) => toString(mark))).toEqual(['ProbleemHet aantal dakloze mensen is de afgelopen jaren sterk gestegen.', 'VraagWij vragen u de minister te verzoeken de middelen voor maatschappelijke opvang structureel te verhogen.']);
    const metadata = toString(select('dl.meta', letter)!);
    expect(metadata).toContain('Platform31');
    expect(metadata).toContain('Jan de Boer, directeur');
    expect(metadata).not.toContain('Secretariaat');
  });

  it('marks every claim of a page in two columns, lists them as the text reads, and keeps the text literal', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-in-twee-kolommen/index.html'), 'utf8'));
    const opening = (text: string) => text.replace(/^(Vraag|Probleem)/u, '').split(' ').slice(0, 3).join(' ');
    const marked = selectAll('.letter-text mark.claim[id]', letter).map((mark) => opening(toString(mark)));
    expect(marked).toEqual(['Maar het aantal', 'Tegelijkertijd sluiten verpleeghuizen', 'De wachtlijsten voor', 'Wij vragen de', 'Zorg ervoor dat', 'Investeer daarnaast in']);
    expect(selectAll('.claim-index li a', letter).map((link) => opening(toString(link)))).toEqual(marked);
    expect(toString(select('.letter-text', letter)!)).toContain('van deze <b>woningen</b> er nodig zijn.');
  });

  it('nests a sub-item under its item, literal like the rest', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-met-code-vervolg/index.html'), 'utf8'));
    const list = selectAll('.letter-text > ul', letter).at(-1)!;
    const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    expect(items.map((item) => selectAll('ul > li', item).map((sub) => toString(sub)))).toEqual([['Ook voor {{ jongeren }}.'], []]);
    expect(toString(items[0]!)).toContain('Bouw <u>meer</u> woningen.');
  });

  it('reads a box of key messages above the salutation as the letter’s text, its drawn rules as thematic breaks', () => {
    const letter = fromHtml(readFileSync(join(outDir, 'brieven/brief-met-code-vervolg/index.html'), 'utf8'));
    const text = select('.letter-text', letter)!;
    const blocks = text.children.filter((child): child is Element => child.type === 'element').map((child) => `${child.tagName}${child.tagName === 'hr' ? '' : `:${toString(child).trim()}`}`);
    expect(blocks.slice(1, 6)).toEqual(['p:Aan: de formateur', 'hr', 'h4:IN HET KORT', 'ul:VraagBouw <em>meer</em> woningen voor starters.', 'hr']);
    expect(toString(select('ul mark.claim.ask', text)!)).toBe('VraagBouw <em>meer</em> woningen voor starters.');
  });

  it('names every section landmark uniquely, also where two letters share a title', () => {
    for (const file of htmlFiles(outDir)) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const names = selectAll('section[aria-labelledby]', tree).map((section) => toString(select(`[id="${String(section.properties.ariaLabelledBy)}"]`, tree)!));
      expect(names.length - new Set(names).size, `${relative(outDir, file)}: ${names.join(' | ')}`).toBe(0);
    }
  });

  it('keeps the map tooltips and the published data literal', () => {
    const map = fromHtml(readFileSync(join(outDir, 'kaart/index.html'), 'utf8'));
    const titles = selectAll('svg title', map).map((title) => toString(title));
    expect(titles.some((title) => title.includes('<script>alert(5)</script>'))).toBe(true);
    const csv = readFileSync(join(outDir, 'data/claims.csv'), 'utf8');
    expect(csv).toContain('<script>alert(""vraag"")</script>');
  });

  describe.skipIf(!browserAvailable())('in Chromium', () => {
    const site = browseSite(outDir, '');

    it('runs nothing from the letter on any page, search results included', async () => {
      const page = await site.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      for (const path of ['/', '/brieven/brief-met-code/', '/kaart/', '/vragen/', '/organisaties/']) await page.goto(`${site.origin}${path}`);
      await page.goto(`${site.origin}/zoeken/?q=alert`);
      await expect.poll(() => page.locator('ol.results li').count()).toBeGreaterThan(0);
      expect(await page.locator('ol.results').textContent()).toContain('<script>alert("vraag")</script>');
      expect(await page.locator('ol.results script, ol.results img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    });

    it('shows a table on a phone 320 px wide inside its own scrolling frame, with no WCAG 2.2 AA violation', async () => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 740 }, isMobile: true, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.origin}/brieven/brief-met-code/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await axeViolations(page, 'brief met tabel')).toEqual([]);
      await context.close();
    });
  });
});
