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

export interface DecodedLetter extends MappedText {
  /** The source as text (after UTF-8 decoding), which all positions refer to. */
  source: string;
}

/**
 * Decodes the file's bytes into clean text with a map back to the source.
 * Invalid UTF-8, NUL bytes and empty files are fatal: they are not letters we can read.
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
  try {
    source = strictDecoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const place = placeFinder(prefix)(prefix.length);
    const hint = looksLikeLatin1(bytes) ? ' (it looks like Latin-1/Windows-1252: save it as UTF-8)' : '';
    return fatal(`Cannot read letter: invalid UTF-8 at byte ${bad}${hint}`, place, 'invalid-utf8');
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
    // Plain ASCII needs no normalisation: the common case, copied a run at a time.
    if (code < 0x80 && code !== 13) {
      let end = index + 1;
      while (end < source.length) {
        const next = source.charCodeAt(end);
        if (next >= 0x80 || next === 13) break;
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
    // Soft hyphens, zero-width spaces, word joiners and stray byte order marks: invisible in print,
    // and in the way of every pattern that reads the words around them.
    if (char === '\u00ad' || char === '\u200b' || char === '\u2060' || char === '\ufeff') continue;
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
  return { source, text, offsets: offsets.slice(0, length) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

function looksLikeLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  for (const byte of bytes) if (byte >= 0xa0) high++;
  return high > 0 && !bytes.includes(0);
}
