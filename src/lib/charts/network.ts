import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { MatrixInput } from './matrix.ts';
import { round, textWidth, truncate, xml } from './svg.ts';

/**
 * Bipartite network: rows (recurring asks) on the left, columns (letters) on the right, a link per
 * non-empty cell, its width by count. Pure: data in, SVG markup out.
 */
export function networkSvg(input: MatrixInput, options: { gap?: number; fontSize?: number; maxLabel?: number } = {}): string {
  const gap = options.gap ?? 26;
  const fontSize = options.fontSize ?? 12;
  const rowLabels = input.rows.map((row) => truncate(row.label, options.maxLabel ?? 40));
  const columnLabels = input.columns.map((column) => truncate(column.label, options.maxLabel ?? 40));
  const left = round(Math.max(0, ...rowLabels.map((label) => textWidth(label, fontSize))) + 16);
  const right = round(Math.max(0, ...columnLabels.map((label) => textWidth(label, fontSize))) + 16);
  const span = 320;
  const width = round(left + span + right);
  const rowsHeight = input.rows.length * gap;
  const columnsHeight = input.columns.length * gap;
  const height = round(Math.max(rowsHeight, columnsHeight) + gap);
  const rowY = (index: number) => round(gap / 2 + index * gap + (height - gap - rowsHeight) / 2 + gap / 2);
  const columnY = (index: number) => round(gap / 2 + index * gap + (height - gap - columnsHeight) / 2 + gap / 2);
  const stroke = scaleLinear().domain([1, max(input.cells, (entry) => entry.count) ?? 1]).range([1.5, 8]).clamp(true);
  const rowIndex = new Map(input.rows.map((row, index) => [row.id, index]));
  const columnIndex = new Map(input.columns.map((column, index) => [column.id, index]));
  const x0 = left;
  const x1 = round(left + span);

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${xml(input.title)}" font-size="${fontSize}">`);
  for (const entry of input.cells) {
    const row = rowIndex.get(entry.row);
    const column = columnIndex.get(entry.column);
    if (row === undefined || column === undefined || entry.count <= 0) continue;
    const ya = rowY(row);
    const yb = columnY(column);
    const middle = round((x0 + x1) / 2);
    parts.push(`<a class="link" data-row="${xml(entry.row)}" data-column="${xml(entry.column)}" href="${xml(entry.href)}" aria-label="${xml(entry.title)}"><title>${xml(entry.title)}</title><path d="M${x0} ${ya}C${middle} ${ya} ${middle} ${yb} ${x1} ${yb}" stroke-width="${round(stroke(entry.count))}"/></a>`);
  }
  input.rows.forEach((row, index) => {
    parts.push(`<a class="node row-node" data-row="${xml(row.id)}" href="${xml(row.href)}"><title>${xml(row.label)}</title><circle cx="${x0}" cy="${rowY(index)}" r="5"/><text x="${round(x0 - 10)}" y="${rowY(index)}" text-anchor="end" dominant-baseline="central">${xml(rowLabels[index]!)}</text></a>`);
  });
  input.columns.forEach((column, index) => {
    parts.push(`<a class="node column-node" data-column="${xml(column.id)}" href="${xml(column.href)}"><title>${xml(column.label)}</title><circle cx="${x1}" cy="${columnY(index)}" r="5"/><text x="${round(x1 + 10)}" y="${columnY(index)}" dominant-baseline="central">${xml(columnLabels[index]!)}</text></a>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
