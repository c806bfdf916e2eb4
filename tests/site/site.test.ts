import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import bibtexParse from 'bibtex-parse';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterStream, sourceStream } from '../../src/pipeline/coverage.ts';
import { extractLetters } from '../../src/pipeline/extract.ts';
import type { Dataset } from '../../src/pipeline/schema.ts';
import { attribute, fileFor, htmlPages, page, select, selectAll, toString } from '../helpers/site.ts';
import { basePath, renamedLetterId, siteDir, siteUrl, staleClaimId } from './build-site.ts';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await extractLetters(['content/letters'])).dataset;
});
const letterPath = (id: string) => `${basePath}/brieven/${id}/`;
const claimPath = (id: string) => `${basePath}/claim/${id}/`;

describe('letter pages', () => {
  it('carry every word of their letter, in order; page furniture is listed separately', () => {
    for (const document of dataset.documents) {
      const tree = page(letterPath(document.id));
      const body = select('.letter-text', tree)!;
      for (const badge of selectAll('.badge', body)) badge.children = []; // interface labels, not letter text
      const source = readFileSync(join('content/letters', document.source), 'utf8');
      expect(letterStream(toString(body)), document.id).toBe(sourceStream(source, document.removed));
      const removed = selectAll('.removed-text', tree).map((element) => toString(element));
      expect(removed).toEqual(document.removed.map((artifact) => artifact.text));
    }
  });

  it('mark every claim in place, with a label that links to its claim page', () => {
    for (const claim of dataset.claims) {
      const tree = page(letterPath(claim.document));
      const anchor = select(`[id="${claim.id}"]`, tree);
      expect(anchor, claim.id).toBeDefined();
      const mark = anchor!.tagName === 'mark' ? anchor! : (select(`[id="${claim.id}"] + mark`, tree) as Element);
      expect(attribute(mark, 'className')).toContain(claim.type);
      expect(selectAll('a.badge', mark).map((link) => attribute(link, 'href'))).toContain(claimPath(claim.id));
    }
  });

  it('link footnote markers to their notes and back', () => {
    const tree = page(letterPath('g40-oproep-vws-begroting'));
    const marker = select('sup a[href="#fn-2"]', tree)!;
    expect(toString(marker)).toBe('2');
    const note = select('[id="fn-2"]', tree)!;
    expect(toString(note)).toContain('Op onze gezondheid');
    expect(attribute(select('a[href^="#ref-"]', note), 'href')).toBe(`#${attribute(marker, 'id')}`);
  });

  it('show the metadata: senders, signatories, date and whether it is inferred, the source hash and raw text', () => {
    const tree = page(letterPath('koepels-staat-van-de-volkshuisvesting-2022'));
    const meta = toString(select('dl.meta', tree)!);
    expect(meta).toContain('21 juni 2022 (gedrukt in de brief)');
    expect(meta).toContain('Marjan ter Avest, Directeur / bestuurder MIND');
    expect(meta).toContain(dataset.documents.find((document) => document.id === 'koepels-staat-van-de-volkshuisvesting-2022')!.sha256);
    const raw = fileFor(`${basePath}/brieven/koepels-staat-van-de-volkshuisvesting-2022.txt`)!;
    expect(readFileSync(raw)).toEqual(readFileSync('content/letters/koepels-staat-van-de-volkshuisvesting-2022.txt'));
    expect(toString(select('dl.meta', page(letterPath('g40-oproep-vws-begroting')))!)).toContain('oktober 2024 (afgeleid)');
  });
});

