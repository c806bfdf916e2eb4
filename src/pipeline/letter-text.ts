import type { BlockContent, DefinitionContent, FootnoteDefinition, List, PhrasingContent, Root, RootContent } from 'mdast';
import { noOffsets } from './mapped-text.ts';
import type { Sentence } from './sentences.ts';

/** A run of text belonging to one sentence (or to none: layout text such as signatures). */
export type Inline = { type: 'text'; value: string; sentence?: number } | { type: 'ref'; footnote: string; label: string };

export type TextBlock =
  | { type: 'heading'; depth: number; role?: string; line: number; inlines: Inline[] }
  | { type: 'paragraph'; role?: string; column?: number; line: number; inlines: Inline[] }
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
  // Sentences come in reading order, which is not the source's where columns are read in turn:
  // look them up by where they start.
  const byStart = sentences.map((_, index) => index).sort((a, b) => sentences[a]!.start - sentences[b]!.start);
  /** The place in `byStart` of the first sentence that starts at or after `offset`. */
  const firstFrom = (offset: number) => {
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sentences[byStart[middle]!]!.start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const inlines = (children: PhrasingContent[]): Inline[] => {
    // The block's own sentences: those that start in its text. Most blocks hold one stretch of the
    // source, but a table's cells interleave line by line, so a neighbouring cell's sentence can
    // span this one's characters; only a sentence of this block may claim them.
    const texts = children.filter((child) => child.type === 'text');
    const mapped = texts.map((child) => child.data?.offsets ?? noOffsets);
    let low = Number.POSITIVE_INFINITY;
    let high = -1;
    texts.forEach((child, index) => {
      if (!child.value.length) return;
      low = Math.min(low, mapped[index]![0]!);
      high = Math.max(high, mapped[index]![child.value.length - 1]!);
    });
    const own: number[] = [];
    for (let place = firstFrom(low); place < byStart.length && sentences[byStart[place]!]!.start <= high; place++) {
      const index = byStart[place]!;
      if (texts.some((child, at) => holds(mapped[at]!, child.value.length, sentences[index]!.start))) own.push(index);
    }
    const sentenceAt = (offset: number, from: number) => {
      for (let index = from; index < own.length; index++) {
        const sentence = sentences[own[index]!]!;
        if (offset < sentence.start) return undefined;
        if (offset < sentence.end) return index;
      }
      return undefined;
    };

    const result: Inline[] = [];
    // Offsets rise through a block: follow its sentences along, and cut the text into runs of one
    // sentence each (spaces between sentences belong to none).
    let known = 0;
    for (const child of children) {
      if (child.type === 'footnoteReference') {
        result.push({ type: 'ref', footnote: footnoteId(child.identifier), label: child.data?.number ?? child.label ?? child.identifier });
      } else if (child.type === 'text') {
        const offsets = child.data?.offsets ?? noOffsets;
        const { value } = child;
        let runStart = 0;
        let runSentence: number | undefined;
        for (let index = 0; index <= value.length; index++) {
          let sentence: number | undefined;
          // Most characters go on in the sentence the one before was in: on to where it ends.
          if (index > runStart && runSentence !== undefined) {
            const { start, end } = sentences[runSentence]!;
            while (index < value.length && offsets[index]! >= start && offsets[index]! < end) index++;
          }
          if (index < value.length) {
            const found = sentenceAt(offsets[index] ?? -1, known);
            if (found !== undefined) known = found;
            sentence = found === undefined ? undefined : own[found];
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
    else if (node.type === 'paragraph') blocks.push({ type: 'paragraph', ...role, ...(node.data?.column === undefined ? {} : { column: node.data.column }), line: line(node), inlines: inlines(node.children) });
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

/** Whether rising offsets hold `offset` among their first `length` (a binary search). */
function holds(offsets: Int32Array, length: number, offset: number): boolean {
  let low = 0;
  let high = length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = offsets[middle]!;
    if (value === offset) return true;
    if (value < offset) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
