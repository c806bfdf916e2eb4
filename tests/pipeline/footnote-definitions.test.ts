import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { footnoteDefinitions } from '../../src/pipeline/footnote-definitions.ts';
import { runLetter } from '../helpers/run.ts';

const note = (label: string): FootnoteDefinition => ({ type: 'footnoteDefinition', identifier: label, label, children: [{ type: 'paragraph', children: [{ type: 'text', value: `Bron ${label}.` }] }] });

describe('footnoteDefinitions', () => {
  it('finds the notes in document order, also inside blocks', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'De tekorten groeien.' }] },
        note('1'),
        { type: 'blockquote', children: [note('2')] },
        { type: 'list', children: [{ type: 'listItem', children: [note('3')] }] },
        note('4'),
      ],
    };
    expect(footnoteDefinitions(tree).map((node) => node.label)).toEqual(['1', '2', '3', '4']);
  });

  it('finds what visiting every node finds, in a letter with notes', async () => {
    const { tree } = await runLetter('Geachte leden,\n\nDe tekorten groeien.1 Gemeenten betalen bij.2\n\nMet vriendelijke groet,\n\nA. Bakker\n\n1 CPB, Raming 2025.\n2 VNG, Financiën 2025.\n');
    const visited: FootnoteDefinition[] = [];
    visit(tree, 'footnoteDefinition', (node) => {
      visited.push(node);
    });
    expect(visited).toHaveLength(2);
    expect(footnoteDefinitions(tree)).toEqual(visited);
  });
});
