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
