import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { RemovedArtifact } from './types.ts';

/** Letters and digits only, lowercased: the stream every word of a letter must survive in. */
export function letterStream(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The letters and digits of the tree in document order, footnote markers included. */
export function treeStream(tree: Root): string {
  let text = '';
  visit(tree, (node) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'footnoteReference') text += node.data?.number ?? '';
    else if (node.type === 'footnoteDefinition') text += node.data?.number ?? '';
    else if (node.type === 'listItem') text += node.data?.number ?? node.data?.bullet ?? '';
  });
  return letterStream(text);
}

/** Source text the tree reads later than it stands: its source range and the offset it is read after. */
export interface MovedText {
  start: number;
  end: number;
  after: number;
}

/**
 * What the layout repair reads out of source order, found in the tree:
 * - notes at the foot of a page, put after the paragraph they interrupt ("… moeten daardoor"
 *   [notes] "bezuinigen op …"): a note that starts before the end of the block above it;
 * - a table's cell, or a column of a page in two, read after the cells left of it though their lines alternate in the source:
 *   each piece of the cell that stands before the last character of those cells.
 */
export function movedText(tree: Root): MovedText[] {
  const moved: MovedText[] = [];
  let end: number | undefined;
  let rowEnd: number | undefined;
  for (const node of tree.children) {
    const position = node.position;
    if (node.type === 'footnoteDefinition') {
      if (position?.start.offset !== undefined && position.end.offset !== undefined && end !== undefined && end > position.start.offset) {
        // From the start of its line: the note's number is printed before its text.
        moved.push({ start: position.start.offset - (position.start.column - 1), end: position.end.offset, after: end });
      }
      continue;
    }
    end = position?.end.offset;
    // A table's cell, or a column of a page set in two columns.
    const cell = node.type === 'paragraph' && (node.data?.role === 'cell' || node.data?.role === 'column-head' || node.data?.column !== undefined);
    if (!cell) {
      rowEnd = undefined;
      continue;
    }
    // A row's cells, left to right: each is read after the cells left of it, so after the last of
    // their characters in the source.
    const first = (node.data?.column ?? 0) === 0;
    const after = first ? undefined : rowEnd;
    const cellEnd = node.position?.end.offset;
    rowEnd = first ? cellEnd : Math.max(rowEnd ?? 0, cellEnd ?? 0);
    if (after === undefined) continue;
    for (const piece of sourcePieces(node)) if (piece.start < after) moved.push({ ...piece, after });
  }
  return moved;
}

/**
 * The runs of source characters a node's text was joined from. A gap of a few characters (a
 * footnote marker the tree holds apart) stays in its run; the next line's cell is farther away.
 */
function sourcePieces(node: Root | RootContent): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  visit(node, 'text', (text) => {
    const offsets = text.data?.offsets;
    if (!offsets) return;
    for (let index = 0; index < text.value.length; index++) {
      const offset = offsets[index]!;
      const last = pieces.at(-1);
      if (last && offset >= last.end && offset <= last.end + 3) last.end = offset + 1;
      else if (!last || offset > last.end) pieces.push({ start: offset, end: offset + 1 });
    }
  });
  return pieces;
}

/**
 * The source's letters and digits without the removed page furniture, with the text the tree reads
 * later (`moved`: notes at the foot of a page, a table's cells right of the first) where the tree reads it.
 * Comparing it with `treeStream` proves that no word of the letter was lost or invented by the
 * layout repair.
 */
export function sourceStream(source: string, removed: RemovedArtifact[], moved: MovedText[] = []): string {
  const cuts = new Set<number>([0, source.length]);
  for (const artifact of removed) for (const offset of [artifact.position.start.offset, artifact.position.end.offset]) if (offset !== undefined) cuts.add(offset);
  for (const note of moved) cuts.add(note.start).add(note.end).add(note.after);
  const bounds = [...cuts].sort((a, b) => a - b);
  const pieces: Array<{ key: number; start: number; text: string }> = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const start = bounds[index]!;
    const end = bounds[index + 1]!;
    if (removed.some((artifact) => (artifact.position.start.offset ?? -1) <= start && end <= (artifact.position.end.offset ?? -1))) continue;
    const note = moved.find((candidate) => candidate.start <= start && end <= candidate.end);
    // Right after the last character of the paragraph the note interrupted.
    pieces.push({ key: note ? note.after - 0.5 : start, start, text: source.slice(start, end) });
  }
  pieces.sort((a, b) => a.key - b.key || a.start - b.start);
  return letterStream(pieces.map((piece) => piece.text).join(' '));
}
