import { describe, expect, it } from 'vitest';
import { nestItems } from '../../src/lib/letter-render.ts';

describe('lists on the letter page', () => {
  it('puts each run of sub-items under the item before it', () => {
    const items = [{ text: 'a' }, { text: 'b' }, { text: 'b1', level: 1 }, { text: 'b2', level: 1 }, { text: 'c' }];
    expect(nestItems(items).map(({ item, children }) => [item.text, children.map((child) => child.text)])).toEqual([
      ['a', []],
      ['b', ['b1', 'b2']],
      ['c', []],
    ]);
  });

  it('keeps a sub-item with no item before it as an item', () => {
    expect(nestItems([{ text: 'x', level: 1 }, { text: 'y' }]).map(({ item }) => item.text)).toEqual(['x', 'y']);
  });
});
