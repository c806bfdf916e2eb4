import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * A readable, exact outline of a letter tree: one line per block with its type, role and source
 * line (a list's items under it, sub-items further in), and the text with footnote references shown as [^id]. Fixture `expected.txt` files use it.
 */
export function outline(tree: Root): string {
  return tree.children.map((node) => describe(node, '')).join('\n');
}

function describe(node: RootContent, indent: string): string {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'list') {
    const head = `${indent}list${node.ordered ? ` ordered start=${node.start}` : ''} L${line}`;
    // A sub-item (level 1) one step further in, under the item it belongs to.
    return [head, ...node.children.map((item) => `${indent}${item.data?.level ? '    ' : '  '}- ${inline(item)}`)].join('\n');
  }
  const role = (node.type === 'paragraph' || node.type === 'heading') && node.data?.role ? `/${node.data.role}` : '';
  const depth = node.type === 'heading' ? node.depth : '';
  const label = node.type === 'footnoteDefinition' ? `[${node.label}]` : '';
  return `${indent}${node.type}${depth}${role}${label} L${line}: ${inline(node)}`;
}

function inline(node: RootContent | Root | import('mdast').ListItem): string {
  if ('children' in node) {
    return (node.children as RootContent[])
      .map((child) => (child.type === 'footnoteReference' ? `[^${child.label}]` : child.type === 'text' ? child.value : inline(child)))
      .join('');
  }
  return toString(node);
}
