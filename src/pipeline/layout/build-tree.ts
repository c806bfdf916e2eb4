import type { FootnoteDefinition, Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { contactDetail, letterheadField, postboxOrPostcode } from '../address.ts';
import { firstActor } from '../claims/actors.ts';
import { datelinePattern, numericDatelinePattern } from '../dates.ts';
import { genreTitle } from '../genre-title.ts';
import { sectionNumber } from '../item-label.ts';
import type { DecodedLetter } from '../decode.ts';
import type { MappedText } from '../mapped-text.ts';
import { joinMapped, sliceMapped } from '../mapped-text.ts';
import type { PlaceFinder } from '../messages.ts';
import { placeFinder, positionOf, warn } from '../messages.ts';
import { isCapitalisedName, isOrganisationName } from '../organisations.ts';
import { politeRequest } from '../polite-request.ts';
import type { BlockRole, HyphenDecision, RemovedArtifact } from '../types.ts';
import { drawnRule, findArtifacts, notesAtPageFoot, notesUnderRules } from './artifacts.ts';
import { columnRuns } from './columns.ts';
import { resolveLineEndHyphen, wordsOfLetter } from './dehyphenate.ts';
import type { Line } from './lines.ts';
import { bulletPattern, endsSentence, itemNumber, numberedPattern, splitLines, startsLowercase, startsUppercase, tableColumnGap, urlOnly, withoutTrailingMarker, wordCount } from './lines.ts';
import { earlierMessageStart, forwardedLetterStart } from './quoted.ts';
import type { Zones } from './zones.ts';
import { findZones, isMarkedNoteLine, isNotesChapterHeading, noteStart, secondSalutation, symbolNoteStart } from './zones.ts';

// "Van:" only with its colon: an e-mail's sender line, not a title that starts with "Van". An
// e-mail program in English heads the letter "From:", "Sent:", "To:", "Subject:".
const addressLabel = /^(van:|aan\b|aan:|cc\b|cc:|bcc|t\.?a\.?v\.?|i\.?a\.?a\.?|per e-?mail|datum|date\b|ons kenmerk|uw kenmerk|kenmerk|onderwerp|betreft|inzake\s*:|bijlage|contactpersoon|doorkiesnummer|telefoon|e-?mail|plaats|verzonden|(from|sent|to|subject)\s*:)/iu;

interface Block {
  kind: 'heading' | 'paragraph' | 'listItem' | 'note' | 'tableRow' | 'cell' | 'contents' | 'rule';
  lines: Line[];
  /** Characters of the first line that are a list or note marker, not text. */
  prefix: number;
  ordered?: boolean;
  number?: string;
  /** A note numbered "(1)". */
  parenthesised?: boolean;
  /** A bullet that is a letter ("o"). */
  bullet?: string;
  /** A bulleted item's glyph and the indentation of its first line, to tell sub-items. */
  glyph?: string;
  indent?: number;
  /** A cell of a table's first row that names what its column holds. */
  head?: boolean;
  /** A cell's column, from 0 at the left. */
  column?: number;
}

interface Builder {
  lines: Line[];
  live: (line: Line) => boolean;
  /** Lines that open a note at the foot of a page (see `notesUnderRules` and `notesAtPageFoot`). */
  pageNotes: Set<number>;
  find: PlaceFinder;
  uses: (word: string) => boolean;
  hyphens: HyphenDecision[];
  /** Dubious constructs the layout met, said with their place when the tree is built. */
  warnings: Array<{ reason: string; line: Line; ruleId: string }>;
}

/** Repairs the layout of a letter extracted from PDF and returns it as mdast. */
export function buildLetterTree(decoded: DecodedLetter, file: VFile): Root {
  const find = placeFinder(decoded.source);
  const allLines = splitLines(decoded);
  // A note that forwards the letter is the sender's cover: the letter starts below it. Its lines
  // stay in place as blank ones, so that every line keeps its index.
  const coverEnd = forwardedLetterStart(allLines);
  const letterLines = coverEnd === undefined ? allLines : allLines.map((line) => (line.index < coverEnd ? { ...line, content: sliceMapped(line.content, 0, 0), blank: true } : line));
  // An earlier message quoted under a reply is someone else's text: the letter ends above it.
  const quotedAt = earlierMessageStart(allLines);
  const lines = quotedAt === undefined ? letterLines : letterLines.slice(0, quotedAt);
  const artifacts = findArtifacts(lines);
  const zonesFirst = findZones(lines, () => true);
  // A table of contents or colophon after the notes repeats chapter titles: that is content, not page furniture.
  // In the notes, a chapter title above a restart of the numbering is a heading, not furniture.
  const keep = (index: number) =>
    (zonesFirst.notesEnd !== undefined && index >= zonesFirst.notesEnd) ||
    (zonesFirst.notesStart !== undefined && index > zonesFirst.notesStart && isNotesChapterHeading(lines, lines[index]!, () => true));
  const removed = new Map(artifacts.filter((artifact) => !keep(artifact.line.index)).map((artifact) => [artifact.line.index, artifact]));
  const live = (line: Line) => !removed.has(line.index);
  const zones = findZones(lines, live);
  let uses: ((word: string) => boolean) | undefined;
  const builder: Builder = {
    lines,
    live,
    pageNotes: new Set([...notesUnderRules(lines, [...removed.values()]), ...notesAtPageFoot(lines, [...removed.values()])]),
    find,
    uses: (word) => (uses ??= wordsOfLetter(decoded.text.toLowerCase()))(word),
    hyphens: [],
    warnings: [],
  };

  const second = secondSalutation(lines, zones.salutation, live);
  if (second) builder.warnings.push({ reason: 'A second salutation after a closing formula: this file seems to hold two letters, read as one; save each letter as a file of its own', line: second, ruleId: 'second-letter' });

  const children: RootContent[] = [];
  if (coverEnd !== undefined) for (const line of allLines.slice(0, coverEnd)) if (!line.blank) children.push(paragraph(builder, line.content, 'cover'));
  const end = lines.length;
  // The zones partition the lines, in this order, so no line is shown twice or lost:
  // front matter | salutation | body | signature | annex | notes | colophon; or, where the notes
  // come before the closing formula, front matter | salutation | body | notes | signature.
  const bodyStart = zones.salutation === undefined ? 0 : zones.salutation + 1;
  const notesStart = Math.max(zones.notesStart ?? end, bodyStart);
  const notesEnd = Math.max(zones.notesEnd ?? end, notesStart);
  const bodyEnd = Math.min(Math.max(Math.min(zones.onBehalf ?? end, zones.closing ?? zones.signature ?? end), bodyStart), notesStart);

  if (zones.salutation !== undefined) {
    children.push(...frontMatter(builder, lines.slice(0, zones.salutation)));
    const salutation = lines[zones.salutation];
    if (salutation) children.push(paragraph(builder, salutation.content, 'salutation'));
  }
  children.push(...body(builder, lines.slice(bodyStart, bodyEnd), zones.salutation === undefined));
  if (zones.closesAfterNotes) {
    // The notes come before the closing formula: body | notes | signature.
    children.push(...notes(builder, lines.slice(notesStart, notesEnd), zones));
    children.push(...signature(builder, lines.slice(notesEnd, end), zones));
  } else {
    const annexStart = zones.annex === undefined ? notesStart : Math.min(Math.max(zones.annex, bodyEnd), notesStart);
    children.push(...signature(builder, lines.slice(bodyEnd, annexStart), zones));
    children.push(...body(builder, lines.slice(annexStart, notesStart), false));
    children.push(...notes(builder, lines.slice(notesStart, notesEnd), zones));
    for (const line of lines.slice(notesEnd)) if (!line.blank) children.push(paragraph(builder, line.content, 'colophon'));
  }
  if (quotedAt !== undefined) for (const line of allLines.slice(quotedAt)) if (!line.blank) children.push(paragraph(builder, line.content, 'quoted'));

  file.data.removed = [...removed.values()].map(
    (artifact): RemovedArtifact => ({
      kind: artifact.kind,
      text: artifact.line.content.text,
      position: positionFrom(find, artifact.line.content),
    }),
  );
  file.data.hyphens = builder.hyphens;
  for (const { reason, line, ruleId } of builder.warnings) warn(file, reason, find(line.content.offsets[0] ?? 0), ruleId);
  const root: Root = { type: 'root', children, position: positionOf(find, 0, decoded.source.length) };
  return root;
}

/** What sets the parts of a letterhead on one line apart: "ActiZ | Postbus 8258 | 3503 RG Utrecht". */
const letterheadSeparator = /\s[|·•]\s/u;

function frontMatter(builder: Builder, lines: Line[]): RootContent[] {
  const nodes: RootContent[] = [];
  let inAddress = false;
  const letterhead = letterheadLines(lines);
  // "GGD GHOR Nederland" alone above "Aan: …" and "Onderwerp: …" is the sender's letterhead; so is
  // "Interprovinciaal Overleg | Vereniging van Nederlandse Gemeenten | Unie van Waterschappen".
  const firstLabel = lines.find((line) => addressLabel.test(line.content.text));
  const namesOrganisations = (text: string) => {
    const parts = text.split(letterheadSeparator);
    if (parts.length === 1) return isOrganisationName(text);
    // "ActiZ | Aedes | VNG | Zorgverzekeraars Nederland": names side by side, most of them known as an organisation's.
    return parts.every((part) => isCapitalisedName(part) && wordCount(part, 6) <= 5 && !/\d/u.test(part)) && parts.filter((part) => isOrganisationName(part)).length * 2 >= parts.length;
  };
  if (firstLabel) for (const line of lines) if (line.index < firstLabel.index && namesOrganisations(line.content.text)) letterhead.add(line);
  const messages = keyMessages(lines.filter(builder.live));
  let pending: Line[] = [];
  for (const line of lines) {
    if (messages.has(line)) {
      pending.push(line);
      continue;
    }
    if (pending.length) nodes.push(...body(builder, pending, false));
    pending = [];
    if (line.blank || !builder.live(line)) continue;
    if (addressLabel.test(line.content.text) || letterhead.has(line)) inAddress = true;
    // "Den Haag, 3 december 2023" above the address is the letter's date line, not its title.
    if (inAddress || datelinePattern.test(line.content.text.trim())) nodes.push(paragraph(builder, line.content, 'address'));
    else nodes.push(heading(builder, line.content, 1, 'title'));
  }
  if (pending.length) nodes.push(...body(builder, pending, false));
  return nodes;
}

/**
 * Above the salutation, a box of key messages ("KERNBOODSCHAP" over "➢ Trek de korting in.")
 * between the address and "Geachte …": runs of lines (between empty lines) with a bulleted statement
 * of four words or more and nothing of an address, date or letterhead field, with the short heading
 * and drawn rules right around them. They are the letter's text, not its address.
 */
function keyMessages(lines: Line[]): Set<Line> {
  const runs: Line[][] = [[]];
  for (const line of lines) {
    if (line.blank) runs.push([]);
    else runs.at(-1)!.push(line);
  }
  const filled = runs.filter((run) => run.length);
  const isStatement = (run: Line[]) =>
    run.some((line) => {
      const bullet = bulletPattern.exec(line.content.text);
      return bullet !== null && wordCount(line.content.text.slice(bullet[0].length), 4) >= 4;
    }) && !run.some((line) => addressLabel.test(line.content.text) || datelinePattern.test(line.content.text.trim()) || postboxOrPostcode.test(line.content.text));
  const found = new Set<Line>();
  filled.forEach((run, index) => {
    if (!isStatement(run)) return;
    for (const line of run) found.add(line);
    // Its heading ("KERNBOODSCHAP", "In het kort") and the rules drawn above and below it.
    const before = filled[index - 1];
    if (before?.length === 1 && (drawnRule.test(before[0]!.content.text) || (wordCount(before[0]!.content.text, 6) <= 5 && !/\d/u.test(before[0]!.content.text) && !addressLabel.test(before[0]!.content.text)))) found.add(before[0]!);
    const after = filled[index + 1];
    if (after?.length === 1 && drawnRule.test(after[0]!.content.text)) found.add(after[0]!);
  });
  return found;
}

/**
 * The sender's letterhead above the addressee: a run of lines (between empty lines) with a postal
 * address in it ("de Nederlandse ggz / Postbus 830 / 3800 AV Amersfoort", or on one line with
 * separators), or with the sender's fields beside it. Not the letter's title.
 */
function letterheadLines(lines: Line[]): Set<Line> {
  const found = new Set<Line>();
  let run: Line[] = [];
  for (const line of [...lines, undefined]) {
    if (line && !line.blank) {
      run.push(line);
      continue;
    }
    // One line may hold the whole letterhead: "ActiZ | Postbus 8258 | 3503 RG Utrecht"; or the
    // sender's name beside its fields: "Vereniging Voorbeeld          Datum 3 maart 2025"; or its
    // name over its e-mail address, web address or telephone number alone.
    const holdsLetterhead = (member: Line) =>
      member.content.text.split(letterheadSeparator).some((part) => postboxOrPostcode.test(part.trim()) || contactDetail.test(part.trim())) ||
      member.content.text.trim().split(tableColumnGap).slice(1).some((cell) => letterheadField.test(cell.trim()));
    if (run.some(holdsLetterhead)) for (const member of run) found.add(member);
    run = [];
  }
  return found;
}

/** Sub-bullets: Word's "o", "○" and "◦". */
const subBullet = /^[o○◦]$/u;

/** An item under the one before it: indented further than the list's first item, or with a sub-bullet under other bullets. */
function isSubItem(block: Block, first: Block | undefined): boolean {
  if (!first || first === block) return false;
  return (block.indent ?? 0) >= (first.indent ?? 0) + 2 || (subBullet.test(block.glyph ?? '') && !subBullet.test(first.glyph ?? ''));
}

/** How a list's items are counted: 1, 2, 3; a, b, c; or i, ii, iii ("i", "v" and "x" go on a list lettered so far). */
function counting(number: string | undefined, listSoFar?: 'digit' | 'letter' | 'roman'): 'digit' | 'letter' | 'roman' {
  if (/^(i{2,3}|iv|vi{1,3}|ix)$/u.test(number ?? '') || (/^[ivx]$/u.test(number ?? '') && listSoFar !== 'letter')) return 'roman';
  return /^[a-zA-Z]$/u.test(number ?? '') ? 'letter' : 'digit';
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10 };

/** The value of a roman numeral in lower case ("iv" → 4). */
function romanValue(numeral: string): number {
  let value = 0;
  for (let index = 0; index < numeral.length; index++) {
    const here = romanValues[numeral[index]!] ?? 0;
    value += here < (romanValues[numeral[index + 1] ?? ''] ?? 0) ? -here : here;
  }
  return value;
}

/** An item's place in its count: 3 for "3", "c" and "iii". */
function ordinal(number: string | undefined, kind: 'digit' | 'letter' | 'roman'): number {
  if (kind === 'letter') return (number ?? 'a').toLowerCase().charCodeAt(0) - 96;
  return kind === 'roman' ? romanValue(number ?? 'i') : Number(number);
}

/**
 * "1. Structurele financiering / • Los het ravijnjaar op / • Geef … / 2. Een aanpak van wijken":
 * bullets between numbered items whose count goes on below them are that item's sub-items, though
 * the text lost their indent; so are the bullets under a later item of a list that nests them so.
 */
function bulletsUnderNumbered(blocks: readonly Block[], index: number, list: List): boolean {
  const kind = counting(list.children[0]?.data?.number);
  const numbered = list.children.filter((item) => item.data?.number !== undefined);
  const last = numbered.at(-1)?.data?.number;
  if (last === undefined) return false;
  if (list.children.some((item) => item.data?.level === 1 && item.data?.number === undefined)) return true;
  let next = index;
  while (blocks[next]?.kind === 'listItem' && !blocks[next]!.ordered) next++;
  const after = blocks[next];
  return after?.kind === 'listItem' && after.ordered === true && counting(after.number, kind) === kind && ordinal(after.number, kind) === ordinal(last, kind) + 1;
}

function body(builder: Builder, lines: Line[], titleFirst: boolean): RootContent[] {
  const blocks = groupBlocks(builder, lines);
  const nodes: RootContent[] = [];
  let list: List | undefined;
  let listFirst: Block | undefined;
  let seenText = false;
  let seenProse = false;
  let title: Block | undefined;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const text = blockText(builder, block);
    if (block.kind === 'listItem') {
      seenProse = true;
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [paragraph(builder, text)],
        position: positionFrom(builder.find, text),
      };
      if (block.ordered && block.number) item.data = { number: block.number };
      if (block.bullet) item.data = { bullet: block.bullet };
      const nested = list?.ordered === true && !block.ordered && bulletsUnderNumbered(blocks, index, list);
      if (list && !block.ordered && (nested || isSubItem(block, listFirst))) item.data = { ...item.data, level: 1 };
      // Items numbered 1, 2, 3, items lettered a, b, c and items counted i, ii, iii are lists of their own.
      const listCounting = list?.ordered ? counting(list.children[0]?.data?.number) : undefined;
      const kind = counting(block.number, listCounting);
      if (!list || (!nested && (list.ordered !== Boolean(block.ordered) || (block.ordered && listCounting !== kind)))) {
        list = {
          type: 'list',
          ordered: Boolean(block.ordered),
          start: block.ordered ? ordinal(block.number, kind) : null,
          spread: false,
          children: [],
        };
        nodes.push(list);
        listFirst = block;
      }
      list.children.push(item);
      const first = list.children[0]?.position?.start;
      list.position = { start: first ?? item.position!.start, end: item.position!.end };
      continue;
    }
    list = undefined;
    if (block.kind === 'note') {
      nodes.push(definition(builder, block, text));
    } else if (block.kind === 'heading') {
      // A letter without a salutation opens with its title; a heading on the very next line is its
      // subtitle, and so is the first heading under a title that only names the genre ("POSITION PAPER").
      const isSubtitle = title !== undefined && nodes.length === 1 && (block.lines[0]!.index === title.lines.at(-1)!.index + 1 || genreTitle.test(title.lines.map((line) => line.content.text).join(' ').trim()));
      const isTitle = titleFirst && (!seenText || isSubtitle);
      // Under a position paper's title, before its text: "Den Haag, 17 april 2024", "Datum: …" and
      // "Tweede Kamer, vaste commissie voor VWS" say when and for whom, as an address block would.
      if (titleFirst && !isTitle && !seenProse && block.lines.length === 1 && (datelinePattern.test(text.text.trim()) || addressLabel.test(text.text) || (firstActor(text.text)?.index === 0 && text.text.includes(',')))) {
        nodes.push(paragraph(builder, text, 'address'));
        continue;
      }
      nodes.push(heading(builder, text, isTitle ? 1 : 2, isTitle ? 'title' : undefined));
      if (isTitle && !seenText) title = block;
      seenText = true;
    } else if (block.kind === 'cell') {
      // Each cell a paragraph of its own, row by row, left to right: a problem and its remedy are two claims.
      const cell = paragraph(builder, text, block.head ? 'column-head' : 'cell');
      cell.data = { ...cell.data, column: block.column ?? 0 };
      nodes.push(cell);
      seenText = seenProse = true;
    } else if (block.kind === 'tableRow') {
      // As printed, one row a paragraph: its spacing is its columns.
      nodes.push(paragraph(builder, block.lines[0]!.content, 'table'));
      seenText = seenProse = true;
    } else if (block.kind === 'rule') {
      nodes.push(paragraph(builder, block.lines[0]!.content, 'rule'));
    } else if (block.kind === 'contents') {
      // A line of the table of contents, as printed: it says where a section is, nothing more.
      nodes.push(paragraph(builder, block.lines[0]!.content, 'contents'));
      seenText = true;
    } else {
      const node = paragraph(builder, text);
      // A column of a page set in two: its lines alternate with the other column's in the source.
      if (block.column !== undefined) node.data = { ...node.data, column: block.column };
      nodes.push(node);
      seenText = seenProse = true;
    }
  }
  return nodes;
}

