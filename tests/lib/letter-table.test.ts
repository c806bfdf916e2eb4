import { describe, expect, it } from 'vitest';
import { bodyParts, readTable } from '../../src/lib/letter-table.ts';

const row = (text: string, sentence?: number) => ({ type: 'paragraph' as const, role: 'table', line: 1, inlines: [{ type: 'text' as const, value: text, ...(sentence === undefined ? {} : { sentence }) }] });

describe('tables of figures on the letter page', () => {
  it('reads a head above figures, though the head has digits, and labels at the start of each row', () => {
    expect(readTable(['Gemeente        Tekort 2024 (mln)   Tekort 2025 (mln)', 'Amsterdam       42                  58', 'Den Haag        28                  37'])).toEqual({
      head: ['Gemeente', 'Tekort 2024 (mln)', 'Tekort 2025 (mln)'],
      rows: [
        ['Amsterdam', '42', '58'],
        ['Den Haag', '28', '37'],
      ],
      rowHeaders: true,
      numeric: [false, true, true],
    });
  });

  it('reads figures with units and signs, and a table of words without a head', () => {
    expect(readTable(['2023\t€ 1,2 mld\t-3%', '2024\t€ 1.450\t+12,5%'])).toEqual({ rows: [['2023', '€ 1,2 mld', '-3%'], ['2024', '€ 1.450', '+12,5%']], rowHeaders: false, numeric: [true, true, true] });
    expect(readTable(['Wonen      Zorg', 'Bouwen     Welzijn'])).toEqual({ rows: [['Wonen', 'Zorg'], ['Bouwen', 'Welzijn']], rowHeaders: false, numeric: [false, false] });
  });

  it('leaves rows as printed when their columns are uncertain', () => {
    expect(readTable(['Gemeente     2024     2025', 'Amsterdam    42'])).toBeUndefined();
    expect(readTable(['Eén cel alleen'])).toBeUndefined();
  });

  it('groups consecutive rows, and keeps a row with a claim or a footnote marker as printed', () => {
    const blocks = [row('A     1'), row('B     2'), { type: 'paragraph' as const, line: 3, inlines: [{ type: 'text' as const, value: 'Tekst.' }] }, row('C     3', 7), row('D     4')];
    expect(bodyParts(blocks, { 7: ['problem-0000000000'] }).map(describePart)).toEqual(['table 2', 'block ', 'block table', 'block table']);
  });
});

const describePart = (part: ReturnType<typeof bodyParts>[number]) =>
  part.kind === 'table' ? `table ${part.table.rows.length}` : part.kind === 'cells' ? `cells ${part.table.head ? 'head, ' : ''}${part.table.rows.map((cells) => cells.length).join('+')}` : `block ${part.block.type === 'paragraph' ? (part.block.role ?? '') : ''}`;

describe('tables of text on the letter page', () => {
  const cell = (text: string, column: number, role = 'cell') => ({ type: 'paragraph' as const, role, column, line: 1, inlines: [{ type: 'text' as const, value: text, sentence: 0 }] });

  it('sets the cells in rows under their column heads, claims and all', () => {
    const blocks = [cell('Knelpunt', 0, 'column-head'), cell('Voorstel', 1, 'column-head'), cell('De wachtlijsten groeien.', 0), cell('Investeer in de ggz.', 1), cell('Te weinig woningen.', 0), cell('Bouw meer.', 1), row('A     1')];
    const parts = bodyParts(blocks, { 0: ['ask-0000000000'] });
    expect(parts.map(describePart)).toEqual(['cells head, 2+2', 'block table']);
    const table = parts[0]!.kind === 'cells' ? parts[0]!.table : undefined;
    expect(table?.rows[1]?.map((block) => (block.type === 'paragraph' ? block.inlines[0]?.type === 'text' && block.inlines[0].value : ''))).toEqual(['Te weinig woningen.', 'Bouw meer.']);
  });

  it('starts a second table at its own heads', () => {
    const blocks = [cell('Knelpunt', 0, 'column-head'), cell('Voorstel', 1, 'column-head'), cell('A.', 0), cell('B.', 1), cell('Probleem', 0, 'column-head'), cell('Oplossing', 1, 'column-head'), cell('Wie', 2, 'column-head'), cell('C.', 0), cell('D.', 1), cell('E.', 2)];
    expect(bodyParts(blocks, {}).map(describePart)).toEqual(['cells head, 2', 'cells head, 3']);
  });

  it('labels each column by its head in plain text, for the rows a narrow screen stacks', () => {
    const blocks = [cell('Voorstel', 0, 'column-head'), cell('Wie', 1, 'column-head'), cell(' Wanneer ', 2, 'column-head'), cell('Schrap de korting.', 0), cell('kabinet', 1), cell('in 2026', 2)];
    const part = bodyParts(blocks, {})[0]!;
    expect(part.kind === 'cells' ? part.table.labels : undefined).toEqual(['Voorstel', 'Wie', 'Wanneer']);
    const headless = bodyParts([cell('Schrap de korting.', 0), cell('kabinet', 1)], {})[0]!;
    expect(headless.kind === 'cells' ? headless.table.labels : 'not cells').toBeUndefined();
  });
});
