import { superscriptMarker } from '../decode.ts';
import type { Line } from './lines.ts';
import { terminalPunctuation, wordCount } from './lines.ts';
import { isOrganisationName } from '../organisations.ts';
import { isSignedLine, looksLikeName, roleWord } from '../signatory.ts';

// "L.S." (lectori salutem) greets whoever reads a position paper.
// "Geacht college," "Geacht bestuur,": before a neuter noun the greeting has no -e. "Mevrouw de voorzitter,"
// opens a text to be spoken in a committee.
/** An e-mail's greeting of whoever reads it: "Goedendag,", "Hallo allemaal,". */
export const everydayGreeting = 'goedendag|goedemorgen|goedemiddag|hallo';
export const salutationPattern = new RegExp(String.raw`^((zeer\s+)?geachte|hooggeachte|geacht\s+((dagelijks|algemeen)\s+)?(college|bestuur|kabinet|lid|presidium|comité)|beste|lieve|dear|excellentie|${everydayGreeting}|(mevrouw|mijnheer|meneer)\s+de\s+voorzitter)\b|^l\.\s?s\.,?$`, 'iu');
// "Met vriendelijke groet", and the genre's variants: "Met sportieve groet", "Met vriendelijke en
// hartelijke groeten", and a bare "Groet," on a line of its own.
export const closingPattern = /^(met\s+(\p{L}+\s+){1,3}groet(en)?|vriendelijke\s+groet(en)?|hoogachtend|met\s+hoogachting|hartelijke\s+groet(en)?|groet(en)?(?=\s*,?\s*$))\b/iu;
export const onBehalfPattern = /^namens\b/iu;

/**
 * "Met vriendelijke groet," alone, or with the signature after it on its line ("Hoogachtend, Jan
 * Jansen, voorzitter"; "Met vriendelijke groet, namens het bestuur van ZN, drs. M. Jansen,
 * voorzitter"); not a sentence that opens with the words ("Met vriendelijke groeten aan iedereen die …").
 */
function isClosing(text: string): boolean {
  if (!closingPattern.test(text)) return false;
  const words = wordCount(text);
  return words <= 6 || (words <= 16 && /^[^,]+,\s*\S/u.test(text) && !/[.!?:;]$/u.test(text.trim()));
}

/**
 * "Deze oproep wordt gesteund door:" above the names of organisations, one a line: a letter signed
 * by a list of supporters instead of a closing formula.
 */
