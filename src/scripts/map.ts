import { select } from 'd3-selection';

type Mark = SVGAElement & { dataset: DOMStringMap };

/**
 * Enhances a static matrix: focus or hover on a mark highlights its row and column; the marks
 * form one tab stop and the arrow keys move between them (roving tabindex); Enter follows the link.
 */
export function enhanceMatrix(svg: SVGSVGElement): void {
  const root = select(svg);
  const marks = [...svg.querySelectorAll<Mark>('a.mark')];
  if (!marks.length) return;
  const rows = [...new Set([...svg.querySelectorAll<SVGElement>('.row-band')].map((band) => band.dataset.row!))];
  const columns = [...new Set([...svg.querySelectorAll<SVGElement>('.column-band')].map((band) => band.dataset.column!))];
  const position = (mark: Mark) => ({ row: rows.indexOf(mark.dataset.row!), column: columns.indexOf(mark.dataset.column!) });

  const highlight = (mark: Mark | undefined) => {
    root.classed('has-active', Boolean(mark));
    root.selectAll<SVGElement, unknown>('[data-row], [data-column]').classed('active', function () {
      if (!mark) return false;
      const { row, column } = this.dataset;
      return (row !== undefined && row === mark.dataset.row && (column === undefined || column === mark.dataset.column)) || (column !== undefined && column === mark.dataset.column && row === undefined);
    });
  };

  marks.forEach((mark, index) => mark.setAttribute('tabindex', index === 0 ? '0' : '-1'));
  const moveTo = (mark: Mark) => {
    for (const other of marks) other.setAttribute('tabindex', other === mark ? '0' : '-1');
    mark.focus();
  };

  root
    .selectAll<Mark, unknown>('a.mark')
    .on('mouseenter focus', function () {
      highlight(this);
    })
    .on('mouseleave blur', () => highlight(undefined))
    .on('keydown', function (event: KeyboardEvent) {
      const delta = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[event.key];
      if (!delta) return;
      event.preventDefault();
      const from = position(this);
      // The nearest mark in that direction: same line first, then the closest line.
      const candidates = marks
        .map((mark) => ({ mark, ...position(mark) }))
        .filter((candidate) => (delta[0] ? Math.sign(candidate.row - from.row) === delta[0] : Math.sign(candidate.column - from.column) === delta[1]))
        .sort((a, b) =>
          delta[0]
            ? Math.abs(a.row - from.row) - Math.abs(b.row - from.row) || Math.abs(a.column - from.column) - Math.abs(b.column - from.column)
            : Math.abs(a.column - from.column) - Math.abs(b.column - from.column) || Math.abs(a.row - from.row) - Math.abs(b.row - from.row),
        );
      if (candidates[0]) moveTo(candidates[0].mark);
    });
}

/** Enhances the network: focus or hover on a node or link highlights what it connects. */
export function enhanceNetwork(svg: SVGSVGElement): void {
  const root = select(svg);
  const highlight = (element: SVGElement | undefined) => {
    root.classed('has-active', Boolean(element));
    const row = element?.dataset.row;
    const column = element?.dataset.column;
    root.selectAll<SVGElement, unknown>('.link, .node').classed('active', function () {
      if (!element) return false;
      return (row !== undefined && this.dataset.row === row) || (column !== undefined && this.dataset.column === column);
    });
  };
  root
    .selectAll<SVGElement, unknown>('.link, .node')
    .on('mouseenter focus', function () {
      highlight(this);
    })
    .on('mouseleave blur', () => highlight(undefined));
}
