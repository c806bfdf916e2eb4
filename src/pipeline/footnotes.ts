import type { FootnoteDefinition, FootnoteReference, Paragraph, Root, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { superscriptMarker } from './decode.ts';
import { gluedSymbolMarker } from './layout/zones.ts';
import { footnoteDefinitions } from './footnote-definitions.ts';
import { noOffsets } from './mapped-text.ts';
import { matchesOf } from './matches.ts';
import { mentionedNotes, notesByNumber } from './note-mentions.ts';
import type { PlaceFinder } from './messages.ts';
import { placeFinder, warn } from './messages.ts';

const numberedMarker =
  `${superscriptMarker}(\\d{1,3})|\\[(\\d{1,3})\\]|(?<=[\\p{L}.,;:!?)’”'"%])(\\d{1,2})(?=[\\s.,;:!?)’”]|$)` +
  // "(1)" closes what it annotates ("… de norm (1). De kosten …"); before words it enumerates them ("aan (1) het versterken …").
  `|(?<=[\\p{L}\\d.,;:!?)’”'"]\\s?)\\((\\d{1,3})\\)(?=[.,;:!?’”)]|\\s*$|\\s+\\p{Lu})`;
const markerPattern = new RegExp(numberedMarker, 'gu');
/**
 * "… tot 1,2 miljard euro in 20231.": a superscript after a year, run into it by the PDF's text
 * layer, after a word that dates; or after a figure grouped in thousands, whose last group then has
 * more than three digits ("opgelopen tot 17.0002."). Read only for notes otherwise never referenced.
 */
const markerAfterFigure = /(?<=\b(?:in|sinds|tot|vanaf|van|per|uit|eind|begin|medio|najaar|voorjaar|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jaar)\s+(?:19|20)\d\d|(?<![\d.,])\d{1,3}(?:\.\d{3})+)(\d{1,2})(?=[\s.,;:!?)’”]|$)/gu;
/** Also "verdubbeld*.": a symbol, looked for only in letters whose notes are marked so. */
const markerOrSymbolPattern = new RegExp(`${numberedMarker}|${gluedSymbolMarker.source}`, 'gu');

/**
 * Finds footnote markers in the running text and links them to their notes: superscripts,
 * `[1]`, digits glued to a word or punctuation (`zorg)1.`, `procent2 van`, `WRR5`), and `(1)`
 * where the notes are numbered so (elsewhere "(1) …, (2) …" enumerates), and "*" or "†" where notes are marked so.
 * Where numbering restarts per chapter, a marker lower than the one before opens the next chapter.
 */
export function letterFootnotes() {
  return (tree: Root, file: VFile) => {
    const definitions = footnoteDefinitions(tree);
    const chapters = [...new Set(definitions.map((node) => node.data?.chapter))];
    const parenthesisedNotes = definitions.some((node) => node.data?.parenthesised);
    const markers = definitions.some((node) => /^[*†‡]/u.test(node.data?.number ?? '')) ? markerOrSymbolPattern : markerPattern;
    const referenced = new Set<string>();
    const find = placeFinder(file.data.source ?? '');
    let chapterIndex = 0;
    let lastNumber = 0;

    replaceMarkers(tree, markers, find, (number, kind, offset) => {
      if (kind === 'parenthesised' && !parenthesisedNotes) return undefined;
      // A symbol is a marker only where a note has it; it does not count in the numbering.
      if (kind === 'symbol') {
        const found = definitions.find((definition) => definition.data?.number === number);
        if (found) referenced.add(found.identifier);
        return found;
      }
      const value = Number(number);
      if (chapters.length > 1 && value <= lastNumber && chapterIndex < chapters.length - 1) chapterIndex++;
      lastNumber = value;
      const chapter = chapters.length > 1 ? chapters[chapterIndex] : chapters[0];
      const found = definitions.find((definition) => definition.data?.number === number && definition.data?.chapter === chapter);
      if (found) {
        referenced.add(found.identifier);
        return found;
      }
      if (kind !== 'glued' || definitions.length === 0 || value <= definitions.length + 5) {
        warn(file, `Footnote marker \`${number}\` has no note${chapter ? ` in chapter “${chapter}”` : ''}; it is kept as text`, offset, 'footnote-missing-definition');
      }
      return undefined;
    });

    const unreferenced = definitions.filter((definition) => !referenced.has(definition.identifier) && chapters.length === 1);
    if (unreferenced.length) {
      replaceMarkers(tree, markerAfterFigure, find, (number) => {
        const found = unreferenced.find((definition) => definition.data?.number === number && !referenced.has(definition.identifier));
        if (found) referenced.add(found.identifier);
        return found;
      }, () => 'figure');
    }

    // "(zie noot 3)": a note the running text refers to in words is referenced, though no marker links it.
    if (definitions.some((definition) => !referenced.has(definition.identifier))) {
      const byNumber = notesByNumber(tree);
      visit(tree, (node) => {
        if (outsideRunningText(node)) return SKIP;
        if (node.type !== 'text') return undefined;
        for (const number of mentionedNotes(node.value)) {
          const mentioned = byNumber.get(number);
          if (mentioned) referenced.add(mentioned.identifier);
        }
        return undefined;
      });
    }

    for (const definition of definitions) {
      if (referenced.has(definition.identifier)) continue;
      const place = definition.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      warn(file, `Footnote \`${definition.label ?? definition.identifier}\` is never referenced in the text`, place, 'footnote-unreferenced');
    }
  };
}

