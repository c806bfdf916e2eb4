import type { Root } from 'mdast';
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

/** A note at the foot of a page, read after the paragraph it interrupted: its source range and where that paragraph ends. */
export interface MovedNote {
  start: number;
  end: number;
  after: number;
}

/**
 * The notes the layout repair put after the paragraph they interrupt ("… moeten daardoor" [notes]
 * "bezuinigen op …"), read from the tree: a note that starts before the end of the block above it.
 */
export function movedNotes(tree: Root): MovedNote[] {
  const moved: MovedNote[] = [];
  let end: number | undefined;
  for (const node of tree.children) {
    const position = node.position;
    if (node.type !== 'footnoteDefinition') end = position?.end.offset;
    else if (position?.start.offset !== undefined && position.end.offset !== undefined && end !== undefined && end > position.start.offset) {
      // From the start of its line: the note's number is printed before its text.
      moved.push({ start: position.start.offset - (position.start.column - 1), end: position.end.offset, after: end });
    }
  }
  return moved;
}

/**
 * The source's letters and digits without the removed page furniture, with notes at the foot of a
 * page after the paragraph they interrupt (`moved`). Comparing it with `treeStream` proves that no
 * word of the letter was lost or invented by the layout repair.
 */
export function sourceStream(source: string, removed: RemovedArtifact[], moved: MovedNote[] = []): string {
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
