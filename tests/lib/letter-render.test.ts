import { describe, expect, it } from 'vitest';
import { afterEmptyLine, nestItems, renderPieces } from '../../src/lib/letter-render.ts';
import type { Claim } from '../../src/pipeline/schema.ts';

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

describe('claims marked in the letter text', () => {
  const claim = { id: 'problem-1', type: 'problem' } as Claim;
  const render = (inlines: Parameters<typeof renderPieces>[0]) => renderPieces(inlines, { 1: ['problem-1'] }, new Map([['problem-1', claim]]), { sentences: new Set(), refs: new Map() });

  it('keeps the white space between sentences outside the mark, so the label stands before the first word', () => {
    expect(render([{ type: 'text', value: 'Zorg kan bieden.', sentence: 0 }, { type: 'text', value: ' Er is een tekort. ', sentence: 1 }])).toEqual([
      { kind: 'text', value: 'Zorg kan bieden.' },
      { kind: 'text', value: ' ' },
      { kind: 'claim', value: 'Er is een tekort.', types: ['problem'], anchors: ['problem-1'], badges: [claim] },
      { kind: 'text', value: ' ' },
    ]);
  });

  it('gives the label to the first piece with words, not to white space before a footnote marker', () => {
    const pieces = render([{ type: 'text', value: ' ', sentence: 1 }, { type: 'ref', footnote: 'fn-1', label: '1' }, { type: 'text', value: 'Er is een tekort.', sentence: 1 }]);
    expect(pieces.map((piece) => piece.kind)).toEqual(['text', 'ref', 'claim']);
    expect(pieces[2]).toMatchObject({ anchors: ['problem-1'], badges: [claim] });
  });
});

describe('lines of the letterhead, address and signature', () => {
  it('keep the empty line between their groups, and only between lines of those roles', () => {
    expect(afterEmptyLine({ line: 3, role: 'address' }, { line: 5, role: 'address' })).toBe(true);
    expect(afterEmptyLine({ line: 3, role: 'address' }, { line: 4, role: 'address' })).toBe(false);
    expect(afterEmptyLine({ line: 30, role: 'signature' }, { line: 32, role: 'signature' })).toBe(true);
    expect(afterEmptyLine({ line: 3, role: 'salutation' }, { line: 5, role: 'address' })).toBe(false);
    expect(afterEmptyLine({ line: 3 }, { line: 5 })).toBe(false);
    expect(afterEmptyLine(undefined, { line: 5, role: 'address' })).toBe(false);
  });
});
