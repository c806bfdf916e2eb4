/**
 * Text that remembers where each character came from in the source file.
 * `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the end offset.
 * Every repair (joining lines, removing a hyphen, dropping a marker) keeps this map, so a claim
 * can always cite its exact source lines.
 */
export interface MappedText {
  text: string;
  /** A typed array: no garbage-collector work per character, and copies are block moves. */
  offsets: Int32Array;
}

/** The map of a text that has none (no characters, no source). */
export const noOffsets = new Int32Array(0);

export function sliceMapped(value: MappedText, start: number, end = value.text.length): MappedText {
  const endOffset = end > start ? (value.offsets[end - 1] ?? 0) + 1 : (value.offsets[start] ?? 0);
  // Where the source goes on unbroken after the slice (most lines of a letter), the slice's map is
  // a view of the map it comes from: no copy. Maps are never written once made.
  if (end < value.offsets.length && value.offsets[end] === endOffset) return { text: value.text.slice(start, end), offsets: value.offsets.subarray(start, end + 1) };
  const offsets = new Int32Array(end - start + 1);
  offsets.set(value.offsets.subarray(start, end));
  offsets[end - start] = endOffset;
  return { text: value.text.slice(start, end), offsets };
}

/** Concatenates pieces; `separator` characters are mapped to the start of the next piece. */
export function joinMapped(pieces: MappedText[], separator = ''): MappedText {
  let length = 0;
  for (const piece of pieces) length += piece.text.length;
  if (pieces.length > 1) length += separator.length * (pieces.length - 1);
  const offsets = new Int32Array(length + 1);
  let text = '';
  let at = 0;
  pieces.forEach((piece, index) => {
    if (index > 0 && separator) {
      text += separator;
      offsets.fill(piece.offsets[0] ?? 0, at, at + separator.length);
      at += separator.length;
    }
    text += piece.text;
    offsets.set(piece.offsets.subarray(0, piece.text.length), at);
    at += piece.text.length;
  });
  const last = pieces.at(-1);
  offsets[at] = last ? (last.offsets[last.text.length] ?? 0) : 0;
  return { text, offsets };
}
