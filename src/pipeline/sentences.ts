import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { MappedText } from './mapped-text.ts';
import { inOneByte } from './one-byte.ts';
import { joinMapped, noOffsets, sliceMapped } from './mapped-text.ts';
import { matchesOf } from './matches.ts';
import { whoColumn } from './layout/columns.ts';
import { tableColumnGap } from './layout/lines.ts';
import { placeFinder, warn } from './messages.ts';
import { sentenceRanges } from './sentence-ranges.ts';
import type { Position } from 'unist';
import { numberedLabel } from './item-label.ts';
import { politeRequest } from './polite-request.ts';
import { mentionedNotes, notesByNumber } from './note-mentions.ts';

export type BlockKind = 'heading' | 'paragraph' | 'listItem';

export interface Sentence {
  text: string;
  /** Source offsets (decoded text) of the first and one past the last character. */
  start: number;
  end: number;
  position: Position;
  /** Identifiers of the footnotes whose markers fall in this sentence. */
  footnotes: string[];
  block: { kind: BlockKind; index: number; sentence: number; sentences: number };
  /** Nearest heading above the sentence. */
  section?: string;
  /** What introduces the list this item belongs to: a sentence ("Wat hebben we … nodig?") or the heading right above it. */
  leadIn?: string;
  /** A short label opening a list item ("Inkomen.") rather than a statement. */
  label: boolean;
  /** In a cell of a table of text: its column's head is its lead-in. */
  inTable?: boolean;
  /** In a table's row with a column of who must act ("Wie", "Aan zet"): that cell's text. */
  rowActor?: string;
}

/** Splits every block of running text into sentences, Dutch abbreviations included (nlcst). */
export function letterSentences() {
  return (tree: Root, file: VFile) => {
    const find = placeFinder(file.data.source ?? '');
    const notes = notesByNumber(tree);
    const sentences: Sentence[] = [];
    let section: string | undefined;
    let previousText: string | undefined;
    let previousHeading: string | undefined;
    let blockIndex = 0;

    const addBlock = (node: Paragraph | Heading, kind: BlockKind, leadIn?: string, inTable = false, rowActor?: string) => {
      const { text, markers } = inlineText(node.children);
      const found = sentenceRanges(text.text);
      if (found.length === 0 && text.text.trim()) found.push({ start: 0, end: text.text.length });
      resplit(text.text, found);
      // A motion opens "De Kamer, …": looked for only in blocks that hold those words.
      if (text.text.includes('Kamer,')) splitMotion(text.text, found);
      // "2.1 Bevries de huren", "Aanbeveling 1: Investeer …": a heading's number is its label, not part of what it says.
      const number = kind === 'heading' ? sectionNumber.exec(text.text) : null;
      if (number && found[0] && found[0].start < number[0].length && found[0].end > number[0].length) found[0] = { ...found[0], start: number[0].length };
      found.forEach((range, position) => {
        // Indices into the block's text and its source map: no copy per sentence.
        const piece = text.text.slice(range.start, range.end);
        const trimmedStart = piece.length - piece.trimStart().length;
        const value = piece.trim();
        if (!value) return;
        const start = text.offsets[range.start + trimmedStart] ?? 0;
        const end = (text.offsets[range.start + trimmedStart + value.length - 1] ?? start) + 1;
        const next = found[position + 1]?.start ?? Number.POSITIVE_INFINITY;
        const footnotes = markers.filter((marker) => marker.at > range.start && marker.at <= Math.min(next, text.text.length)).map((marker) => marker.identifier);
        // "(zie noot 3)": the note referred to in words is cited too.
        for (const number of notes.size ? mentionedNotes(value) : []) {
          const identifier = notes.get(number)?.identifier;
          if (identifier && !footnotes.includes(identifier)) footnotes.push(identifier);
        }
        sentences.push({
          // Every cue, the recurring asks' words and the claim's id run on it.
          text: inOneByte(value),
          start,
          end,
          position: { start: find(start), end: find(end) },
          footnotes,
          block: { kind, index: blockIndex, sentence: position, sentences: found.length },
          section: kind === 'heading' ? undefined : section,
          leadIn,
          label: kind === 'listItem' && position === 0 && found.length > 1 && /\.$/u.test(value) && value.split(/\s+/u).length <= 6 && !/\b(is|zijn|was|waren|wordt|worden|werd|heeft|hebben|had|kan|kunnen|moet|moeten|zal|zullen|mag|mogen|blijft|blijven)\b/u.test(value),
          ...(inTable ? { inTable } : {}),
          ...(rowActor ? { rowActor } : {}),
        });
      });
      blockIndex++;
    };

    // A table of text: the cells of a column are its items, led in by its head.
    let columnHeads: string[] = [];
    let tableWarned = false;
    // The row's cell under a column of who must act, found when the row's first cell is reached.
    let rowActor: string | undefined;
    const walk = (nodes: RootContent[]) => {
      nodes.forEach((node, index) => {
        if (node.type === 'paragraph' && node.data?.role === 'column-head') {
          const column = node.data.column ?? 0;
          if (column === 0) columnHeads = [];
          columnHeads[column] = inlineText(node.children).text.text;
          return;
        }
        if (node.type === 'paragraph' && node.data?.role === 'cell') {
          const column = node.data.column ?? 0;
          if (column === 0) rowActor = actorCell(nodes, index, columnHeads.findIndex((head) => whoColumn.test(head)));
          const head = columnHeads[column];
          addBlock(node, head ? 'listItem' : 'paragraph', head, true, rowActor);
          previousText = previousHeading = undefined;
          return;
        }
        columnHeads = [];
        if (node.type === 'paragraph' && node.data?.role === 'table') {
          // Rows that could not be read cell by cell are shown as printed; when they hold
          // running text, their cells are not read for claims: say so.
          const cells = inlineText(node.children).text.text.trim().split(tableColumnGap);
          // A table's first row may name its columns in words ("Tekort gemeenten op jeugdzorg (mln euro)").
          const above = nodes[index - 1];
          const first = above?.type !== 'paragraph' || above.data?.role !== 'table';
          if (!tableWarned && !first && cells.some((text) => /(\S*\p{L}{2,}\S*\s+){2,}\S*\p{L}{2,}/u.test(text.trim())) && node.position) {
            warn(file, `A table of ${cells.length} columns holds running text, but it cannot be read cell by cell (its columns do not line up from row to row, or where one row ends and the next begins is unclear): it is shown as printed, and its cells are not read for asks and problems`, node.position, 'table-of-text-unread');
            tableWarned = true;
          }
          return;
        }
        tableWarned = false;
        if (node.type === 'heading' && !node.data?.role) {
          addBlock(node, 'heading');
          section = inlineText(node.children).text.text;
          previousText = undefined;
          previousHeading = section;
        } else if (node.type === 'paragraph' && node.data?.role === 'salutation') {
          // "Geachte …" opens the letter: a heading above it (a box of key messages) heads nothing below it.
          section = previousText = previousHeading = undefined;
        } else if (node.type === 'paragraph' && !node.data?.role) {
          addBlock(node, 'paragraph');
          previousText = inlineText(node.children).text.text;
          previousHeading = undefined;
        } else if (node.type === 'list') {
          // A list right under its heading ("Onze aanbevelingen") is announced by that heading.
          const leadIn = previousHeading ?? listLeadIn(previousText);
          for (const item of node.children) {
            for (const child of item.children) if (child.type === 'paragraph') addBlock(child, 'listItem', leadIn);
          }
          const last = node.children.at(-1)?.children.at(-1);
          previousText = last?.type === 'paragraph' ? inlineText(last.children).text.text : undefined;
          previousHeading = undefined;
        }
      });
    };
    walk(tree.children);
    file.data.sentences = sentences;
  };
}