describe('claim pages', () => {
  it('link to the passage in the letter (element and text fragment) and the letter links back', () => {
    for (const claim of dataset.claims) {
      const tree = page(claimPath(claim.id));
      const deep = attribute(select('a.deep-link', tree), 'href')!;
      expect(deep.startsWith(`${letterPath(claim.document)}#${claim.id}:~:text=`), deep).toBe(true);
      expect(toString(select('blockquote', tree)!).trim()).toBe(claim.text);
    }
  });

  it('show addressee, section, source lines, context, footnotes and evidence', () => {
    const claim = dataset.claims.find((candidate) => candidate.text.startsWith('Als de Rijksoverheid jaarlijks 2 procent'))!;
    const text = toString(select('main', page(claimPath(claim.id)))!);
    expect(text).toContain('rijk (in de brief: “Rijksoverheid”) — de partij die volgens de zin moet handelen');
    expect(text).toContain('Investeer in gezondheid(sverschillen)');
    expect(text).toContain(`regels ${claim.position.start.line}–${claim.position.end.line}`);
    expect(text).toContain('Faciliteer de beweging van zorg naar gezondheid'); // the sentence before
    expect(text).toContain('Op onze gezondheid - de noodzaak van een sterkere publieke gezondheidszorg');
    // Each rule with what it recognises: the words matched, then the description and the id.
    expect(text).toContain('Als de Rijksoverheidwat er gebeurt als de geadresseerde handelt (“Als het Rijk …”)ask-conditional-actor');
  });

  it('offer citations: CSL-JSON, BibTeX and RIS that parse, and citation_* meta tags', () => {
    const claim = dataset.claims.find((candidate) => candidate.text.startsWith('Wilt u de minister vragen met voorrang'))!;
    const base = claimPath(claim.id);
    const url = `${siteUrl}${base}`;
    const csl = JSON.parse(readFileSync(fileFor(`${base}citatie.json`)!, 'utf8')) as Array<Record<string, unknown>>;
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ id: claim.id, type: 'personal_communication', URL: url, issued: { 'date-parts': [[2022, 6, 21]] }, note: claim.text });
    expect((csl[0]!.author as Array<{ literal: string }>).map((author) => author.literal)).toContain('Divosa');
    const [entry] = bibtexParse.entries(readFileSync(fileFor(`${base}citatie.bib`)!, 'utf8')) as Array<Record<string, string>>;
    expect(entry).toMatchObject({ key: claim.id, type: 'misc', YEAR: '2022', URL: url });
    expect(entry!.AUTHOR).toContain('Divosa');
    const ris = readFileSync(fileFor(`${base}citatie.ris`)!, 'utf8').split('\r\n').filter(Boolean);
    expect(ris.every((line) => /^[A-Z][A-Z0-9] {2}- /u.test(line) || line === 'ER  -')).toBe(true);
    expect(ris[0]).toBe('TY  - PCOMM');
    expect(ris.at(-1)).toBe('ER  -');
    expect(ris).toContain(`UR  - ${url}`);
    const meta = selectAll('meta[name^="citation_"]', page(base)).map((element) => `${attribute(element, 'name')}=${attribute(element, 'content')}`);
    expect(meta).toContain('citation_title=Commissiedebat Staat van de Volkshuisvesting 30 juni 2022');
    expect(meta).toContain('citation_date=2022/06/21');
    expect(meta).toContain('citation_author=Divosa');
    const plain = toString(select('.citation', page(base))!);
    expect(plain).toContain(`“${claim.text}” Via Pleitkaart, ${url}`);
  });
});

describe('the whole site', () => {
  const pages = () => htmlPages();

  it('has a page per letter, claim, organisation and addressee, and the indexes', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(dataset.claims.length + dataset.documents.length);
    for (const path of ['/', '/brieven/', '/vragen/', '/problemen/', '/organisaties/', '/geadresseerden/', '/bronnen/', '/terugkerend/zonder-code/', '/kaart/', '/data/', '/404.html']) {
      expect(fileFor(`${basePath}${path}`), path).toBeDefined();
    }
  });

  it('has no broken internal link or anchor, and every link respects the base path', () => {
    const broken: string[] = [];
    for (const path of pages()) {
      const tree = page(path);
      for (const element of selectAll('a[href], link[href]', tree)) {
        const href = attribute(element, 'href')!;
        if (/^(https?:|mailto:)/u.test(href) && !href.startsWith(siteUrl)) continue;
        const target = href.startsWith(siteUrl) ? href.slice(siteUrl.length) : href.startsWith('#') ? `${path}${href}` : href;
        if (!target.startsWith(basePath)) {
          broken.push(`${path}: ${href} (not under ${basePath})`);
          continue;
        }
        const file = fileFor(target);
        if (!file) {
          broken.push(`${path}: ${href}`);
          continue;
        }
        const fragment = target.split('#')[1]?.split(':~:')[0];
        if (fragment && file.endsWith('.html') && !select(`[id="${decodeURIComponent(fragment)}"]`, page(target.split('#')[0]!))) broken.push(`${path}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('speaks Dutch, has one h1, a skip link, landmarks and valid JSON-LD on every page', () => {
    for (const path of pages()) {
      const tree = page(path);
      if (select('meta[http-equiv="refresh"]', tree)) continue; // redirects are not content pages
      expect(attribute(select('html', tree), 'lang'), path).toBe('nl');
      expect(selectAll('h1', tree), path).toHaveLength(1);
      expect(attribute(select('a.skip', tree), 'href'), path).toBe('#inhoud');
      expect(select('main#inhoud', tree), path).toBeDefined();
      expect(select('nav[aria-label]', tree), path).toBeDefined();
      // Every page has a search box in its header, except the search page with its own.
      if (path === `${basePath}/zoeken/`) expect([selectAll('form[role="search"]', tree).length, select('form.search-form', tree) !== undefined], path).toEqual([1, true]);
      else expect(attribute(select('form.site-search', tree), 'action'), path).toBe(`${basePath}/zoeken/`);
      for (const script of selectAll('script[type="application/ld+json"]', tree)) expect(() => JSON.parse(toString(script)), path).not.toThrow();
    }
  });

  it('publishes the dataset as JSON, CSV and a datapackage that describes every column', () => {
    const json = JSON.parse(readFileSync(join(siteDir, 'data/pleitkaart.json'), 'utf8')) as Dataset;
    expect(json.claims.map((claim) => claim.id).sort()).toEqual(dataset.claims.map((claim) => claim.id).sort());
    const csv = readFileSync(join(siteDir, 'data/claims.csv'), 'utf8');
    const header = csv.split('\r\n')[0]!.split(',');
    const datapackage = JSON.parse(readFileSync(join(siteDir, 'data/datapackage.json'), 'utf8')) as { resources: Array<{ name: string; schema?: { fields: Array<{ name: string; description: string }> } }> };
    const claimsResource = datapackage.resources.find((resource) => resource.name === 'claims')!;
    expect(claimsResource.schema!.fields.map((field) => field.name)).toEqual(header);
    expect(claimsResource.schema!.fields.every((field) => field.description.length > 5)).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(dataset.claims.length + 1);
    // Comma-separated UTF-8 does not open by a double click in a Dutch Excel: the page says how it does.
    expect(toString(page(`${basePath}/data/`))).toContain('Gegevens › Uit tekst/CSV');
    const sitemap = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${siteUrl}${claimPath(dataset.claims[0]!.id)}</loc>`);
    // Crawlers look for the sitemap in robots.txt, not in the pages.
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}${basePath}/sitemap.xml\n`);
  });

  it('offers a feed of the newest letters, each linking to its page, found from the home page and the list of letters', () => {
    const feed = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">')).toBe(true);
    const links = [...feed.matchAll(/<item><title>[^<]+<\/title><link>([^<]+)<\/link>/gu)].map((match) => match[1]);
    expect(links.sort()).toEqual(dataset.documents.map((document) => `${siteUrl}${letterPath(document.id)}`).sort());
    for (const path of [`${basePath}/`, `${basePath}/brieven/`]) {
      expect(attribute(select('link[rel="alternate"][type="application/rss+xml"]', page(path))!, 'href'), path).toBe(`${basePath}/rss.xml`);
    }
    expect(select('link[rel="alternate"]', page(letterPath(dataset.documents[0]!.id)))).toBeUndefined();
  });
});

describe('heading order', () => {
  it('never skips a level on any page', () => {
    for (const path of htmlPages()) {
      const levels = selectAll('h1, h2, h3, h4, h5, h6', page(path)).map((element) => Number(element.tagName.slice(1)));
      levels.forEach((level, index) => {
        if (index > 0) expect(level - levels[index - 1]!, `${path}: h${levels[index - 1]} → h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });
});