/** A row of a table of figures: three or more cells, set apart by runs of three or more spaces. */
const isTableRow = (text: string) => text.includes('   ') && /\S\s{3,}\S.*\S\s{3,}\S/u.test(text);

function signature(builder: Builder, lines: Line[], zones: Zones): RootContent[] {
  const nodes: RootContent[] = [];
  for (const line of lines) {
    if (line.blank || !builder.live(line)) continue;
    const role: BlockRole = line.index === zones.closing ? 'closing' : 'signature';
    nodes.push(paragraph(builder, line.content, role));
  }
  return nodes;
}

function notes(builder: Builder, lines: Line[], zones: Zones): RootContent[] {
  const nodes: RootContent[] = [];
  let chapter: string | undefined;
  let current: Block | undefined;
  // "- NVVK, Jaarverslag 2023" under "Bronnen": a list of sources without numbers, not part of a note.
  let sources: Line[] = [];
  const flush = () => {
    if (current) nodes.push(definition(builder, current, blockText(builder, current), chapter));
    current = undefined;
    if (sources.length) nodes.push(...body(builder, sources, false));
    sources = [];
  };
  let blankBefore = false;
  let colophon = false;
  for (const line of lines) {
    if (line.blank) blankBefore = true;
    if (line.blank || !builder.live(line)) continue;
    const afterBlank = blankBefore;
    blankBefore = false;
    // "Contactpersonen: …" after the last note, a line apart, is the colophon, not more of the note.
    if (colophon || (afterBlank && current && colophonLine.test(line.content.text))) {
      flush();
      colophon = true;
      nodes.push(paragraph(builder, line.content, 'colophon'));
      continue;
    }
    if (line.index === zones.notesHeading) {
      nodes.push(heading(builder, line.content, 2));
      continue;
    }
    if (isNotesChapterHeading(builder.lines, line, builder.live)) {
      flush();
      chapter = line.content.text;
      nodes.push(heading(builder, line.content, 3));
      continue;
    }
    const start = noteStart(line) ?? symbolNoteStart(line, zones.noteSymbols);
    if (start) {
      flush();
      current = { kind: 'note', lines: [line], prefix: start.prefix, number: start.number, ...(start.parenthesised ? { parenthesised: true } : {}) };
    } else if (bulletPattern.test(line.content.text) || sources.length) {
      if (current) flush();
      sources.push(line);
    } else if (current) {
      current.lines.push(line);
    } else {
      nodes.push(paragraph(builder, line.content));
    }
  }
  flush();
  return nodes;
}