/** The text of the row's cell in column `column`, the row starting at `first` among the tree's nodes. */
function actorCell(nodes: RootContent[], first: number, column: number): string | undefined {
  if (column < 0) return undefined;
  for (let index = first; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== 'paragraph' || node.data?.role !== 'cell' || (index > first && !node.data.column)) return undefined;
    if (node.data.column === column) return inlineText(node.children).text.text;
  }
  return undefined;
}

/**
 * The sentence that announces a list: the last of the text before it, ending in a colon or a
 * question ("Wat hebben we van het rijk nodig?"). A request ("Wilt u de minister vragen …?") asks
 * something itself; it announces nothing.
 */
export function listLeadIn(previous: string | undefined): string | undefined {
  const last = previous?.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1);
  if (!last || !/[:?]$/u.test(last) || politeRequest.test(last)) return undefined;
  return last;
}

const sectionNumber = new RegExp(String.raw`^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|${numberedLabel})\s+(?=\p{Lu})`, 'u');

/**
 * Boundaries nlcst misses: after a footnote number left as text ("stijgen.1 En"; not "artikel 3.1 Wmo") and after "zo.",
 * "op." and "al.", which it reads as abbreviations (zondag, opus, alinea) though in a letter they
 * end sentences: "De tekorten lopen op. De tabel …", "Dat weten we al. Toch …".
 */
