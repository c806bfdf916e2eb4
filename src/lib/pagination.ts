/**
 * Listing pages (all asks, all problems, an organisation's asks…) grow with the corpus. Split into
 * pages they stay light on a phone however many letters are loaded: a page of 200 claims is about
 * 10 KB of gzipped HTML. The five letters' lists still fit on one page each.
 * `PLEITKAART_PAGE_SIZE` sets another number (the tests split a small corpus into many pages).
 */
const requestedPageSize = Number(process.env.PLEITKAART_PAGE_SIZE);
export const claimsPerPage = Number.isInteger(requestedPageSize) && requestedPageSize > 0 ? requestedPageSize : 200;

/** Letters per page of the list of letters (a table row each). */
export const lettersPerPage = Math.max(1, Math.round(claimsPerPage / 2));

/** Letters per page of the map: a matrix that a reader can still follow across a phone screen. */
export const lettersPerMapPage = 40;

/** A group shorter than this does not start at the bottom of a page: it moves to the next one. */
const shortestTail = 5;

export interface Group<T = unknown> {
  /** Unique among the groups: where links to the group point (`#…` on its first page). */
  key: string;
  items: readonly T[];
}

type ItemOf<G extends Group> = G['items'][number];

export interface GroupSlice<G extends Group> {
  group: G;
  /** The group's items on this page. */
  items: Array<ItemOf<G>>;
  /** The group began on an earlier page. */
  continued: boolean;
}

export interface ListingPage<G extends Group> {
  /** 1-based. */
  number: number;
  slices: Array<GroupSlice<G>>;
}

/**
 * Splits ordered groups into pages of at most `perPage` items, keeping their order. A long group
 * continues on the next page; a group without items still takes a place (its heading is shown).
 */
export function paginateGroups<G extends Group>(groups: readonly G[], perPage: number): Array<ListingPage<G>> {
  const size = Math.max(1, Math.floor(perPage));
  const pages: Array<ListingPage<G>> = [];
  let slices: Array<GroupSlice<G>> = [];
  let used = 0;
  const close = () => {
    if (slices.length) pages.push({ number: pages.length + 1, slices });
    slices = [];
    used = 0;
  };
  for (const group of groups) {
    if (used > 0 && size - used < Math.min(Math.max(1, group.items.length), shortestTail)) close();
    if (group.items.length === 0) {
      slices.push({ group, items: [], continued: false });
      used += 1;
      continue;
    }
    let start = 0;
    while (start < group.items.length) {
      if (used >= size) close();
      const take = Math.min(size - used, group.items.length - start);
      slices.push({ group, items: group.items.slice(start, start + take), continued: start > 0 });
      used += take;
      start += take;
    }
  }
  close();
  return pages.length ? pages : [{ number: 1, slices: [] }];
}

/** Consecutive runs of at most `perPage` items (the letters of one page of the map). */
export function chunk<T>(items: readonly T[], perPage: number): T[][] {
  const size = Math.max(1, Math.floor(perPage));
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks.length ? chunks : [[]];
}

/** The number of the first page that shows the group `key`. */
export function pageOfGroup<G extends Group>(pages: ReadonlyArray<ListingPage<G>>, key: string): number {
  return pages.find((page) => page.slices.some((slice) => slice.group.key === key))?.number ?? 1;
}

/**
 * Page 1 lives at the listing's own path, page n at `…/pagina/n/`: a segment no letter, code or
 * organisation can take, since their pages sit one level higher (`/brieven/pagina/` could be a
 * letter; `/brieven/pagina/2/` cannot).
 */
export function pagePath(path: string, page: number): string {
  return page <= 1 ? path : `${path.replace(/\/?$/u, '/')}pagina/${page}/`;
}

/** The `[...page]` route parameter for page n: none for page 1, so it keeps its address. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `pagina/${page}`;
}

/**
 * The page numbers to link to: the first, the last, and two either side of the current page, with
 * `null` where numbers are left out.
 */
export function pageWindow(current: number, total: number): Array<number | null> {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! === 2 ? [page - 1, page] : index > 0 && page - shown[index - 1]! > 2 ? [null, page] : [page]));
}

export interface Range {
  first: number;
  last: number;
  total: number;
}

/** Page `number`'s share of a listing, from how many things each page holds (1-based, inclusive). */
function rangeOf(counts: readonly number[], number: number): Range {
  const before = counts.slice(0, number - 1).reduce((sum, count) => sum + count, 0);
  return { first: before + 1, last: before + (counts[number - 1] ?? 0), total: counts.reduce((sum, count) => sum + count, 0) };
}

/** Which items of the whole listing a page shows, and how many there are. */
export function itemRange<G extends Group>(pages: ReadonlyArray<ListingPage<G>>, number: number): Range {
  return rangeOf(pages.map((page) => page.slices.reduce((sum, slice) => sum + slice.items.length, 0)), number);
}

/** Which groups of the whole listing a page shows (a group continued from the page before too), and how many there are. */
export function groupRange<G extends Group>(pages: ReadonlyArray<ListingPage<G>>, number: number): Range {
  const range = rangeOf(pages.map((page) => page.slices.filter((slice) => !slice.continued).length), number);
  return pages[number - 1]?.slices[0]?.continued ? { ...range, first: range.first - 1 } : range;
}

/** Which items of a run of chunks (`chunk`) the chunk `number` holds, and how many there are. */
export function chunkRange<T>(chunks: ReadonlyArray<readonly T[]>, number: number): Range {
  return rangeOf(chunks.map((items) => items.length), number);
}

/** The id of a group's heading: its key on its first page, so links to the group land there. */
export function sliceId<G extends Group>(slice: GroupSlice<G>): string {
  return slice.continued ? `${slice.group.key}-vervolg` : slice.group.key;
}
