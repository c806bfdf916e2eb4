import type { DecodedLetter } from './decode.ts';
import { superscriptMarker } from './decode.ts';

/**
 * A letter converted from PDF to Markdown (as markitdown, pandoc or a chat tool give it) carries
 * markup the layout stage would read as text: "## De jeugdzorg staat onder druk", "**Aan:** …",
 * "**Dicht het gat** in …", "[^1]". Only a letter with clear signs of Markdown is read so: two
 * heading lines, or markup of two kinds.
 */
export function looksLikeMarkdown(text: string): boolean {
  const headings = text.match(/^#{1,6}[ \t]+\S/gmu)?.length ?? 0;
  const kinds = [headings > 0, /\*\*[^*\n]+\*\*/u.test(text), /\[\^\d{1,3}\]/u.test(text), /\]\(https?:\/\//u.test(text)].filter(Boolean).length;
  return headings >= 2 || kinds >= 2;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Markup and what takes its place: nothing, or what the text means by it. */
const markup: Array<{ pattern: RegExp; edits: (match: RegExpExecArray) => Edit[] }> = [
  // "## Wat vragen wij?": the heading's words, on a line of their own; "> …": a quoted line's words.
  { pattern: /^#{1,6}[ \t]+(?=\S)|^>[ \t]?(?=\S)/gmu, edits: (match) => [{ start: match.index, end: match.index + match[0].length, replacement: '' }] },
  // "**Aan:**", "__nu__", "*Voer … uit*": the words, without the marks of emphasis.
  { pattern: /(\*\*|__)(?=\S)[^\n]+?(?<=\S)\1|(?<![*\p{L}\p{N}])\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![*\p{L}\p{N}])/gu, edits: (match) => {
    const mark = match[0].startsWith('**') || match[0].startsWith('__') ? 2 : 1;
    const end = match.index + match[0].length;
    return [{ start: match.index, end: match.index + mark, replacement: '' }, { start: end - mark, end, replacement: '' }];
  } },
  // "[^1]: VNG, Monitor Jeugd 2024.": a note, as a printed one reads ("1 VNG, …").
  { pattern: /^\[\^(\d{1,3})\]:[ \t]*/gmu, edits: (match) => [
    { start: match.index, end: match.index + 2, replacement: '' },
    { start: match.index + 2 + (match[1]?.length ?? 0), end: match.index + match[0].length, replacement: ' ' },
  ] },
  // "… lopen op.[^1]": a footnote marker, as a superscript one reads.
  { pattern: /\[\^(\d{1,3})\](?!:)/gu, edits: (match) => [
    { start: match.index, end: match.index + 2, replacement: superscriptMarker },
    { start: match.index + match[0].length - 1, end: match.index + match[0].length, replacement: '' },
  ] },
  // "[vng.nl](https://vng.nl/jeugd)": the link's words and its address, as a printed link reads.
  { pattern: /\[([^\]\n^][^\]\n]*)\]\((https?:[^)\s]+)\)/gu, edits: (match) => [
    { start: match.index, end: match.index + 1, replacement: '' },
    { start: match.index + 1 + (match[1]?.length ?? 0), end: match.index + 3 + (match[1]?.length ?? 0), replacement: ' (' },
  ] },
];

/**
 * The letter with its Markdown read as layout and text: marks of emphasis and headings dropped,
 * notes and links as a printed letter has them. Every character left keeps its place in the
 * source; undefined when the letter shows no clear signs of Markdown.
 */
export function withoutMarkdown(letter: DecodedLetter): DecodedLetter | undefined {
  const { text, offsets } = letter;
  if (!looksLikeMarkdown(text)) return undefined;
  const edits: Edit[] = [];
  for (const { pattern, edits: editsOf } of markup) for (const match of text.matchAll(pattern)) edits.push(...editsOf(match));
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  const map: number[] = [];
  let at = 0;
  for (const edit of edits) {
    // Markup inside markup already edited ("**[^1]**") is left to the first edit.
    if (edit.start < at) continue;
    out += text.slice(at, edit.start);
    for (let offset = at; offset < edit.start; offset++) map.push(offsets[offset]!);
    out += edit.replacement;
    // Each character of what replaces markup stands where the markup's character in its place did ("](" → " (").
    for (let i = 0; i < edit.replacement.length; i++) map.push(offsets[Math.min(edit.start + i, edit.end - 1)]!);
    at = edit.end;
  }
  out += text.slice(at);
  for (let offset = at; offset <= text.length; offset++) map.push(offsets[offset]!);
  return { source: letter.source, encoding: letter.encoding, text: out, offsets: Int32Array.from(map) };
}