export const supportersPattern = /^(deze\s+(oproep|brief|petitie|verklaring|position\s*paper|notitie)\s+(wordt|is)\s+(mede\s+)?(gesteund|ondersteund|ondertekend|onderschreven)\s+door|(mede\s+)?(gesteund|ondersteund|ondertekend|onderschreven)\s+door|ondertekenaars|ondertekend)\s*:$/iu;
/** A municipality or province closes in its governing body's name: "Het college van burgemeester en wethouders van Rotterdam,". */
export const governingBodyClosing = /^([Hh]et\s+)?([Cc]ollege\s+van\s+)?([Bb]urgemeester\s+en\s+wethouders|[Gg]edeputeerde\s+[Ss]taten)\s+(van|der)\s+(gemeente\s+|provincie\s+)?(\p{Lu}[\p{L}'’ -]*),?$/u;
const annexPattern = /^bijlage(n)?(\s+\d+|\s+[IVX]+)?\s*[:.–-]?\s*(\p{L}.*)?$/iu;
/** "Aedes vereniging van woningcorporaties", "ActiZ branchevereniging van zorgorganisaties": a name and what it is. */
const namedWithDescription = /^\p{Lu}[\p{L}\d*&-]*(\s+\p{Lu}[\p{L}\d*&-]*){0,2},?\s+(de\s+)?(landelijke\s+)?(vereniging|branchevereniging|brancheorganisatie|beroepsvereniging|federatie|koepel|koepelorganisatie|netwerk|stichting)\s+(van|voor)\s+[\p{L}\s-]{3,60}$/u;
/** "P.S. Op 3 februari …", "PS: …": a postscript. */
const postscriptPattern = /^(P\.\s?S\.?|PS)(\s*[:.–-])?\s+\p{L}/u;
/** "Over ons", "Over Zorg Thuis Nederland": the heading of what the senders say about themselves. */
const aboutUsPattern = /^Over\s+(ons|\p{Lu}[\p{L}\d&*'’. -]*)$/u;
export const notesHeadingPattern = /^(bronvermelding|bronnen|noten|voetnoten|eindnoten|referenties|literatuur(lijst)?|verwijzingen)$/iu;
// "¹ ", "[1] ", "1. ", "1) ", "1 " and "(1) ": how a note's number is printed before its text.
const noteLinePattern = new RegExp(`^(?:${superscriptMarker}(\\d{1,3})|\\[(\\d{1,3})\\]|(\\d{1,3})[.)]?|\\((\\d{1,3})\\))\\s+(?=\\S)`, 'u');

export interface NoteStart {
  number: string;
  /** Length of the marker prefix on the line. */
  prefix: number;
  /** Printed as "(1)": its markers in the text are printed so too. */
  parenthesised: boolean;
}

export function noteStart(line: Line): NoteStart | undefined {
  const match = noteLinePattern.exec(line.content.text);
  if (!match) return undefined;
  return { number: match[1] ?? match[2] ?? match[3] ?? match[4] ?? '', prefix: match[0].length, parenthesised: match[4] !== undefined };
}

/** "*", "**", "†": notes marked by a symbol instead of a number. */
const symbolNoteLine = /^(\*{1,3}|†{1,2}|‡)\s+(?=\S)/u;
/** A symbol glued to the word or punctuation it annotates ("verdubbeld*.", "groeien**"). */
export const gluedSymbolMarker = /(?<=[\p{L}\d.,;:!?)’”])(\*{1,3}|†{1,2}|‡)(?=[\s.,;:!?)’”]|$)/gu;

/**
 * A note marked by a symbol ("* CBS, 2023."), where the text before carries that symbol as a
 * marker: elsewhere "* " opens a bulleted item.
 */
export function symbolNoteStart(line: Line, symbols: ReadonlySet<string> | undefined): NoteStart | undefined {
  const match = symbols?.size ? symbolNoteLine.exec(line.content.text) : null;
  return match && symbols!.has(match[1]!) ? { number: match[1]!, prefix: match[0].length, parenthesised: false } : undefined;
}

/** "1 CBS, 2023.": a note's number without a full stop or bracket after it. */
const bareNoteNumber = /^\d{1,3}\s+\S/u;
/** Marker 1 glued to the word or punctuation it annotates ("verdubbeld.1 In", "armoede1,"). */
const gluedFirstMarker = /(?<=[\p{L}.,;:!?)’”])1(?=[\s.,;:!?)]|$)/mu;

/** A line that can only be a note: it starts with a superscript or bracketed number. */
export function isMarkedNoteLine(line: Line): boolean {
  const text = line.content.text;
  return text.startsWith(superscriptMarker) || /^\[\d{1,3}\]\s/u.test(text);
}

export interface Zones {
  /** Index of the salutation line, if any; lines before it are front matter. */
  salutation?: number;
  /** Index of the closing formula ("Met vriendelijke groet,"), if any. */
  closing?: number;
  /** First line of a signature with no closing formula above it (a position paper that ends in "Dianda Veldman, directeur-bestuurder"), if any. */
  signature?: number;
  /** Index of a "Namens …" line belonging to the signature block. */
  onBehalf?: number;
  /** First line of an annex after the signature ("Bijlage: onze voorstellen" and its text), if any. */
  annex?: number;
  /** First line of the notes section (heading or first note), if any. */
  notesStart?: number;
  notesHeading?: number;
  /** First line after the notes (colophon, contents; or the closing, where the letter closes after its notes), if any. */
  notesEnd?: number;
  /** The closing formula comes after the notes ("Bronnen" and its notes above "Met vriendelijke groet,"). */
  closesAfterNotes?: boolean;
  /** The symbols the text before the signature uses as note markers ("*", "**"). */
  noteSymbols?: Set<string>;
}

