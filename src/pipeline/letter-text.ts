import type { BlockContent, DefinitionContent, FootnoteDefinition, List, PhrasingContent, Root, RootContent } from 'mdast';
import { noOffsets } from './mapped-text.ts';
import type { Sentence } from './sentences.ts';

/** A run of text belonging to one sentence (or to none: layout text such as signatures). */
export type Inline = { type: 'text'; value: string; sentence?: number } | { type: 'ref'; footnote: string; label: string };

export type TextBlock =
  | { type: 'heading'; depth: number; role?: string; line: number; inlines: Inline[] }
  | { type: 'paragraph'; role?: string; line: number; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; line: number; items: Array<{ number?: string; level?: number; line: number; inlines: Inline[] }> }
  | { type: 'note'; footnote: string; label: string; line: number; inlines: Inline[] };

export interface LetterSentence {
  index: number;
  text: string;
  line: number;
  endLine: number;
}

export interface LetterText {
  blocks: TextBlock[];
  sentences: LetterSentence[];
}

/**
 * The letter as the site shows it: every block of the repaired tree, its text split where
 * sentences begin and end, so claims can be marked in place and footnotes linked.
 * `footnoteId` maps tree identifiers to dataset footnote ids.
 */
export function letterText(tree: Root, sentences: Sentence[], footnoteId: (identifier: string) => string): LetterText {
  const bySentence = (offset: number) => {
    // Sentences are in document order; a binary search keeps long letters fast.
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentences[middle]!;
      if (offset < sentence.start) high = middle - 1;
      else if (offset >= sentence.end) low = middle + 1;
      else return middle;
    }
    return undefined;
  };

  const inlines = (children: PhrasingContent[]): Inline[] => {
    const result: Inline[] = [];
    for (const child of children) {
      if (child.type === 'footnoteReference') {
        result.push({ type: 'ref', footnote: footnoteId(child.identifier), label: child.data?.number ?? child.label ?? child.identifier });
      } else if (child.type === 'text') {
        const offsets = child.data?.offsets ?? noOffsets;
        const { value } = child;
        // Offsets rise through a text node: look the sentence up once, then follow it along, and
        // cut the text into runs of one sentence each (spaces between sentences belong to none).
        let known: number | undefined;
        let runStart = 0;
        let runSentence: number | undefined;
        for (let index = 0; index <= value.length; index++) {
          let sentence: number | undefined;
          if (index < value.length) {
            const offset = offsets[index] ?? -1;
            const cached = known === undefined ? undefined : sentences[known];
            sentence = cached && offset >= cached.start && offset < cached.end ? known : bySentence(offset);
            known = sentence;
            if (index > runStart && sentence === runSentence) continue;
          }
          if (index > runStart) {
            const text = value.slice(runStart, index);
            result.push(runSentence === undefined ? { type: 'text', value: text } : { type: 'text', value: text, sentence: runSentence });
          }
          runStart = index;
          runSentence = sentence;
        }
      }
    }
    return result;
  };

  const line = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
  const blocks: TextBlock[] = [];
  const add = (node: RootContent | BlockContent | DefinitionContent) => {
    const role = (node.type === 'heading' || node.type === 'paragraph') && node.data?.role ? { role: node.data.role } : {};
    if (node.type === 'heading') blocks.push({ type: 'heading', depth: node.depth, ...role, line: line(node), inlines: inlines(node.children) });
    else if (node.type === 'paragraph') blocks.push({ type: 'paragraph', ...role, line: line(node), inlines: inlines(node.children) });
    else if (node.type === 'list') blocks.push(list(node));
    else if (node.type === 'footnoteDefinition') blocks.push(note(node));
  };
  const list = (node: List): TextBlock => ({
    type: 'list',
    ordered: Boolean(node.ordered),
    line: line(node),
    items: node.children.map((item) => ({
      number: item.data?.number,
      ...(item.data?.level ? { level: item.data.level } : {}),
      line: line(item),
      inlines: item.children.flatMap((child) => (child.type === 'paragraph' ? inlines(child.children) : [])),
    })),
  });
  const note = (node: FootnoteDefinition): TextBlock => ({
    type: 'note',
    footnote: footnoteId(node.identifier),
    label: node.data?.number ?? node.label ?? node.identifier,
    line: line(node),
    inlines: node.children.flatMap((child) => (child.type === 'paragraph' ? inlines(child.children) : [])),
  });
  for (const node of tree.children) add(node);

  return {
    blocks,
    sentences: sentences.map((sentence, index) => ({ index, text: sentence.text, line: sentence.position.start.line, endLine: sentence.position.end.line })),
  };
}