/** A line that closes a letter after its notes: whom to contact, what is attached, who gets a copy. */
const colophonLine = /^(contactpersonen|contactpersoon|contact|meer\s+informatie|voor\s+vragen|bijlagen?|bijlage\(n\)|kopie\s+aan|cc)\s*:/iu;

const contentsLeader = /(?:(?:\.\s?){4,}|…{2,}|(?:·\s?){4,})\s*\d{1,3}$/u;

/**
 * A line of a table of contents: a title, leader dots and a page number ("2. Wat gaat er mis?
 * ........ 3"). Looked for in a line's last characters only, and only after a figure: every line
 * of every letter is asked.
 */
function isContentsLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last < 48 || last > 57) return false;
  const tail = text.slice(-24);
  const leader = contentsLeader.exec(tail);
  return leader !== null && /\S/u.test(text.slice(0, text.length - tail.length + leader.index));
}

function groupBlocks(builder: Builder, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let blankBefore = true;
  const liveLines = lines.filter(builder.live);
  // Where the next non-empty line is, for every line: one pass, so long letters stay linear.
  const nextText = new Array<number>(liveLines.length + 1).fill(-1);
  for (let index = liveLines.length - 1; index >= 0; index--) nextText[index] = liveLines[index + 1] && !liveLines[index + 1]!.blank ? index + 1 : nextText[index + 1]!;
  const lineAfter = (position: number) => (position >= 0 && nextText[position]! >= 0 ? liveLines[nextText[position]!] : undefined);
  const width = textWidth(liveLines);
  // Unwrapped text: a line that ends its sentence ends its paragraph.
  const unwrapped = width > unwrappedWidth;
  // The block the notes at the foot of a page interrupted: its sentence may go on on the next page.
  let underNotes: Block | undefined;
  // Text in columns side by side: each row's cells, each read down its column.
  const runs = new Map(columnRuns(liveLines).map((run) => [run.first, run]));
  let inRunUntil = -1;
  liveLines.forEach((line, position) => {
    if (position <= inRunUntil) return;
    const run = runs.get(position);
    if (run?.figures) {
      // A table of figures in two columns: each line a row, as printed.
      for (const row of liveLines.slice(position, run.last + 1)) if (!row.blank) blocks.push({ kind: 'tableRow', lines: [row], prefix: 0 });
    } else if (run?.prose) {
      // Prose in two columns: the left column read down, then the right, each cell a paragraph.
      for (const column of [0, 1]) for (const row of run.rows) blocks.push({ kind: 'paragraph', lines: row[column]!, prefix: 0, column });
      builder.warnings.push({ reason: 'Running text set in two columns side by side: the left column is read first, then the right; check the reading order on the letter page', line: liveLines[position]!, ruleId: 'columns-read-in-turn' });
    } else if (run) {
      for (const [index, row] of run.rows.entries()) {
        const head = run.head && index === 0;
        // An empty cell ("|  |") adds nothing to the row.
        row.forEach((lines, column) => lines.length && blocks.push({ kind: 'cell', lines, prefix: 0, head, column }));
      }
    }
    if (run) {
      inRunUntil = run.last;
      current = undefined;
      underNotes = undefined;
      blankBefore = true;
      return;
    }
    if (line.blank) {
      blankBefore = true;
      return;
    }
    const text = line.content.text;
    // A drawn rule sets apart what is above and below it; it stands as printed.
    if (drawnRule.test(text)) {
      blocks.push({ kind: 'rule', lines: [line], prefix: 0 });
      current = underNotes = undefined;
      blankBefore = true;
      return;
    }
    const previous = current?.lines.at(-1);
    const next = lineAfter(position);
    const afterNext = lineAfter(nextText[position]!);
    if (isMarkedNoteLine(line) || builder.pageNotes.has(line.index)) {
      if (builder.pageNotes.has(line.index) && current?.kind !== 'note') underNotes = current;
      const start = noteStart(line);
      current = { kind: 'note', lines: [line], prefix: start?.prefix ?? 0, number: start?.number ?? '' };
      blocks.push(current);
    } else if (current?.kind === 'note' && underNotes && blankBefore && goesOnAfterNotes(underNotes, line)) {
      // "… Gemeenten moeten daardoor" [notes, page header] "bezuinigen op voorzieningen.": one sentence.
      if (underNotes.kind === 'heading') underNotes.kind = 'paragraph';
      underNotes.lines.push(line);
      current = underNotes;
      underNotes = undefined;
    } else if (isContentsLine(text)) {
      current = { kind: 'contents', lines: [line], prefix: 0 };
      blocks.push(current);
    } else if (current && previous && current.kind !== 'tableRow' && current.kind !== 'contents' && !isTableRow(text) && continues(current, previous, line, blankBefore, next, afterNext) && !(current.kind === 'listItem' && endsEarly(previous, line, width)) && !(current.kind === 'paragraph' && !blankBefore && (current.lines[0]?.indent ?? 0) <= (line.indent ?? 0) && endedByAuthor(previous, line, width)) && !(unwrapped && endsSentence(previous.content.text))) {
      current.lines.push(line);
    } else {
      const bullet = bulletPattern.exec(text);
      const numbered = numberedPattern.exec(text);
      if (isTableRow(text) && !bullet && !numbered) current = { kind: 'tableRow', lines: [line], prefix: 0 };
      else if (bullet && text.length > bullet[0].length) current = { kind: 'listItem', lines: [line], prefix: bullet[0].length, glyph: bullet[1], indent: line.indent, ...(/\p{L}/u.test(bullet[1] ?? '') ? { bullet: bullet[1] } : {}) };
      // "1. DE SITUATIE", or "1. Algemeen" right above its text: a numbered section title, not a list item.
      else if (numbered && ((/\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text)) || (!continuesNumbering(current, numbered) && isNumberedTitle(text, numbered, line, next)))) current = { kind: 'heading', lines: [line], prefix: 0 };
      else if (numbered) current = { kind: 'listItem', lines: [line], prefix: numbered[0].length, ordered: true, number: itemNumber(numbered) };
      // After an empty line or a heading, how the line above ended does not matter ("Inleiding" under
      // "…, 8 februari 2024"; a subtitle under the title).
      else if (!fillsWidth(line, next, width) && looksLikeHeading(line, blankBefore || current?.kind === 'heading' ? undefined : previous, next, afterNext)) current = { kind: 'heading', lines: [line], prefix: 0 };
      else current = { kind: 'paragraph', lines: [line], prefix: 0 };
      blocks.push(current);
    }
    // Only the notes right under it can interrupt a block's sentence.
    if (current?.kind !== 'note') underNotes = undefined;
    blankBefore = false;
  });
  titleNumberedSections(blocks, lineAfter, liveLines);
  titleSectionsApart(blocks);
  return blocks;
}

