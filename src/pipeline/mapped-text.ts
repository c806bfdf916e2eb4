/**
 * Text that remembers where each character came from in the source file.
 * `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the end offset.
 * Every repair (joining lines, removing a hyphen, dropping a marker) keeps this map, so a claim
 * can always cite its exact source lines.
 */
export interface MappedText {
  text: string;
  offsets: number[];
}

export function mapped(text: string, start: number): MappedText {
  const offsets = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = start + i;
  return { text, offsets };
}

export function sliceMapped(value: MappedText, start: number, end = value.text.length): MappedText {
  const offsets = value.offsets.slice(start, end);
  offsets.push(end > start ? (value.offsets[end - 1] ?? 0) + 1 : (value.offsets[start] ?? 0));
  return { text: value.text.slice(start, end), offsets };
}

/** Concatenates pieces; `separator` characters are mapped to the start of the next piece. */
export function joinMapped(pieces: MappedText[], separator = ''): MappedText {
  let text = '';
  const offsets: number[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0 && separator) {
      text += separator;
      for (let i = 0; i < separator.length; i++) offsets.push(piece.offsets[0] ?? 0);
    }
    text += piece.text;
    for (let i = 0; i < piece.text.length; i++) offsets.push(piece.offsets[i] ?? 0);
  });
  const last = pieces.at(-1);
  offsets.push(last ? (last.offsets[last.text.length] ?? 0) : 0);
  return { text, offsets };
}

/** Trims white space at both ends, keeping the map. */
export function trimMapped(value: MappedText): MappedText {
  const start = value.text.length - value.text.trimStart().length;
  const end = value.text.trimEnd().length;
  return end <= start ? sliceMapped(value, start, start) : sliceMapped(value, start, end);
}

/** Replaces every match of `pattern` (global) by `replacement`; replaced text maps to the match start. */
export function replaceMapped(value: MappedText, pattern: RegExp, replacement: string): MappedText {
  let text = '';
  const offsets: number[] = [];
  let last = 0;
  for (const match of value.text.matchAll(pattern)) {
    const index = match.index;
    text += value.text.slice(last, index);
    offsets.push(...value.offsets.slice(last, index));
    text += replacement;
    for (let i = 0; i < replacement.length; i++) offsets.push(value.offsets[index] ?? 0);
    last = index + match[0].length;
  }
  text += value.text.slice(last);
  offsets.push(...value.offsets.slice(last));
  return { text, offsets };
}