export function findZones(lines: Line[], live: (line: Line) => boolean): Zones {
  const zones: Zones = {};
  const textLines = lines.filter(live);
  const limit = Math.max(40, Math.floor(lines.length * 0.5));
  for (const line of textLines) {
    if (line.index > limit) break;
    if (salutationPattern.test(line.content.text) && wordCount(line.content.text) <= 12) {
      zones.salutation = line.index;
      break;
    }
  }
  // Zones follow each other: nothing before the salutation can be a closing or the notes.
  const afterSalutation = (line: Line) => zones.salutation === undefined || line.index > zones.salutation;
  for (const line of textLines) {
    if (!afterSalutation(line)) continue;
    if (notesHeadingPattern.test(line.content.text)) {
      zones.notesHeading = line.index;
      zones.notesStart = line.index;
      break;
    }
  }
  for (const line of textLines) {
    if (zones.notesStart !== undefined && line.index > zones.notesStart) break;
    if (afterSalutation(line) && (isClosing(line.content.text) || governingBodyClosing.test(line.content.text.trim()))) zones.closing = line.index;
  }
  if (zones.closing === undefined && zones.notesHeading !== undefined) {
    // "Bronnen" and its notes above "Met vriendelijke groet,": the letter closes after its notes.
    const late = textLines.find((line) => line.index > zones.notesHeading! && isClosing(line.content.text));
    if (late) {
      zones.closing = zones.notesEnd = late.index;
      zones.closesAfterNotes = true;
    }
  }
  if (zones.closing !== undefined) {
    const before = textLines.filter((line) => !line.blank && line.index < (zones.closing ?? 0)).slice(-2);
    const onBehalf = before.find((line) => afterSalutation(line) && onBehalfPattern.test(line.content.text));
    if (onBehalf) zones.onBehalf = onBehalf.index;
    const after = textLines.find((line) => line.index > (zones.closing ?? 0) && onBehalfPattern.test(line.content.text));
    if (after && after.index - (zones.closing ?? 0) <= 3) zones.onBehalf ??= after.index;
  }
  if (zones.closing === undefined) {
    // No closing formula but a list of supporters: it closes the letter, its names sign it.
    const supporters = textLines.find((line) => afterSalutation(line) && line.index < (zones.notesStart ?? lines.length) && supportersPattern.test(line.content.text.trim()));
    if (supporters) zones.closing = supporters.index;
  }
  if (zones.closing === undefined) {
    // No "Met vriendelijke groet": a line "Name, role" among the last lines before the notes (found
    // by heading, or numbered after it) signs the letter, with the organisation's name right above it.
    const tail = textLines.filter((line) => !line.blank && afterSalutation(line) && line.index < (zones.notesStart ?? lines.length) && !noteStart(line) && !isMarkedNoteLine(line)).slice(-3);
    // Also names over their roles: "Jan Jansen      Piet Pietersen" / "Voorzitter VNG      Voorzitter IPO".
    const nameAndRole = tail.find((line) => isSignedLine(line.content.text) || namesOverRoles(line, lines[line.index + 1]));
    const above = nameAndRole ? lines[nameAndRole.index - 1] : undefined;
    if (nameAndRole) zones.signature = above && live(above) && !above.blank && (isOrganisationName(above.content.text) || namedWithDescription.test(above.content.text)) ? above.index : nameAndRole.index;
    // "Namens het G40 Stedennetwerk," over a name: the letter closes in its senders' name.
    // Two or three signatures of a name over a role may follow it.
    const lastLines = textLines.filter((line) => !line.blank && afterSalutation(line) && line.index < (zones.notesStart ?? lines.length)).slice(-8);
    const onBehalf = lastLines.find((line, at) => onBehalfPattern.test(line.content.text) && wordCount(line.content.text) <= 10 && !terminalPunctuation.test(line.content.text.replace(/[,:]$/u, '')) && looksLikeName(lastLines[at + 1]?.content.text.replace(/,$/u, '') ?? ''));
    if (onBehalf && (zones.signature === undefined || onBehalf.index < zones.signature)) zones.signature = zones.onBehalf = onBehalf.index;
  }
  // Where the signature starts, with or without a closing formula: an annex and endnotes come after it.
  const signed = zones.closing ?? zones.signature;
  if (signed !== undefined) {
    // "Bijlage: onze voorstellen" above paragraphs of its own: an annex, read as the body is. A line
    // "Bijlage: Sportagenda 2024–2028" with nothing after it only names an enclosure.
    const annex = textLines.find((line) => line.index > signed && (zones.notesStart === undefined || line.index < zones.notesStart) && annexPattern.test(line.content.text));
    const after = annex ? textLines.filter((line) => line.index > annex.index && (zones.notesStart === undefined || line.index < zones.notesStart)) : [];
    if (annex && after.reduce((words, line) => words + wordCount(line.content.text), 0) >= 15) zones.annex = annex.index;
  }
  const bodyEnd = zones.notesStart ?? signed ?? lines.length;
  const symbols = new Set(textLines.filter((line) => line.index < bodyEnd && /[*†‡]/u.test(line.content.text)).flatMap((line) => [...line.content.text.matchAll(gluedSymbolMarker)].map((match) => match[1]!)));
  if (symbols.size) zones.noteSymbols = symbols;
  if (zones.notesStart === undefined && signed !== undefined) {
    // Endnotes after the signature: a run of lines numbered 1, 2, 3 …, or marked as notes (², [2],
    // or "*" where the text has that marker); in an annex, numbered lines are its own.
    const first = textLines.find((line) => line.index > signed && (zones.annex === undefined || line.index < zones.annex) && (noteStart(line)?.number === '1' || isMarkedNoteLine(line) || symbolNoteStart(line, symbols) !== undefined));
    if (first) zones.notesStart = first.index;
  }
  if (signed !== undefined) {
    // A postscript under the signature is read as the body is, as it may ask too; so is what the
    // senders say about themselves under "Over ons" (its heading names no sender).
    const postscript = textLines.find((line) => line.index > signed && line.index < (zones.notesStart ?? lines.length) && (postscriptPattern.test(line.content.text) || (aboutUsPattern.test(line.content.text) && wordCount(line.content.text) <= 6)));
    if (postscript && postscript.index < (zones.annex ?? lines.length)) zones.annex = postscript.index;
  }
  if (zones.notesStart === undefined && signed === undefined) {
    // A position paper without a signature may end on its notes: its last lines, from one printed
    // "1 …" (not "1. …", which opens a list), where the text before carries marker 1 glued to a
    // word or full stop ("verdubbeld.1", "armoede1").
    const first = textLines.findLast((line) => bareNoteNumber.test(line.content.text) && noteStart(line)?.number === '1');
    if (first && textLines.filter((line) => line.index > first.index).length <= 40) {
      const before = textLines.filter((line) => line.index < first.index).map((line) => line.content.text).join('\n');
      if (gluedFirstMarker.test(before)) zones.notesStart = first.index;
    }
  }
  if (zones.notesStart !== undefined && zones.notesEnd === undefined) {
    // A long gap of empty lines ends the notes: what follows is a colophon or a table of contents.
    let blanks = 0;
    for (let index = zones.notesStart + 1; index < lines.length; index++) {
      const line = lines[index];
      if (!line) break;
      if (line.blank) {
        blanks++;
        continue;
      }
      if (blanks >= 3) {
        zones.notesEnd = index;
        break;
      }
      blanks = 0;
    }
  }
  return zones;
}

