import { fieldLabels } from '../address.ts';
import { sliceMapped } from '../mapped-text.ts';
import { matchesOf } from '../matches.ts';
import type { Line } from './lines.ts';
import { bulletPattern, numberedPattern, startsLowercase } from './lines.ts';

/** One row of a table of text: the lines of each of its cells, left to right. */
export type ColumnRow = Line[][];

/**
 * Lines printed as columns of text side by side, as PDF extraction keeps a table of problems
 * beside their remedies ("Knelpunt            Voorstel"). `first` and `last` are positions in
 * the lines given.
 */
export interface ColumnRun {
  first: number;
  last: number;
  rows: ColumnRow[];
  /** Whether the first row names what the columns hold ("Knelpunt", "Voorstel"). */
  head: boolean;
  /** A table of two columns, one of them figures ("2022" beside "1.200"): its rows stand as printed. */
  figures?: boolean;
  /** Running text set in two columns, as a paper in columns prints it: the left one is read first. */
  prose?: boolean;
}

/** The head of a table's column that says who must act on each row: "Wie", "Aan wie", "Wie is aan zet", "Verantwoordelijk", "Actor". */
export const whoColumn = /^(wie|aan\s+wie|door\s+wie|wie\s+is\s+aan\s+zet|wie\s+moet\s+\p{L}+|aan\s+zet|verantwoordelijke?|actor|actoren|partij|partijen|door)\b/iu;

/** A column may start a character earlier or later from line to line. */
const slack = 1;
/** "Knelpunt      Voorstel": the gap of two or more spaces between the cells of one line. */
const gap = /(?<=\S)\s{2,}(?=\S)/gu;

/** The pieces of a line between its gaps: where each starts and ends, in the line's text and on the page. */
interface Piece {
  from: number;
  to: number;
  /** Column on the page: the line's indentation counts. */
  at: number;
  wide: boolean;
}

function piecesOf(line: Line): Piece[] {
  const text = line.content.text;
  const pieces: Piece[] = [];
  let from = 0;
  let wide = false;
  if (text.includes('  ')) {
    for (const found of matchesOf(gap, text)) {
      pieces.push({ from, to: found.index, at: line.indent + from, wide });
      from = found.index + found[0].length;
      wide = found[0].length >= 3;
    }
  }
  pieces.push({ from, to: text.length, at: line.indent + from, wide });
  return pieces;
}

/** A part of a line as a line of its own, with its source map and its place on the page. */
function part(line: Line, piece: Piece): Line {
  return { index: line.index, content: sliceMapped(line.content, piece.from, piece.to), indent: piece.at, blank: false };
}

/** Whether a cell's next line goes on with it: it starts in lower case, or the cell's last line ends on a hyphen or a comma. */
const goesOn = (cell: Line[], text: string) => startsLowercase(text) || /[-,]$/u.test(cell.at(-1)?.content.text ?? '');
/** "Knelpunt", "Wat het kabinet kan doen": a few words without a full stop. */
const namesColumn = (line: Line) => line.content.text.split(/\s+/u).length <= 5 && !/[.!?;:,]$/u.test(line.content.text);
/** A cell of figures only: "2022", "1.200", "€ 3,5 mln", "12 procent". */
const figuresOnly = (line: Line) => /\d/u.test(line.content.text) && !/\p{L}{2,}/u.test(line.content.text.replace(/\b(mln|mld|mrd|miljoen|miljard|euro|procent|per|jaar)\b/gu, ''));
/** Running text: three words with letters in one cell, which no table of figures has ("Tekort 2024 (mln)"). */
const runningText = (line: Line) => /(\S*\p{L}{2,}\S*\s+){2,}\S*\p{L}{2,}/u.test(line.content.text);
/** A column of prose: most of its lines running text, and long ones, not a signature's name and role. */
const proseColumn = (cell: Line[]) => cell.filter(runningText).length * 2 >= cell.length && cell.reduce((sum, line) => sum + line.content.text.length, 0) >= 25 * cell.length;

/**
 * Which column each piece of a line stands in, given where the columns start; undefined when a
 * piece stands in none.
 */
function placeInColumns(pieces: Piece[], starts: number[]): number[] | undefined {
  const columns: number[] = [];
  for (const piece of pieces) {
    // The column whose start is at the piece's, or the first one a piece left of every other start is in.
    const column = starts.findIndex((start) => Math.abs(piece.at - start) <= slack);
    if (column < 0 && !(columns.length === 0 && piece.at < starts[1]! - slack)) return undefined;
    const index = column < 0 ? 0 : column;
    if (columns.length && index <= columns.at(-1)!) return undefined;
    // A piece must end before the next column starts.
    if (index + 1 < starts.length && piece.at + (piece.to - piece.from) > starts[index + 1]! - 2) return undefined;
    columns.push(index);
  }
  return columns;
}