/**
 * "1. Inleiding", "2. Algemene opmerkingen", "3. Tot slot", each on a line of its own with text in
 * between: not lists of one item but the titles of numbered sections, as they count on across the
 * text. Short, unpunctuated, starting with a capital, none of them next to another numbered item.
 */
function titleSectionsApart(blocks: Block[]): void {
  const lone = (index: number) => {
    const block = blocks[index]!;
    if (block.kind !== 'listItem' || !block.ordered || block.lines.length !== 1 || counting(block.number) !== 'digit') return false;
    const numberedItem = (other: Block | undefined) => other?.kind === 'listItem' && other.ordered === true;
    if (numberedItem(blocks[index - 1]) || numberedItem(blocks[index + 1]) || index === blocks.length - 1) return false;
    const title = withoutTrailingMarker(block.lines[0]!.content.text.slice(block.prefix));
    return startsUppercase(title) && wordCount(title, 6) <= 6 && !/[.,;:!]["'’”)]*$/u.test(title);
  };
  const candidates = blocks.map((_, index) => index).filter(lone);
  // Titles count on: each is one more than the title before it, or one less than the one after.
  const counted = candidates.filter((index, at) => {
    const number = Number(blocks[index]!.number);
    const before = candidates[at - 1];
    const after = candidates[at + 1];
    return (before !== undefined && Number(blocks[before]!.number) === number - 1) || (after !== undefined && Number(blocks[after]!.number) === number + 1);
  });
  if (counted.length < 2) return;
  for (const index of counted) blocks[index] = { kind: 'heading', lines: blocks[index]!.lines, prefix: 0 };
}

/** "2. Maak de middelen structureel" right after item 1: the list goes on, even when text follows on the next line. */
function continuesNumbering(current: Block | undefined, numbered: RegExpExecArray): boolean {
  return current?.kind === 'listItem' && current.ordered === true && counting(current.number) === 'digit' && Number(itemNumber(numbered)) === Number(current.number) + 1;
}

/**
 * "1) De financiering van de publieke gezondheid schiet tekort" above its text, where "2)
 * Gezondheidsverschillen nemen toe" titles the next section: a numbered line too long to pass for a
 * title on its own titles a section when the next number does. Looked at from the last section back,
 * so one title makes the one before it a title too.
 */
function titleNumberedSections(blocks: Block[], lineAfter: (position: number) => Line | undefined, lines: Line[]): void {
  const numberOf = (block: Block) => (block.kind === 'heading' ? numberedPattern.exec(block.lines[0]!.content.text) : null);
  const positionOf = new Map(lines.map((line, position) => [line, position]));
  for (let index = blocks.length - 1; index > 0; index--) {
    const numbered = numberOf(blocks[index]!);
    if (!numbered || counting(itemNumber(numbered)) !== 'digit') continue;
    // The nearest numbered block before: an item of its own, numbered one less, on one line.
    let before = index - 1;
    while (before >= 0 && !(blocks[before]!.kind === 'listItem' && blocks[before]!.ordered) && !numberOf(blocks[before]!)) before--;
    const item = blocks[before];
    if (!item || item.kind !== 'listItem' || item.lines.length !== 1 || counting(item.number) !== 'digit' || Number(item.number) !== Number(itemNumber(numbered)) - 1) continue;
    if (blocks[before - 1]?.ordered || blocks[before + 1]?.ordered) continue;
    const line = item.lines[0]!;
    const title = withoutTrailingMarker(line.content.text.slice(item.prefix));
    if (!startsUppercase(title) || wordCount(title, 12) > 12 || /[.,;:!]["'’”)]*$/u.test(title)) continue;
    const next = lineAfter(positionOf.get(line) ?? -1);
    if (!next || next.index !== line.index + 1 || !startsUppercase(next.content.text)) continue;
    blocks[before] = { kind: 'heading', lines: [line], prefix: 0 };
  }
}

/** Whether a line after the notes at a page's foot goes on with the sentence the notes interrupted. */
function goesOnAfterNotes(block: Block, line: Line): boolean {
  const before = block.lines.at(-1)?.content.text.trimEnd() ?? '';
  return block.kind !== 'tableRow' && !endsSentence(before) && (startsLowercase(line.content.text) || /[-,]$/u.test(before));
}

/**
 * "1. Algemeen" above "De VNG onderschrijft …": a short numbered line without punctuation (a question
 * mark aside: "2. Wat gaat er mis?"), with its text on the very next line, titles a section.
 * Lettered items (a., b.) and roman ones (i., ii.) stay items.
 */
function isNumberedTitle(text: string, numbered: RegExpExecArray, line: Line, next: Line | undefined): boolean {
  const title = withoutTrailingMarker(text.slice(numbered[0].length));
  if (counting(itemNumber(numbered)) !== 'digit' || wordCount(title, 6) > 6 || /[.,;:!]["'’”)]*$/u.test(title) || endsOnJoiningWord.test(title)) return false;
  if (!next || next.index !== line.index + 1) return false;
  const following = next.content.text;
  return startsUppercase(following) && !bulletPattern.test(following) && !numberedPattern.test(following);
}

/**
 * Running text wider than a page's line, even in a small font, was not wrapped by a layout: a
 * paragraph per line, as a word processor or an e-mail program saves text.
 */
const unwrappedWidth = 150;

function continues(block: Block, previous: Line, line: Line, blankBefore: boolean, next: Line | undefined, afterNext: Line | undefined): boolean {
  const text = line.content.text;
  const before = previous.content.text;
  if (block.kind === 'note') return !blankBefore;
  if (bulletPattern.test(text) || numberedPattern.test(text) || isMarkedNoteLine(line)) return false;
  if (block.kind === 'heading') {
    // Two-line headings: the second line goes on in lower case, or after a joining word.
    return !blankBefore && !endsSentence(before) && (startsLowercase(text) || endsOnJoiningWord.test(before)) && wordCount(text, 8) <= 8 && !endsSentence(text);
  }
  if (!blankBefore && block.kind === 'paragraph' && indentedFirstLine(previous, line, next)) return false;
  // "1.1 Sinds de coronacrisis …" over "1.2 Provincies moeten …": each numbered paragraph is one.
  if (!blankBefore && block.kind === 'paragraph' && endsSentence(before) && sectionNumber.test(text)) return false;
  if (!blankBefore) return !looksLikeHeading(line, previous, next, afterNext);
  // Across empty lines only when the sentence visibly goes on.
  // A long unfinished line was wrapped by the layout, even when the next word is a name.
  return !endsSentence(before) && (startsLowercase(text) || /[-,]$/u.test(before) || before.length >= 60);
}

/**
 * "    Wij vragen u om …" under a line that ends a sentence, above lines set back to the margin: a new
 * paragraph marked by the indent of its first line, as some letters set them without an empty line.
 * Not a passage indented as a whole (a quotation), whose next line keeps the indent.
 */
function indentedFirstLine(previous: Line, line: Line, next: Line | undefined): boolean {
  if (line.indent < previous.indent + 2 || !endsSentence(previous.content.text) || !startsUppercase(line.content.text)) return false;
  return next === undefined || next.index !== line.index + 1 || next.indent <= previous.indent;
}

/** A line as wide as the text, right above more text: wrapped by the layout, not a heading the author ended. */
function fillsWidth(line: Line, next: Line | undefined, width: number): boolean {
  if (next === undefined || next.index !== line.index + 1 || line.content.text.trimEnd().length < 0.9 * width) return false;
  const following = next.content.text;
  return !bulletPattern.test(following) && !numberedPattern.test(following) && !datelinePattern.test(following) && !numericDatelinePattern.test(following);
}

/**
 * How wide the letter's running text is: a line longer than most, so that the layout's own wraps
 * can be told from lines the author ended.
 */
function textWidth(lines: Line[]): number {
  const lengths = lines.filter((line) => !line.blank && wordCount(line.content.text, 4) >= 5).map((line) => line.content.text.trimEnd().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/**
 * "1. Schaf de verhuurderheffing af" and on the next line "Hoewel de heffing …": a list item's
 * line that stops well short of the text width, unfinished, before a capital, was ended by its
 * author (an item with a title), not wrapped by the layout: what follows is a paragraph of its own.
 */
function endsEarly(previous: Line, line: Line, width: number): boolean {
  const before = previous.content.text.trimEnd();
  const text = line.content.text;
  if (endsSentence(before) || !startsUppercase(text) || wordCount(before, 10) > 10) return false;
  const nextWord = /^\S+/u.exec(text)?.[0] ?? '';
  return before.length + 1 + nextWord.length < width * 0.7;
}

/**
 * "… raken hun woning kwijt." above "Gemeenten doen wat zij kunnen, …": a line that ends a sentence
 * so far short of the text width that the next word would have fit was ended by its author: a
 * paragraph ends there, also without an empty line (not where paragraphs open with an indent, and
 * the line under an indented passage goes on with its paragraph).
 */
function endedByAuthor(previous: Line, line: Line, width: number): boolean {
  const before = previous.content.text.trimEnd();
  if (!endsSentence(before) || !startsUppercase(line.content.text)) return false;
  const nextWord = /^\S+/u.exec(line.content.text.trimStart())?.[0] ?? '';
  return before.length + 1 + nextWord.length < width * 0.8;
}

/**
 * "… regie volkshuisvesting. De" above "Vereniging Gehandicaptenzorg …": a line in which a sentence
 * ends and the next begins was wrapped by the layout.
 */
const wrappedMidSentence = /\p{Ll}{2,}[.!?]\s+\p{Lu}/u;
/** "Rondetafelgesprek over de toekomst van de" above "Wet maatschappelijke ondersteuning": unfinished. */
const endsOnJoiningWord = /\s(de|het|een|van|en|of|te|die|dat|met)$/u;
/** Words a sentence may break after, before a figure: "een tekort van ongeveer" / "1,2 miljard". */
const endsBeforeFigure = /\s(de|het|een|van|en|of|te|die|dat|met|aan|op|in|tot|voor|door|bij|naar|om|over|uit|ruim|bijna|circa|ongeveer|zo'n|dan|nog|al|maar|slechts|totaal|jaarlijks)$/u;

function looksLikeHeading(line: Line, previous: Line | undefined, next: Line | undefined, afterNext: Line | undefined): boolean {
  const text = withoutTrailingMarker(line.content.text);
  if (wordCount(text, 12) > 12 || text.length > 100 || !startsUppercase(text) || urlOnly.test(text)) return false;
  if (/[.,;:!]["'’”)]*$/u.test(text)) return false;
  if (/\?$/u.test(text) && (wordCount(text, 10) > 10 || politeRequest.test(text))) return false;
  // Nor is a line with a web address, or one that breaks a word with a hyphen.
  if (wrappedMidSentence.test(text) || /https?:\/\/|www\./iu.test(text) || /\p{L}-$/u.test(text)) return false;
  if (previous) {
    const before = previous.content.text;
    if (!endsSentence(before) && !urlOnly.test(before)) return false;
  }
  // A heading may go on after a joining word, if the next line ends it: short, unpunctuated, and
  // followed by text that starts anew.
  if (endsOnJoiningWord.test(text)) {
    const following = next?.content.text ?? '';
    return !!next && next.index === line.index + 1 && !text.includes(',') && wordCount(following, 8) <= 8 && !/[.,;:!]["'’”)]*$/u.test(withoutTrailingMarker(following)) && (!afterNext || afterNext.index > next.index + 1 || startsUppercase(afterNext.content.text));
  }
  if (!next) return true;
  const following = next.content.text;
  // "… die zorg thuis bieden aan" over "450.000 cliënten. …": a sentence wrapped before a figure,
  // not a heading over text that opens with one; a date on a line of its own ("14 mei 2025") is not
  // the rest of a sentence.
  if (/^\d/u.test(following) && !numberedPattern.test(following) && !datelinePattern.test(following) && !numericDatelinePattern.test(following) && (wordCount(text, 7) >= 7 || endsBeforeFigure.test(text))) return false;
  if (startsUppercase(following) || bulletPattern.test(following) || numberedPattern.test(following)) return true;
  // A two-line heading: a short lower-case second line, then text that starts anew.
  if (!startsLowercase(following) || wordCount(following, 8) > 8 || endsSentence(following) || /,$/u.test(following)) return false;
  return afterNext === undefined || startsUppercase(afterNext.content.text) || bulletPattern.test(afterNext.content.text);
}

/** Joins a block's lines into one text, repairing line-end hyphenation. */
function blockText(builder: Builder, block: Block): MappedText {
  const pieces: MappedText[] = [];
  block.lines.forEach((line, index) => {
    let content = index === 0 ? sliceMapped(line.content, block.prefix) : line.content;
    const previous = pieces.at(-1);
    if (previous) {
      const hyphen = previous.text.endsWith('-') ? /(\p{L}+)-$/u.exec(previous.text.slice(-60)) : null;
      // A web address broken after one of its own hyphens ("…/wonen-met-een-" above "beperking",
      // "…/monitor-" above "2024.pdf").
      const inWebAddress = hyphen !== null && /(?:https?:\/\/|www\.)\S*$/iu.test(previous.text.slice(-200));
      const right = (inWebAddress ? /^[\p{L}\d]+/u : /^\p{L}+/u).exec(content.text);
      if (hyphen && right && !/\s-$/u.test(previous.text)) {
        const left = hyphen[1] ?? '';
        const resolution = inWebAddress ? ({ joiner: '-', rule: 'keep-in-web-address' } as const) : resolveLineEndHyphen(left, right[0], builder);
        const start = previous.offsets[previous.text.length - left.length - 1] ?? 0;
        const finish = content.offsets[right[0].length] ?? 0;
        builder.hyphens.push({
          left,
          right: right[0],
          result: left + resolution.joiner + right[0],
          rule: resolution.rule,
          position: positionOf(builder.find, start, finish),
        });
        if (resolution.joiner === '') {
          pieces[pieces.length - 1] = sliceMapped(previous, 0, previous.text.length - 1);
        } else if (resolution.joiner === '- ') {
          pieces.push(spaceAt(content));
        }
        pieces.push(content);
        return;
      }
      if (!/\/$/u.test(previous.text) || /\s/u.test(content.text.slice(0, 1))) pieces.push(spaceAt(content));
    }
    pieces.push(content);
  });
  return joinMapped(pieces);
}

function spaceAt(next: MappedText): MappedText {
  const at = next.offsets[0] ?? 0;
  return { text: ' ', offsets: Int32Array.of(at, at) };
}

function positionFrom(find: PlaceFinder, text: MappedText) {
  const start = text.offsets[0] ?? 0;
  const end = text.text.length > 0 ? (text.offsets[text.text.length - 1] ?? start) + 1 : start;
  return positionOf(find, start, end);
}

function textNode(find: PlaceFinder, text: MappedText): Text {
  return { type: 'text', value: text.text, position: positionFrom(find, text), data: { offsets: text.offsets } };
}

function paragraph(builder: Builder, text: MappedText, role?: BlockRole): Paragraph {
  const node: Paragraph = { type: 'paragraph', children: [textNode(builder.find, text)], position: positionFrom(builder.find, text) };
  if (role) node.data = { role };
  return node;
}

function heading(builder: Builder, text: MappedText, depth: 1 | 2 | 3, role?: BlockRole): Heading {
  const node: Heading = { type: 'heading', depth, children: [textNode(builder.find, text)], position: positionFrom(builder.find, text) };
  if (role) node.data = { role };
  return node;
}

function definition(builder: Builder, block: Block, text: MappedText, chapter?: string): FootnoteDefinition {
  const number = block.number ?? '';
  const label = chapter ? `${chapter}:${number}` : number;
  return {
    type: 'footnoteDefinition',
    identifier: label.toLowerCase(),
    label,
    children: [paragraph(builder, text)],
    position: positionFrom(builder.find, joinMapped(block.lines.map((line) => line.content), ' ')),
    data: { chapter, number, ...(block.parenthesised ? { parenthesised: true } : {}) },
  };
}
