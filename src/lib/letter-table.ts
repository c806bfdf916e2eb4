import { tableColumnGap } from '../pipeline/layout/lines.ts';
import type { LetterTextRecord } from '../pipeline/schema.ts';

type Block = LetterTextRecord['blocks'][number];

/** A table of figures as the letter prints it, read into cells. */
export interface LetterTable {
  /** Column headings: a first row that names what the columns below hold. */
  head?: string[];
  rows: string[][];
  /** Whether each row starts with a label (a municipality, a year) rather than a figure. */
  rowHeaders: boolean;
  /** Per column: whether every cell below the head is a figure, to align on the digits. */
  numeric: boolean[];
}

const figure = /^[-+−]?\s?[€$]?\s?\d[\d.,]*\s?(%|‰|mln|mld|miljoen|miljard|x)?$/iu;

/**
 * Reads two or more rows printed as a table ("Amsterdam      42      58") into cells, when every
 * row has as many cells as the first: otherwise a cell was left empty or a value wraps, the
 * columns are not certain, and the rows are better shown as printed.
 */
export function readTable(rows: string[]): LetterTable | undefined {
  const cells = rows.map((row) => row.trim().split(tableColumnGap));
  const width = cells[0]?.length ?? 0;
  if (width < 2 || cells.length < 2 || cells.some((row) => row.length !== width)) return undefined;
  const isFigure = (cell: string) => figure.test(cell.trim());
  const numericBelow = (from: number) => Array.from({ length: width }, (_, column) => cells.length > from && cells.slice(from).every((row) => isFigure(row[column]!)));
  // "Gemeente   Tekort 2024 (mln)   Tekort 2025 (mln)" above figures: a head, though it has digits.
  const hasHead = numericBelow(1).some((numeric, column) => numeric && !isFigure(cells[0]![column]!));
  const body = hasHead ? cells.slice(1) : cells;
  const numeric = numericBelow(hasHead ? 1 : 0);
  return { ...(hasHead ? { head: cells[0] } : {}), rows: body, rowHeaders: !numeric[0] && numeric.some(Boolean), numeric };
}

/** A table of text (problems beside their remedies): its cells keep their claims. */
export interface CellTable {
  head?: Block[];
  /** Per column, what its head says in plain text: the label of each cell when a narrow screen stacks the rows. */
  labels?: string[];
  rows: Block[][];
}

/** What the letter page renders: a block as it is, a run of table rows read as one table, or a table of text. */
export type BodyPart = { kind: 'block'; block: Block } | { kind: 'table'; table: LetterTable; blocks: Block[] } | { kind: 'cells'; table: CellTable };

const cellRole = (block: Block) => (block.type === 'paragraph' && (block.role === 'cell' || block.role === 'column-head') ? block.role : undefined);

/**
 * Groups consecutive table rows into tables. Rows that hold a claim or a footnote marker stay
 * rows as printed, so that their marks and links are kept. The cells of a table of text are set in
 * rows under their heads, with their claims.
 */
export function bodyParts(blocks: readonly Block[], claimsBySentence: Record<string, string[]>): BodyPart[] {
  const parts: BodyPart[] = [];
  let run: Block[] = [];
  const flush = () => {
    const table = run.length ? readTable(run.map(plainText)) : undefined;
    if (table) parts.push({ kind: 'table', table, blocks: run });
    else parts.push(...run.map((block): BodyPart => ({ kind: 'block', block })));
    run = [];
  };
  let cells: Block[] = [];
  const flushCells = () => {
    if (!cells.length) return;
    const head = cells.filter((cell) => cellRole(cell) === 'column-head');
    // A row starts at its cell in the first column.
    const rows: Block[][] = [];
    for (const cell of cells) {
      if (cellRole(cell) !== 'cell') continue;
      if (!rows.length || (cell.type === 'paragraph' && !cell.column)) rows.push([]);
      rows.at(-1)!.push(cell);
    }
    const labels = head.map((cell) => plainText(cell).trim());
    parts.push({ kind: 'cells', table: { ...(head.length ? { head, labels } : {}), rows } });
    cells = [];
  };
  for (const block of blocks) {
    if (cellRole(block)) {
      flush();
      // A head after body cells opens the next table.
      if (cellRole(block) === 'column-head' && cells.some((cell) => cellRole(cell) === 'cell')) flushCells();
      cells.push(block);
      continue;
    }
    flushCells();
    const plainRow = block.type === 'paragraph' && block.role === 'table' && block.inlines.every((inline) => inline.type === 'text' && (inline.sentence === undefined || !claimsBySentence[String(inline.sentence)]?.length));
    if (plainRow) {
      run.push(block);
      continue;
    }
    flush();
    parts.push({ kind: 'block', block });
  }
  flush();
  flushCells();
  return parts;
}

function plainText(block: Block): string {
  return 'inlines' in block ? block.inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('') : '';
}
