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

/**
 * The source's letters and digits without the removed page furniture. Comparing it with
 * `treeStream` proves that no word of the letter was lost or invented by the layout repair.
 */
export function sourceStream(source: string, removed: RemovedArtifact[]): string {
  let kept = '';
  let last = 0;
  for (const artifact of [...removed].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))) {
    kept += source.slice(last, artifact.position.start.offset ?? last);
    last = artifact.position.end.offset ?? last;
  }
  kept += source.slice(last);
  return letterStream(kept);
}
