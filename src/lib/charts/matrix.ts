import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import { round, textWidth, truncate, xml } from './svg.ts';

export interface MatrixAxisItem {
  id: string;
  label: string;
  href: string;
}

export interface MatrixCell {
  row: string;
  column: string;
  count: number;
  href: string;
  /** Accessible description of the cell, also shown as a tooltip. */
  title: string;
}

export interface MatrixInput {
  /** What the chart shows, for its accessible name. */
  title: string;
  rows: MatrixAxisItem[];
  columns: MatrixAxisItem[];
  cells: MatrixCell[];
}

export interface MatrixOptions {
  cell?: number;
  fontSize?: number;
  maxRowLabel?: number;
  maxColumnLabel?: number;
}

/**
 * A matrix of rows × columns with a circle per non-empty cell, its area proportional to the count.
 * Pure: data in, SVG markup out. Every mark is a link (keyboard-focusable) with a <title>.
 */
export function matrixSvg(input: MatrixInput, options: MatrixOptions = {}): string {
  const cell = options.cell ?? 24;
  const fontSize = options.fontSize ?? 12;
  const rowLabels = input.rows.map((row) => truncate(row.label, options.maxRowLabel ?? 40));
  const columnLabels = input.columns.map((column) => truncate(column.label, options.maxColumnLabel ?? 28));
  const left = round(Math.min(Math.max(0, ...rowLabels.map((label) => textWidth(label, fontSize))) + 12, 320));
  // Column labels stand at 45°: their height is their width times sin 45°.
  const top = round(Math.max(0, ...columnLabels.map((label) => textWidth(label, fontSize))) * Math.SQRT1_2 + 16);
  const width = round(left + input.columns.length * cell + top * 0.75);
  const height = round(top + input.rows.length * cell + 8);
  const radius = scaleSqrt().domain([0, max(input.cells, (entry) => entry.count) ?? 1]).range([0, cell / 2 - 2]);
  const rowIndex = new Map(input.rows.map((row, index) => [row.id, index]));
  const columnIndex = new Map(input.columns.map((column, index) => [column.id, index]));
  const x = (index: number) => round(left + index * cell);
  const y = (index: number) => round(top + index * cell);

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="matrix" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${xml(input.title)}" font-size="${fontSize}">`);
  input.rows.forEach((row, index) => {
    parts.push(`<rect class="band row-band" data-row="${xml(row.id)}" x="0" y="${y(index)}" width="${round(left + input.columns.length * cell)}" height="${cell}"/>`);
  });
  input.columns.forEach((column, index) => {
    parts.push(`<rect class="band column-band" data-column="${xml(column.id)}" x="${x(index)}" y="0" width="${cell}" height="${round(top + input.rows.length * cell)}"/>`);
  });
  input.rows.forEach((row, index) => {
    parts.push(`<a class="label row-label" data-row="${xml(row.id)}" href="${xml(row.href)}"><title>${xml(row.label)}</title><text x="${round(left - 8)}" y="${round(y(index) + cell / 2)}" text-anchor="end" dominant-baseline="central">${xml(rowLabels[index]!)}</text></a>`);
  });
  input.columns.forEach((column, index) => {
    const cx = round(x(index) + cell / 2);
    parts.push(`<a class="label column-label" data-column="${xml(column.id)}" href="${xml(column.href)}"><title>${xml(column.label)}</title><text transform="translate(${cx} ${round(top - 6)}) rotate(-45)" dominant-baseline="central">${xml(columnLabels[index]!)}</text></a>`);
  });
  for (const entry of input.cells) {
    const row = rowIndex.get(entry.row);
    const column = columnIndex.get(entry.column);
    if (row === undefined || column === undefined || entry.count <= 0) continue;
    const cx = round(x(column) + cell / 2);
    const cy = round(y(row) + cell / 2);
    parts.push(
      `<a class="mark" data-row="${xml(entry.row)}" data-column="${xml(entry.column)}" href="${xml(entry.href)}" aria-label="${xml(entry.title)}"><title>${xml(entry.title)}</title><rect class="hit" x="${x(column)}" y="${y(row)}" width="${cell}" height="${cell}"/><circle cx="${cx}" cy="${cy}" r="${round(Math.max(3, radius(entry.count)))}"/></a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A size legend for the matrix: which circle means how many. */
export function sizeLegendSvg(counts: number[], maximum: number, label: (count: number) => string, options: { cell?: number; fontSize?: number } = {}): string {
  const cell = options.cell ?? 24;
  const fontSize = options.fontSize ?? 12;
  const radius = scaleSqrt().domain([0, maximum || 1]).range([0, cell / 2 - 2]);
  const items = counts.map((count) => ({ count, text: label(count) }));
  let x = 0;
  const parts = items.map((item) => {
    const cx = round(x + cell / 2);
    const part = `<circle cx="${cx}" cy="${round(cell / 2)}" r="${round(Math.max(3, radius(item.count)))}"/><text x="${round(x + cell + 4)}" y="${round(cell / 2)}" dominant-baseline="central">${xml(item.text)}</text>`;
    x += cell + 8 + textWidth(item.text, fontSize) + 16;
    return part;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="legend" viewBox="0 0 ${round(x)} ${cell}" width="${round(x)}" height="${cell}" font-size="${fontSize}" aria-hidden="true">${parts.join('')}</svg>`;
}
