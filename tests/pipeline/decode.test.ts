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

  it('drops zero-width spaces, word joiners and byte order marks inside the text, keeping the map', () => {
    const { decoded } = decode('schiet\u200b tekort, zorg\u2060kosten\ufeff.');
    expect(decoded?.text).toBe('schiet tekort, zorgkosten.');
    expect(decoded?.source[decoded.offsets[6] ?? 0]).toBe(' ');
  });

  it('reports invalid UTF-8 at the first bad byte with a hint for Latin-1', () => {
    const latin1 = [...new TextEncoder().encode('Geachte heer,\nDe co'), 0xf6, ...new TextEncoder().encode('rdinatie')];
    const { decoded, messages, fatal } = decode(latin1);
    expect(decoded).toBeUndefined();
    expect(messages).toEqual(['brief.txt:2:6: Cannot read letter: invalid UTF-8 at byte 19 (it looks like Latin-1/Windows-1252: save it as UTF-8)']);
    expect(fatal).toEqual([true]);
  });

  it('refuses binary files and empty files', () => {
    expect(decode([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]).messages).toEqual(['brief.txt:1:5: Cannot read letter: it contains NUL bytes, so it is binary, not text']);
    expect(decode(' \n\t\n').messages).toEqual(['brief.txt:1:1: Cannot read letter: the file is empty or white space only']);
  });
});
