import { describe, expect, it } from 'vitest';
import { chunk, chunkRange, groupRange, itemRange, pageOfGroup, pageParam, pagePath, paginateGroups, pageWindow, sliceId } from '../../src/lib/pagination.ts';

const group = (key: string, count: number) => ({ key, items: Array.from({ length: count }, (_, index) => `${key}${index + 1}`) });
/** Each page as `key:first-last` per slice, `+` marking a continued group. */
const layout = (pages: ReturnType<typeof paginateGroups<ReturnType<typeof group>>>) =>
  pages.map((page) => page.slices.map((slice) => `${slice.continued ? '+' : ''}${slice.group.key}:${slice.items[0] ?? ''}-${slice.items.at(-1) ?? ''}`).join(' '));

describe('paginateGroups', () => {
  it('keeps everything on one page when it fits', () => {
    expect(layout(paginateGroups([group('a', 3), group('b', 4)], 10))).toEqual(['a:a1-a3 b:b1-b4']);
  });

  it('continues a long group on the next page, in order, losing nothing', () => {
    const pages = paginateGroups([group('a', 5), group('b', 26)], 10);
    expect(layout(pages)).toEqual(['a:a1-a5 b:b1-b5', '+b:b6-b15', '+b:b16-b25', '+b:b26-b26']);
    expect(pages.flatMap((page) => page.slices.flatMap((slice) => slice.items))).toEqual([...group('a', 5).items, ...group('b', 26).items]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3, 4]);
  });

  it('does not start a short group at the foot of a page', () => {
    // 8 of 10 places used: a group of 3 moves to the next page rather than leave one item behind;
    // a long group starts there only when five of its items fit.
    expect(layout(paginateGroups([group('a', 8), group('b', 3)], 10))).toEqual(['a:a1-a8', 'b:b1-b3']);
    expect(layout(paginateGroups([group('a', 6), group('b', 20)], 10))).toEqual(['a:a1-a6', 'b:b1-b10', '+b:b11-b20']);
  });

  it('gives a group without items a place of its own', () => {
    expect(layout(paginateGroups([group('a', 1), group('leeg', 0), group('b', 1)], 2))).toEqual(['a:a1-a1 leeg:-', 'b:b1-b1']);
  });

  it('has one empty page for an empty listing', () => {
    expect(paginateGroups([], 10)).toEqual([{ number: 1, slices: [] }]);
  });

  it('finds the first page of a group, and counts the items of each page', () => {
    const pages = paginateGroups([group('a', 5), group('b', 25), group('c', 2)], 10);
    expect(['a', 'b', 'c', 'onbekend'].map((key) => pageOfGroup(pages, key))).toEqual([1, 1, 4, 1]);
    expect(pages.map((page) => itemRange(pages, page.number))).toEqual([
      { first: 1, last: 10, total: 32 },
      { first: 11, last: 20, total: 32 },
      { first: 21, last: 30, total: 32 },
      { first: 31, last: 32, total: 32 },
    ]);
    // A listing of sources counts sources, not claims; a page continuing a group shows that group.
    expect(pages.map((page) => groupRange(pages, page.number))).toEqual([
      { first: 1, last: 2, total: 3 },
      { first: 2, last: 2, total: 3 },
      { first: 2, last: 2, total: 3 },
      { first: 3, last: 3, total: 3 },
    ]);
    expect(pages[1]!.slices.map(sliceId)).toEqual(['b-vervolg']);
    expect(pages[0]!.slices.map(sliceId)).toEqual(['a', 'b']);
  });
});

describe('page addresses and links', () => {
  it('keeps page 1 at the listing’s own path', () => {
    expect([1, 2, 12].map((page) => pagePath('/vragen/', page))).toEqual(['/vragen/', '/vragen/pagina/2/', '/vragen/pagina/12/']);
    expect([1, 2].map(pageParam)).toEqual([undefined, 'pagina/2']);
  });

  it('links the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // A gap of one page shows that page instead of an ellipsis.
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });

  it('cuts letters into runs for the map', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
    expect([1, 2, 3].map((number) => chunkRange(chunk([1, 2, 3, 4, 5], 2), number))).toEqual([
      { first: 1, last: 2, total: 5 },
      { first: 3, last: 4, total: 5 },
      { first: 5, last: 5, total: 5 },
    ]);
  });
});