describe('the map of recurring asks', () => {
  it('is static SVG readable without JavaScript, with a data table as the alternative', () => {
    const tree = page(`${basePath}/kaart/`);
    const svg = select('svg.matrix', tree)!;
    const marks = selectAll('a.mark', svg);
    const pairs = new Set(dataset.claims.filter((claim) => claim.type === 'ask').flatMap((claim) => claim.recurringAsks.map((id) => `${id}|${claim.document}`)));
    expect(marks).toHaveLength(pairs.size);
    for (const mark of marks) expect(select('title', mark), attribute(mark, 'href')).toBeDefined();
    const table = select('table.matrix-table', tree)!;
    expect(selectAll('tbody tr', table).length).toBe(selectAll('.row-label', svg).length);
    expect(select('svg.network', tree)).toBeDefined();
  });

  it('gives each recurring ask a page with its letters in date order and every instance', () => {
    const code = dataset.recurringAsks.find((entry) => entry.id === 'spreiding-sociale-huur')!;
    const tree = page(`${basePath}/terugkerend/${code.id}/`);
    const instances = dataset.claims.filter((claim) => claim.recurringAsks.includes(code.id));
    const linked = selectAll('ul.claims a[href*="/claim/"]', tree).map((link) => attribute(link, 'href'));
    expect(linked.sort()).toEqual(instances.map((claim) => `${basePath}/claim/${claim.id}/`).sort());
    expect(toString(select('ol', select('main', tree)!)!)).toContain('(eerste keer)');
  });
});

describe('links that last', () => {
  it('redirects a claim whose id changed to the claim with the closest words, and a renamed letter to the letter', () => {
    const current = dataset.claims.find((claim) => claim.text.startsWith('Help ons met passende wetgeving'))!;
    const claimRedirect = page(claimPath(staleClaimId));
    expect(attribute(select('meta[http-equiv="refresh"]', claimRedirect), 'content')).toBe(`0; url=${claimPath(current.id)}`);
    expect(attribute(select('link[rel="canonical"]', claimRedirect), 'href')).toBe(`${siteUrl}${claimPath(current.id)}`);
    expect(attribute(select('html', claimRedirect), 'lang')).toBe('nl');
    const letterRedirect = page(letterPath(renamedLetterId));
    expect(attribute(select('meta[http-equiv="refresh"]', letterRedirect), 'content')).toBe(`0; url=${letterPath('g40-oproep-vws-begroting')}`);
  });

  it('has every published id in the registry, so later changes can redirect them', () => {
    const registry = JSON.parse(readFileSync('content/published-ids.json', 'utf8')) as { claims: Record<string, unknown>; documents: Record<string, unknown> };
    expect(dataset.claims.filter((claim) => !registry.claims[claim.id]).map((claim) => claim.id), 'run npm run ids:record').toEqual([]);
    expect(dataset.documents.filter((document) => !registry.documents[document.id]).map((document) => document.id), 'run npm run ids:record').toEqual([]);
  });
});
