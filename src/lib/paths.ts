import { slug } from '../pipeline/ids.ts';

/** Every internal link goes through here, so the site works under a sub-path (GitHub Pages). */
export function href(path: string): string {
  const base = (typeof __PLEITKAART_BASE__ === 'string' ? __PLEITKAART_BASE__ : '/').replace(/\/$/u, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An absolute URL for citations, canonical links and feeds, on the configured `site`. */
export function absolute(path: string): string {
  return new URL(href(path), typeof __PLEITKAART_SITE__ === 'string' ? __PLEITKAART_SITE__ : 'https://pleitkaart.example').toString();
}

/** The same, for code outside the pages (an integration) that knows `site` and `base` itself. */
export function absoluteOn(site: string, base: string, path: string): string {
  return new URL(`${base.replace(/\/$/u, '')}${path}`, site).toString();
}

export const paths = {
  home: () => '/',
  letters: () => '/brieven/',
  feed: () => '/rss.xml',
  letter: (id: string) => `/brieven/${id}/`,
  letterSource: (id: string) => `/brieven/${id}.txt`,
  /** A letter not saved in UTF-8, converted: browsers and GitHub Pages read a `.txt` as UTF-8. */
  letterSourceAsUtf8: (id: string) => `/brieven/${id}.utf-8.txt`,
  claim: (id: string) => `/claim/${id}/`,
  claimCitation: (id: string, format: 'json' | 'bib' | 'ris') => `/claim/${id}/citatie.${format}`,
  asks: () => '/vragen/',
  problems: () => '/problemen/',
  organisations: () => '/organisaties/',
  organisation: (organisationSlug: string) => `/organisaties/${organisationSlug}/`,
  addressees: () => '/geadresseerden/',
  addressee: (name: string) => `/geadresseerden/${slug(name)}/`,
  sources: () => '/bronnen/',
  recurringIndex: () => '/terugkerend/',
  recurring: (id: string) => `/terugkerend/${id}/`,
  /** A fixed segment: it wins over a code id, and no code is called so. */
  uncoded: () => '/terugkerend/zonder-code/',
  map: () => '/kaart/',
  search: () => '/zoeken/',
  searchIndex: () => '/zoeken/index.json',
  data: () => '/data/',
  dataFile: (name: string) => `/data/${name}`,
};