/** Notes, and the letterhead, address and signature: no markers there. */
function outsideRunningText(node: Node): boolean {
  if (node.type === 'footnoteDefinition') return true;
  return (node.type === 'paragraph' || node.type === 'heading') && Boolean((node as Paragraph).data?.role) && (node as Paragraph).data?.role !== 'title' && (node as Paragraph).data?.role !== 'cell';
}

type MarkerKind = 'superscript' | 'bracket' | 'glued' | 'parenthesised' | 'symbol' | 'figure';
type Resolve = (number: string, kind: MarkerKind, place: { line: number; column: number }) => FootnoteDefinition | undefined;

/** Which of `numberedMarker`'s groups matched. */
const numberedKind = (match: RegExpExecArray): MarkerKind => (match[1] ? 'superscript' : match[2] ? 'bracket' : match[3] ? 'glued' : match[4] ? 'parenthesised' : 'symbol');

/** Replaces the markers in the running text (not in notes, nor in the letterhead, address or signature) with references to their notes. */
function replaceMarkers(tree: Root, markers: RegExp, find: PlaceFinder, resolve: Resolve, kindOf: (match: RegExpExecArray) => MarkerKind = numberedKind): void {
  // In document order, as markers that restart the numbering open the next chapter; a walk of its
  // own, as `visit` makes a function for every node it passes (1 % of the extraction).
  const walk = (parent: Parent) => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (outsideRunningText(node)) continue;
      if (node.type === 'text') {
        const pieces = splitMarkers(node as Text, markers, find, resolve, kindOf);
        if (!pieces) continue;
        children.splice(index, 1, ...pieces);
        // The references put in are not walked again.
        index += pieces.length - 1;
      } else if ('children' in node) {
        walk(node as Parent);
      }
    }
  };
  walk(tree);
}

function splitMarkers(node: Text, markers: RegExp, find: PlaceFinder, resolve: Resolve, kindOf: (match: RegExpExecArray) => MarkerKind): Array<Text | FootnoteReference> | undefined {
  const value = node.value;
  const offsets = node.data?.offsets ?? noOffsets;
  const pieces: Array<Text | FootnoteReference> = [];
  let last = 0;
  let changed = false;
  const place = (at: number) => find(offsets[at] ?? 0);
  for (const match of matchesOf(markers, value)) {
    const kind = kindOf(match);
    const number = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    if (kind === 'glued' && !plausibleGluedMarker(value, match.index)) continue;
    const definition = resolve(number, kind, place(match.index));
    if (!definition) {
      if (kind === 'superscript') {
        // Drop only the internal superscript sign; the digits stay as printed.
        pieces.push(slice(offsets, value, last, match.index, find));
        last = match.index + superscriptMarker.length;
        changed = true;
      }
      continue;
    }
    pieces.push(slice(offsets, value, last, match.index, find));
    const end = match.index + match[0].length;
    pieces.push({
      type: 'footnoteReference',
      identifier: definition.identifier,
      label: definition.label ?? definition.identifier,
      position: { start: place(match.index), end: place(end) },
      data: { number },
    });
    last = end;
    changed = true;
  }
  if (!changed) return undefined;
  pieces.push(slice(offsets, value, last, value.length, find));
  return pieces.filter((piece) => piece.type !== 'text' || piece.value !== '');
}

/** `G40`, `A2`: a single letter before digits is a name, not a footnote; nor is `3.1` in "artikel 3.1". */
function plausibleGluedMarker(value: string, index: number): boolean {
  const before = value.slice(Math.max(0, index - 40), index);
  const letters = /\p{L}+$/u.exec(before)?.[0];
  if (letters !== undefined) return letters.length >= 2;
  // "1,3 miljard": a decimal comma between digits, not a note after a comma.
  if (/\d,$/u.test(before)) return false;
  // "steeg met 12%3": a note after a percentage.
  if (/\d\s?%$/u.test(before)) return true;
  // "gestegen tot 700.000.1 Gemeenten …", "in 2023.2": a note after a number that ends a sentence,
  // where "artikel 3.1 Wmo" is a numbered reference (too few digits before the point).
  if (/\d\.$/u.test(before)) return /(\d{3,}|\d\.\d{3})\.$/u.test(before) && /^\d{1,2}(\s+\p{Lu}|\s*$)/u.test(value.slice(index, index + 6));
  return /[.,;:!?)’”'"]$/u.test(before) && /\p{L}/u.test(before.slice(-4));
}

function slice(offsets: Int32Array, value: string, start: number, end: number, find: PlaceFinder): Text {
  const first = offsets[start] ?? 0;
  const final = end > start ? (offsets[end - 1] ?? first) + 1 : first;
  return {
    type: 'text',
    value: value.slice(start, end),
    position: { start: find(first), end: find(final) },
    data: { offsets: withEnd(offsets.subarray(start, end), final) },
  };
}

function withEnd(offsets: Int32Array, end: number): Int32Array {
  const result = new Int32Array(offsets.length + 1);
  result.set(offsets);
  result[offsets.length] = end;
  return result;
}
