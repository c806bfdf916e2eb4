import type { VFile } from 'vfile';
import type { MappedText } from './mapped-text.ts';
import { messageSource, placeFinder } from './messages.ts';

/** Marks a footnote marker that was printed as a superscript, before NFKC turns `¹` into `1`. */
export const superscriptMarker = '\uE000';

const superscriptDigits: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/** One decoder for every letter: without `stream`, each call starts afresh. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const windows1252Decoder = new TextDecoder('windows-1252');

/** The encodings a letter is read in: UTF-8, else what Word and Windows save as "plain text". */
export type LetterEncoding = 'utf-8' | 'windows-1252';

export interface DecodedLetter extends MappedText {
  /** The source as text (after decoding), which all positions refer to. */
  source: string;
  encoding: LetterEncoding;
}

/**
 * Decodes the file's bytes into clean text with a map back to the source.
 * A file that is not UTF-8 but reads as Windows-1252 throughout is read so, with a warning;
 * other invalid UTF-8, NUL bytes and empty files are fatal: they are not letters we can read.
 */
export function decodeLetter(file: VFile): DecodedLetter | undefined {
  const bytes = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value;
  const fatal = (reason: string, place: { line: number; column: number }, ruleId: string) => {
    const message = file.message(reason, { place, ruleId, source: messageSource });
    message.fatal = true;
    return undefined;
  };

  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fatal('Cannot read letter: it is UTF-16 text; save it as UTF-8', { line: 1, column: 1 }, 'utf16');
  }
  const nulByte = bytes.indexOf(0);
  if (nulByte >= 0) {
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, nulByte));
    return fatal('Cannot read letter: it contains NUL bytes, so it is binary, not text', placeFinder(prefix)(prefix.length), 'binary-file');
  }
  let source: string;
  let encoding: LetterEncoding = 'utf-8';
  try {
    source = strictDecoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (readsAsWindows1252(bytes)) {
      // Every byte is one character in Windows-1252: the byte offset is the column's offset too.
      source = windows1252Decoder.decode(bytes);
      encoding = 'windows-1252';
      const prefix = source.slice(0, bad);
      const byte = bytes[bad]!.toString(16).toUpperCase();
      file.message(`Not UTF-8: read as Windows-1252, as Word and Windows save plain text (byte 0x${byte} here is \`${source.charAt(bad)}\`); if an accented letter looks wrong, save the file as UTF-8`, { place: placeFinder(prefix)(prefix.length), ruleId: 'windows-1252', source: messageSource });
    } else {
      const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
      const hint = hasUtf8Sequence(bytes) ? ' (the rest is UTF-8: the file is damaged there, or text in another encoding was pasted in; save it as UTF-8 again)' : ' (nor is it Windows-1252: save it as UTF-8)';
      return fatal(`Cannot read letter: invalid UTF-8 at byte ${bad}${hint}`, placeFinder(prefix)(prefix.length), 'invalid-utf8');
    }
  }
  if (source.trim() === '') {
    return fatal('Cannot read letter: the file is empty or white space only', { line: 1, column: 1 }, 'empty-letter');
  }

  let text = '';
  // Normalisation can lengthen the text (ligatures): the map grows when it must.
  let offsets = new Int32Array(source.length + 16);
  let length = 0;
  const map = (offset: number) => {
    if (length === offsets.length) {
      const larger = new Int32Array(offsets.length * 2);
      larger.set(offsets);
      offsets = larger;
    }
    offsets[length++] = offset;
  };
  let index = 0;
  if (source.charCodeAt(0) === 0xfeff) index = 1; // BOM
  let inSuperscript = false;
  for (; index < source.length; index++) {
    const code = source.charCodeAt(index);
    // Plain ASCII needs no normalisation: the common case, copied a run at a time (not CR or the vertical tab).
    if (code < 0x80 && code !== 13 && code !== 11) {
      let end = index + 1;
      while (end < source.length) {
        const next = source.charCodeAt(end);
        if (next >= 0x80 || next === 13 || next === 11) break;
        end++;
      }
      text += source.slice(index, end);
      for (let offset = index; offset < end; offset++) map(offset);
      index = end - 1;
      inSuperscript = false;
      continue;
    }
    const char = source[index] ?? '';
    if (char === '\r') {
      if (source[index + 1] === '\n') continue; // CRLF: keep the LF
      text += '\n';
      map(index);
      inSuperscript = false;
      continue;
    }
    // Unicode's line and paragraph separators, next line (NEL) and the vertical tab that Word writes for a
    // manual line break: a line break as any other, a paragraph separator an empty line between.
    if (char === '\u2028' || char === '\u0085' || char === '\u000b' || char === '\u2029') {
      for (const piece of char === '\u2029' ? '\n\n' : '\n') {
        text += piece;
        map(index);
      }
      inSuperscript = false;
      continue;
    }
    // Soft hyphens, zero-width spaces, word joiners and stray byte order marks: invisible in print,
    // and in the way of every pattern that reads the words around them.
    if (char === '\u00ad' || char === '\u200b' || char === '\u2060' || char === '\ufeff') continue;
    // "Mantel¬ / zorgers": some PDF extractors print a word broken at a line end with a not sign for its hyphen.
    if (char === '\u00ac' && /^[ \t]*\r?\n/u.test(source.slice(index + 1, index + 12))) {
      text += '-';
      map(index);
      inSuperscript = false;
      continue;
    }
    const digit = superscriptDigits[char];
    if (digit !== undefined) {
      if (!inSuperscript) {
        text += superscriptMarker;
        map(index);
      }
      text += digit;
      map(index);
      inSuperscript = true;
      continue;
    }
    inSuperscript = false;
    const normal = char.normalize('NFKC');
    // NFKC turns ligatures (ﬁ) into several characters and no-break spaces into spaces.
    for (const piece of normal === '\u00a0' ? ' ' : normal) {
      text += piece;
      for (let i = 0; i < piece.length; i++) map(index);
    }
  }
  map(source.length);
  return { source, encoding, text, offsets: offsets.slice(0, length) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8Length(bytes[i]!);
    if (length === 0 || !continues(bytes, i, length)) return i;
    i += length;
  }
  return i;
}

/** How many bytes the UTF-8 sequence a byte opens has: 1 for ASCII, 0 for a byte that opens none. */
function utf8Length(byte: number): number {
  return byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
}

/** Whether the `length - 1` bytes after `at` are UTF-8 continuation bytes. */
function continues(bytes: Uint8Array, at: number, length: number): boolean {
  for (let k = 1; k < length; k++) if (((bytes[at + k] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}

/** Bytes Windows-1252 leaves undefined: a file with one of them is in some other encoding. */
const undefinedInWindows1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether invalid UTF-8 is Windows-1252 text: no byte it leaves undefined, and not one sequence of
 * bytes that spells a character in UTF-8 ("Ã©" for "é" would be read where UTF-8 was damaged).
 */
function readsAsWindows1252(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (undefinedInWindows1252.has(byte)) return false;
  return !hasUtf8Sequence(bytes);
}

/** Whether any bytes above ASCII form a well-formed UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const length = utf8Length(bytes[i]!);
    if (length > 1 && continues(bytes, i, length)) return true;
  }
  return false;
}
