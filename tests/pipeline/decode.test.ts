import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decodeLetter, superscriptMarker } from '../../src/pipeline/decode.ts';

const decode = (bytes: number[] | string) => {
  const file = new VFile({ path: 'brief.txt', value: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes) });
  return { decoded: decodeLetter(file), messages: file.messages.map(String), fatal: file.messages.map((message) => message.fatal) };
};

describe('decode', () => {
  it('strips a BOM, turns CRLF into LF and keeps the map to source offsets', () => {
    const { decoded, messages } = decode('\uFEFFEen\r\nTwee\r\n');
    expect(messages).toEqual([]);
    expect(decoded?.text).toBe('Een\nTwee\n');
    // Offsets count in the decoded source, which TextDecoder reads without its BOM: "Een" (3) + CRLF (2).
    expect(decoded?.source.slice(0, 3)).toBe('Een');
    expect(decoded?.offsets[4]).toBe(5);
  });

  it('marks superscript digits as footnote markers before NFKC, and folds ligatures and no-break spaces', () => {
    const { decoded } = decode('zorg\u00b9\u00b2 en \ufb01nanciële\u00a0steun, onder\u00adsteuning');
    expect(decoded?.text).toBe(`zorg${superscriptMarker}12 en financiële steun, ondersteuning`);
  });

  it('reads a not sign at a line end as the hyphen of a broken word, and keeps one elsewhere', () => {
    const { decoded } = decode('Mantel\u00ac \nzorgers en \u00ac A');
    expect(decoded?.text).toBe('Mantel- \nzorgers en \u00ac A');
    expect(Array.from(decoded?.offsets.slice(0, 8) ?? [])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads line and paragraph separators, NEL and the vertical tab of a manual line break as line breaks, keeping the map', () => {
    const { decoded } = decode('Een\u2028Twee\u000bDrie\u0085Vier\u2029Vijf');
    expect(decoded?.text).toBe('Een\nTwee\nDrie\nVier\n\nVijf');
    expect(Array.from(decoded?.offsets ?? []).slice(0, 22)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 19, 20]);
  });

  it('drops zero-width spaces, word joiners and byte order marks inside the text, keeping the map', () => {
    const { decoded } = decode('schiet\u200b tekort, zorg\u2060kosten\ufeff.');
    expect(decoded?.text).toBe('schiet tekort, zorgkosten.');
    expect(decoded?.source[decoded.offsets[6] ?? 0]).toBe(' ');
  });

  it('reads a letter in Windows-1252, as Word saves plain text, with a warning at its first byte above ASCII', () => {
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    // "De coördinatie kost “€ 5 mln” per jaar." in Windows-1252: ö, “, € and ” are one byte each.
    const bytes = [...ascii('Geachte heer,\r\nDe co'), 0xf6, ...ascii('rdinatie kost '), 0x93, 0x80, ...ascii(' 5 mln'), 0x94, ...ascii(' per jaar.')];
    const { decoded, messages, fatal } = decode(bytes);
    expect(messages).toEqual(['brief.txt:2:6: Not UTF-8: read as Windows-1252, as Word and Windows save plain text (byte 0xF6 here is `ö`); if an accented letter looks wrong, save the file as UTF-8']);
    expect(fatal).toEqual([false]);
    expect(decoded?.encoding).toBe('windows-1252');
    expect(decoded?.text).toBe('Geachte heer,\nDe coördinatie kost “€ 5 mln” per jaar.');
    // One character per byte: the map points at the byte of each character.
    const euro = decoded!.text.indexOf('€');
    expect(decoded?.offsets[euro]).toBe(bytes.indexOf(0x80));
  });

  it('reads UTF-8 as UTF-8, also where its bytes would spell Windows-1252 characters', () => {
    const { decoded, messages } = decode('De coördinatie kost € 5 mln.');
    expect(messages).toEqual([]);
    expect(decoded?.encoding).toBe('utf-8');
    expect(decoded?.text).toBe('De coördinatie kost € 5 mln.');
  });

  it('refuses damaged UTF-8 and bytes that Windows-1252 leaves undefined, at the first bad byte', () => {
    // "één" in UTF-8, then "ö" in Windows-1252: the file mixes two encodings, so neither reads it.
    const mixed = decode([...new TextEncoder().encode('De wachttijd is één jaar.\nDe co'), 0xf6, ...new TextEncoder().encode('rdinatie')]);
    expect(mixed.decoded).toBeUndefined();
    expect(mixed.messages).toEqual(['brief.txt:2:6: Cannot read letter: invalid UTF-8 at byte 33 (the rest is UTF-8: the file is damaged there, or text in another encoding was pasted in; save it as UTF-8 again)']);
    expect(mixed.fatal).toEqual([true]);
    const undefinedByte = decode([...new TextEncoder().encode('Geachte heer,\nDe co'), 0x81, ...new TextEncoder().encode('rdinatie')]);
    expect(undefinedByte.messages).toEqual(['brief.txt:2:6: Cannot read letter: invalid UTF-8 at byte 19 (nor is it Windows-1252: save it as UTF-8)']);
    expect(undefinedByte.fatal).toEqual([true]);
  });

  it('refuses binary files and empty files', () => {
    expect(decode([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]).messages).toEqual(['brief.txt:1:5: Cannot read letter: it contains NUL bytes, so it is binary, not text']);
    expect(decode(' \n\t\n').messages).toEqual(['brief.txt:1:1: Cannot read letter: the file is empty or white space only']);
  });
});
