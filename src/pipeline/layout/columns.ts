import { sliceMapped } from '../mapped-text.ts';
import type { Line } from './lines.ts';
import { startsLowercase } from './lines.ts';

/** A table of text read here has two columns: the tree gives its cells row by row, left then right. */
export const cellsPerRow = 2;

/** One row of a two-column table of text: the lines of its left cell and of its right cell. */
export interface ColumnRow {
  left: Line[];
  right: Line[];
}

/**
 * Lines printed as two columns of text side by side, as PDF extraction keeps a table of
 * problems beside their remedies ("Knelpunt            Voorstel"). `first` and `last` are
 * positions in the lines given.
 */
export interface ColumnRun {
  first: number;
  last: number;
  rows: ColumnRow[];
  /** Whether the first row names what the columns hold ("Knelpunt", "Voorstel"). */
  head: boolean;
}

/** The right column may start a character earlier or later from line to line. */
const slack = 1;
/** "Knelpunt      Voorstel": the gap of two or more spaces between the cells of one line. */
const gap = /(?<=\S)\s{2,}(?=\S)/gu;

/** A line with one gap: where its left cell ends and its right cell starts. Or a line without: where its text lies. */
type Cut = { kind: 'both'; column: number; wide: boolean; leftEnd: number; rightStart: number; line: Line } | { kind: 'one'; start: number; end: number; line: Line };
type TwoCells = Extract<Cut, { kind: 'both' }>;

/** A part of a line as a line of its own, with its source map and its place on the page. */
function part(line: Line, from: number, to: number): Line {
  return { index: line.index, content: sliceMapped(line.content, from, to), indent: line.indent + from, blank: false };
}

/** Where a line splits into two cells, if it has exactly one gap; else where its text lies. */
function cut(line: Line): Cut {
  const text = line.content.text;
  const gaps = text.includes('  ') ? [...text.matchAll(gap)] : [];
  if (gaps.length === 1) {
    const found = gaps[0]!;
    const rightStart = found.index + found[0].length;
    return { kind: 'both', column: line.indent + rightStart, wide: found[0].length >= 3, leftEnd: found.index, rightStart, line };
  }
  return { kind: 'one', start: line.indent, end: line.indent + text.length, line };
}

/** The line's two cells, each a line of its own. */
const cellsOf = (cells: TwoCells) => ({ left: part(cells.line, 0, cells.leftEnd), right: part(cells.line, cells.rightStart, cells.line.content.text.length) });

/** Whether a cell's next line goes on with it: it starts in lower case, or the cell's last line ends on a hyphen or a comma. */
const goesOn = (cell: Line[], line: Line) => startsLowercase(line.content.text) || /[-,]$/u.test(cell.at(-1)?.content.text ?? '');
/** A new row: both cells start as a cell does (a capital, a digit, a bullet), not as a wrapped line. */
const opensRow = (cells: TwoCells) => !startsLowercase(cells.line.content.text) && !startsLowercase(cells.line.content.text.slice(cells.rightStart));
/** "Knelpunt", "Wat het kabinet kan doen": a few words without a full stop. */
const namesColumn = (line: Line) => line.content.text.split(/\s+/u).length <= 5 && !/[.!?;:,]$/u.test(line.content.text);

/**
 * Finds the runs of lines set in two columns: at least two lines with a gap at the same place
 * (within a character), one of them wide or three of them in all, so that a double space in
 * justified prose is no column. A line with text on one side only continues that side's cell;
 * a single empty line between rows is kept in the run.
 */
export function columnRuns(lines: Line[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const cuts = lines.map((line) => (line.blank ? undefined : cut(line)));
  for (let first = 0; first < lines.length; first++) {
    const opening = cuts[first];
    if (opening?.kind !== 'both' || opening.column < 12) continue;
    const column = opening.column;
    const opened = cellsOf(opening);
    const rows: ColumnRow[] = [{ left: [opened.left], right: [opened.right] }];
    let both = 1;
    let wide = opening.wide;
    let last = first;
    for (let position = first + 1; position < lines.length; position++) {
      const current = cuts[position];
      const row = rows.at(-1)!;
      if (!current) {
        // One empty line between rows; the run ends at the line before it otherwise.
        const next = cuts[position + 1];
        if (next?.kind === 'both' && Math.abs(next.column - column) <= slack && opensRow(next)) continue;
        break;
      }
      const blankBefore = cuts[position - 1] === undefined;
      if (current.kind === 'both' && Math.abs(current.column - column) <= slack) {
        const cells = cellsOf(current);
        if (blankBefore || opensRow(current)) {
          rows.push({ left: [cells.left], right: [cells.right] });
        } else {
          row.left.push(cells.left);
          row.right.push(cells.right);
        }
        both++;
        wide ||= current.wide;
      } else if (current.kind === 'one' && !blankBefore && current.start >= column - slack && goesOn(row.right, current.line)) {
        row.right.push(current.line);
      } else if (current.kind === 'one' && !blankBefore && current.end <= column - 2 && goesOn(row.left, current.line)) {
        row.left.push(current.line);
      } else {
        break;
      }
      last = position;
    }
    if (both >= 2 && (wide || both >= 3) && rows.length >= 2) {
      const head = rows.length >= 3 && rows[0]!.left.length === 1 && rows[0]!.right.length === 1 && namesColumn(rows[0]!.left[0]!) && namesColumn(rows[0]!.right[0]!);
      runs.push({ first, last, rows, head });
      first = last;
    }
  }
  return runs;
}
