import type { FootnoteDefinition, Root, RootContent } from 'mdast';

/**
 * The letter's notes in document order. Notes are block content: the walk goes through blocks and
 * lists, not into the text of paragraphs and headings, where no note can be. Three stages look the
 * notes up, and `visit` over every text node of the letter cost them 200 ms of the synthetic
 * letters' 5 seconds.
 */
export function footnoteDefinitions(tree: Root): FootnoteDefinition[] {
  const found: FootnoteDefinition[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'footnoteDefinition') found.push(node);
      if (node.type !== 'paragraph' && node.type !== 'heading' && 'children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}