/**
 * Finds the runs of lines set in columns: at least two lines with their gaps at the same places
 * (within a character), one of them wide or three of them in all, so that a double space in
 * justified prose is no column. A line with text in some columns only goes on with those cells (a
 * line with text in one column only when it reads as a wrapped line); a single empty line between
 * rows is kept in the run. A table of three columns or more is one of
 * text only when a cell holds running text: a table of figures is read as rows of figures. One
 * row of two long cells of running text is prose set in two columns, and so are rows of them.
 */
export function columnRuns(lines: Line[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const pieces = lines.map((line) => (line.blank ? undefined : piecesOf(line)));
  for (let first = 0; first < lines.length; first++) {
    const marked = pipeRun(lines, first) ?? tabRun(lines, first);
    if (marked) {
      runs.push(marked);
      first = marked.last;
      continue;
    }
    const opening = pieces[first];
    if (!opening || opening.length < 2 || opening[1]!.at < 12) continue;
    const starts = opening.map((piece) => piece.at);
    const width = starts.length;
    const cellsOf = (position: number) => pieces[position]!.map((piece) => part(lines[position]!, piece));
    // A full line: a piece in every column.
    const isFull = (position: number) => pieces[position]?.length === width && placeInColumns(pieces[position]!, starts) !== undefined;
    // A line opens a row when none of its cells goes on in lower case; under a head "Wie", who must
    // act may be in lower case ("kabinet") and still open one.
    const whoAt = new Set(opening.flatMap((piece, column) => (whoColumn.test(lines[first]!.content.text.slice(piece.from, piece.to)) ? [column] : [])));
    const opensRow = (position: number) => pieces[position]!.every((piece, column) => whoAt.has(column) || !startsLowercase(lines[position]!.content.text.slice(piece.from)));
    const rows: ColumnRow[] = [cellsOf(first).map((cell) => [cell])];
    let full = 1;
    let wide = opening.some((piece) => piece.wide);
    let last = first;
    for (let position = first + 1; position < lines.length; position++) {
      const row = rows.at(-1)!;
      if (!pieces[position]) {
        // One empty line between rows; the run ends at the line before it otherwise.
        if (isFull(position + 1) && opensRow(position + 1)) continue;
        break;
      }
      const blankBefore = pieces[position - 1] === undefined;
      if (isFull(position)) {
        const cells = cellsOf(position);
        if (blankBefore || opensRow(position)) rows.push(cells.map((cell) => [cell]));
        else cells.forEach((cell, column) => row[column]!.push(cell));
        full++;
        wide ||= pieces[position]!.some((piece) => piece.wide);
      } else {
        const columns = blankBefore ? undefined : placeInColumns(pieces[position]!, starts);
        const cells = columns && cellsOf(position);
        // A line with text in one column goes on with its cell only as a wrapped line does; text in
        // two or more columns at their places is the table's ("Minister van" above "OCW").
        if (!columns || !cells || (cells.length === 1 && !goesOn(row[columns[0]!]!, cells[0]!.content.text))) break;
        cells.forEach((cell, at) => row[columns[at]!]!.push(cell));
      }
      last = position;
    }
    // Two columns are a table of text ("Knelpunt" beside "Oplossing"), unless one of them holds only
    // figures below its head ("Tekort gemeenten (mln euro)" over "1.200"): a table of figures.
    const ofFigures = width === 2 && [0, 1].some((column) => rows.slice(1).every((row) => row[column]!.every(figuresOnly)));
    const textual = !ofFigures && (width === 2 || rows.some((row) => row.some((cell) => cell.some(runningText))));
    // Two columns of paragraphs, each cell three lines of running text or more, no head above
    // them: a page set in two columns whose paragraphs end on the same line, not a table.
    const proseInRows = width === 2 && wide && full >= 3 && rows.length >= 2 && rows.every((row) => row.every((cell) => cell.length >= 3 && proseColumn(cell)));
    if (proseInRows) {
      runs.push({ first, last, rows, head: false, prose: true });
      first = last;
    } else if (full >= 2 && (wide || full >= 3) && rows.length >= 2 && textual) {
      const head = rows.length >= 3 && rows[0]!.every((cell) => cell.length === 1 && namesColumn(cell[0]!));
      runs.push({ first, last, rows, head });
      first = last;
    } else if (ofFigures && full >= 3 && rows.length >= 3) {
      runs.push({ first, last, rows, head: false, figures: true });
      first = last;
    } else if (width === 2 && rows.length === 1 && full >= 3 && wide && rows[0]!.every(proseColumn)) {
      // One row of two cells of running text, each three lines or more: not a table, but a page set
      // in two columns.
      runs.push({ first, last, rows, head: false, prose: true });
      first = last;
    }
  }
  return runs;
}

/** "| Knelpunt | Oplossing |": a row of a table written with bars, as a PDF converted to Markdown gives it. */
const pipeRow = /^\|(?:[^|]*\|){2,}\s*$/u;
/** "| --- | :---: |": the line under a table's head. */
const pipeRule = /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u;

/** The cells of a row written with bars, each a part of the line without the bars and the spaces around its text. */
function pipeCells(line: Line): Line[] {
  const text = line.content.text;
  const cells: Line[] = [];
  let from = text.indexOf('|') + 1;
  for (let to = text.indexOf('|', from); to >= 0; from = to + 1, to = text.indexOf('|', from)) {
    const cell = text.slice(from, to);
    const start = from + (cell.length - cell.trimStart().length);
    // An empty cell ("|  |") is an empty part at its place.
    const end = Math.max(start, to - (cell.length - cell.trimEnd().length));
    cells.push({ index: line.index, content: sliceMapped(line.content, start, end), indent: line.indent + start, blank: false });
  }
  return cells;
}

/**
 * A table written with bars from `first` on: each row a line, its head the row above "| --- |".
 * Rows with as many cells as the first, one after another; at least two rows with text.
 */
function pipeRun(lines: Line[], first: number): ColumnRun | undefined {
  const opening = lines[first];
  if (!opening || opening.blank || !pipeRow.test(opening.content.text) || pipeRule.test(opening.content.text)) return undefined;
  const width = pipeCells(opening).length;
  const rows: ColumnRow[] = [];
  let head = false;
  let last = first;
  for (let position = first; position < lines.length; position++) {
    const line = lines[position]!;
    if (line.blank || !pipeRow.test(line.content.text)) break;
    last = position;
    if (pipeRule.test(line.content.text)) {
      head ||= rows.length === 1;
      continue;
    }
    const cells = pipeCells(line);
    if (cells.length !== width) break;
    // An empty cell adds no text: it stays out of the row.
    rows.push(cells.map((cell) => (cell.content.text ? [cell] : [])));
  }
  return rows.length >= 2 && width >= 2 ? { first, last, rows, head } : undefined;
}

/** The gap a tab makes between two cells, with any spaces around it; tabs one after another align, and are one gap. */
const tabGap = /[^\S\t]*\t\s*/gu;

/** The pieces of a line between its tabs; undefined when it has none between its text. */
function tabPieces(line: Line): Piece[] | undefined {
  const text = line.content.text;
  if (line.blank || !text.includes('\t')) return undefined;
  const pieces: Piece[] = [];
  let from = 0;
  for (const found of matchesOf(tabGap, text)) {
    pieces.push({ from, to: found.index, at: line.indent + from, wide: true });
    from = found.index + found[0].length;
  }
  pieces.push({ from, to: text.length, at: line.indent + from, wide: true });
  // "•\tZorg voor …", "1.\tMaak …": a tab after an item's bullet or number, as a word processor's list has.
  return pieces.length >= 2 && /\p{L}{2}/u.test(text.slice(pieces[0]!.from, pieces[0]!.to)) && !bulletPattern.test(text) && !numberedPattern.test(text) ? pieces : undefined;
}

/**
 * A table whose cells are set apart by tabs, as a table copied from a word processor gives it
 * ("Maatregel\tKosten per jaar\tWie"): each row a line, the tabs of one line not under those of
 * the next. Rows with as many cells as the first, one after another, at least two, one cell with
 * running text; not fields of a letterhead ("Datum\t10 september 2025", "Kenmerk\t…"). Its head:
 * a first row of a few words per cell above at least two rows.
 */
function tabRun(lines: Line[], first: number): ColumnRun | undefined {
  const opening = tabPieces(lines[first]!);
  if (!opening) return undefined;
  const rows: ColumnRow[] = [];
  let last = first;
  for (let position = first; position < lines.length; position++) {
    const line = lines[position]!;
    const pieces = tabPieces(line);
    if (pieces?.length !== opening.length || fieldLabels.test(line.content.text)) break;
    rows.push(pieces.map((piece) => [part(line, piece)]));
    last = position;
  }
  if (rows.length < 2 || !rows.some((row) => row.some((cell) => runningText(cell[0]!)))) return undefined;
  const head = rows.length >= 3 && rows[0]!.every((cell) => namesColumn(cell[0]!));
  return { first, last, rows, head };
}