const missedBoundary = /(?:(?<!\bet\s)\b(?:zo|op|al)\.|(?<!\d)[.!?]["'’”)]?\d{1,2})(?=\s+["'‘“]?\p{Lu})/gu;

/**
 * After a quoted title whose full stop the PDF lost, where a sentence plainly starts: "… het
 * programma ‘Een Thuis voor iedereen’ Alle gemeenten zouden …" (mid-sentence, the word after a
 * title is in lower case; "‘Een thuis’ De Bilt" names a place). Looked for only in text with a
 * closing quote.
 */
const sentenceOpener = String.raw`(?=\s+(?:Alle|Als|Bij|Bovendien|Daarbij|Daardoor|Daarmee|Daarom|Daarnaast|Dat|De|Deze|Dit|Door|Dus|Een|Er|Gemeenten|Geen|Het|Hierbij|Hierdoor|Hiervoor|In|Maar|Met|Niet|Nu|Ons|Onze|Ook|Op|Steeds|Tegelijk|Toch|Veel|Verder|Voor|Want|We|Wij|Ze|Zij|Zo|Zonder)\s+\p{Ll})`;
const quotedTitleEnd = new RegExp(String.raw`‘[^‘’]{1,80}’${sentenceOpener}|“[^“”]{1,80}”${sentenceOpener}`, 'gu');
/** "Het tekort is 3 mld. Wij vragen u …": an abbreviation that can end a sentence, where one plainly starts. */
const abbreviationEnd = new RegExp(String.raw`\b(?:mln|mld|mrd|jl|etc|enz|e\.d|e\.a)\.${sentenceOpener}`, 'gu');
/**
 * "… hebben energielabel E, F of G. Huurders in deze woningen …": a lone capital ending a list of
 * labels or a class, which nlcst reads as a person's initial, ends the sentence before a capital.
 */
const labelLetterEnd = /(?:\b\p{Lu}(?:,\s+\p{Lu})*\s+(?:of|en|tot)\s+\p{Lu}|\b(?:label|labels|energielabel|energielabels|klasse|categorie|niveau|schaal)\s+\p{Lu})\.(?=\s+["'‘“]?\p{Lu}\p{Ll})/gu;

/**
 * A draft motion printed as one paragraph ("De Kamer, gehoord de beraadslaging, constaterende dat
 * …; overwegende dat …; verzoekt de regering …, en gaat over tot de orde van de dag.") is one
 * sentence by its full stops, but each of its clauses states or asks something of its own.
 */
const motionStart = /\bDe\s+(?:Tweede\s+|Eerste\s+)?Kamer,\s+(?:gehoord\s+de\s+beraadslaging|constaterende|overwegende)\b/u;
const motionClause = /[,;]\s+(?=(?:(?:en|voorts|tevens)\s+)?(?:constaterende|overwegende|(?:van\s+mening|van\s+oordeel)\s+dat|spreekt\s+uit|verzoekt|roept|draagt|besluit|gaat\s+over\s+tot\s+de\s+orde)\b)/gu;

function splitMotion(text: string, ranges: Array<{ start: number; end: number }>): void {
  for (let index = ranges.length - 1; index >= 0; index--) {
    const range = ranges[index]!;
    const piece = text.slice(range.start, range.end);
    const start = motionStart.exec(piece);
    if (!start) continue;
    const cuts = [...piece.slice(start.index).matchAll(motionClause)].map((match) => range.start + start.index + match.index + 1);
    if (start.index > 0) cuts.unshift(range.start + start.index);
    const bounds = [range.start, ...cuts, range.end];
    ranges.splice(index, 1, ...bounds.slice(1).map((end, at) => ({ start: bounds[at]!, end })));
  }
}

function resplit(text: string, ranges: Array<{ start: number; end: number }>): void {
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index]!;
    const piece = text.slice(range.start, range.end);
    const quoted = piece.includes('’') || piece.includes('”') ? matchesOf(quotedTitleEnd, piece) : [];
    const abbreviated = piece.includes('.') ? [...matchesOf(abbreviationEnd, piece), ...matchesOf(labelLetterEnd, piece)] : [];
    const matches = [...matchesOf(missedBoundary, piece), ...quoted, ...abbreviated].sort((a, b) => a.index - b.index);
    for (const match of matches) {
      const cut = range.start + match.index + match[0].length;
      if (cut >= range.end - 1) continue;
      ranges.splice(index, 1, { start: range.start, end: cut }, { start: cut, end: range.end });
      break;
    }
  }
}

interface Marker {
  at: number;
  identifier: string;
}

/** Text of a block without footnote markers, and where each marker stood. */
export function inlineText(children: PhrasingContent[]): { text: MappedText; markers: Marker[] } {
  const pieces: MappedText[] = [];
  const markers: Marker[] = [];
  let length = 0;
  for (const child of children) {
    if (child.type === 'text') {
      const offsets = child.data?.offsets ?? noOffsets;
      // "moeite om de huur te betalen [1].": with the marker out, the space before it goes too.
      const before = pieces.at(-1);
      const spaces = before && markers.at(-1)?.at === length && /^[.,;:!?)]/u.test(child.value) ? (/\s+$/u.exec(before.text)?.[0].length ?? 0) : 0;
      if (before && spaces) {
        pieces[pieces.length - 1] = sliceMapped(before, 0, before.text.length - spaces);
        length -= spaces;
        markers.at(-1)!.at = length;
      }
      pieces.push({ text: child.value, offsets });
      length += child.value.length;
    } else if (child.type === 'footnoteReference') {
      markers.push({ at: length, identifier: child.identifier });
    }
  }
  return { text: joinMapped(pieces), markers };
}

declare module 'vfile' {
  interface DataMap {
    sentences: Sentence[];
  }
}