/** Whether a line in the notes section is a chapter heading (numbering restarts below it). */
export function isNotesChapterHeading(lines: Line[], line: Line, live: (line: Line) => boolean): boolean {
  const text = line.content.text;
  if (noteStart(line) || wordCount(text, 8) > 8 || terminalPunctuation.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const next = lines.slice(line.index + 1).find((other) => live(other) && !other.blank);
  return next !== undefined && noteStart(next)?.number === '1';
}

/**
 * A line of people's names side by side, with the line right under it giving each one's role; or
 * one name over its role ("Jan Jansen" / "voorzitter Jeugdzorg Nederland", as a text spoken in a
 * committee ends after "Dank voor uw aandacht.").
 */
function namesOverRoles(line: Line, next: Line | undefined): boolean {
  const names = line.content.text.split(/\s{2,}/u);
  const roles = next && !next.blank ? next.content.text.split(/\s{2,}/u) : [];
  return names.every(looksLikeName) && roles.length === names.length && roles.every((role) => roleWord.test(role));
}

/**
 * "Geachte …," again after "Met vriendelijke groet,": a second letter saved in the same file, which
 * is read as one letter (its salutation runs into its first sentence). Not in a reply's quoted
 * message or under a forwarding note: those are cut off before the zones are found.
 */
export function secondSalutation(lines: readonly Line[], salutation: number | undefined, live: (line: Line) => boolean): Line | undefined {
  if (salutation === undefined) return undefined;
  let closed = false;
  for (const line of lines.slice(salutation + 1)) {
    if (line.blank || !live(line)) continue;
    const text = line.content.text.trim();
    if (closingPattern.test(text)) closed = true;
    else if (closed && salutationPattern.test(text) && wordCount(text) <= 12) return line;
  }
  return undefined;
}
