import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decodeLetter, superscriptMarker } from '../../src/pipeline/decode.ts';
import { looksLikeMarkdown, withoutMarkdown } from '../../src/pipeline/markdown.ts';

const decoded = (text: string) => decodeLetter(new VFile({ value: new TextEncoder().encode(text) }))!;

describe('letters converted to Markdown', () => {
  it('are told by clear signs only: the five letters and the genre letters in plain text are not', () => {
    expect(looksLikeMarkdown('# Inbreng\n\n## Wat vragen wij?\n')).toBe(true);
    expect(looksLikeMarkdown('**Aan:** de Kamer\n\nDe wachtlijsten lopen op.[^1]\n')).toBe(true);
    expect(looksLikeMarkdown('Wij vragen *dringend* aandacht voor de 2 * 3 regelingen.\n')).toBe(false);
    const plain = readdirSync('content/letters').filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`content/letters/${name}`, 'utf8'));
    expect(plain.filter(looksLikeMarkdown)).toEqual([]);
  });

  it('lose their markup, keep their words, notes and links, and every character its place in the source', () => {
    const letter = decoded('## De jeugdzorg\n\n**Dicht het gat** en *voer de agenda* uit.[^1]\nZie [vng.nl](https://vng.nl/jeugd).\n> Een citaat.\n\n[^1]: VNG, Monitor Jeugd 2024.\n');
    const read = withoutMarkdown(letter)!;
    expect(read.text).toBe(`De jeugdzorg\n\nDicht het gat en voer de agenda uit.${superscriptMarker}1\nZie vng.nl (https://vng.nl/jeugd).\nEen citaat.\n\n1 VNG, Monitor Jeugd 2024.\n`);
    expect(read.offsets.length).toBe(read.text.length + 1);
    // Every character but the marker and the space that replace markup stands where it stood.
    const moved = [...read.text].map((char, at) => [char, letter.source[read.offsets[at]!]]).filter(([char, source]) => char !== source);
    expect(moved).toEqual([[superscriptMarker, '['], [' ', ']'], [' ', ']']]);
  });

  it('leave a letter without clear signs as it is', () => {
    expect(withoutMarkdown(decoded('Geachte Kamerleden,\n\nWij vragen u *dringend* de motie te steunen.\n'))).toBeUndefined();
  });

  it('map every character to a place in the source, in order, whatever the markup', () => {
    const piece = fc.constantFrom('## ', '# ', '**', '__', '*', '[^1]', '[^12]:', '[tekst](https://vng.nl/a)', '](', '[', ']', 'woord', ' ', '\n', 'é', '1', '.');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (parts) => {
        const text = `## Kop\n\n**Aan:** u\n${parts.join('')}`;
        const read = withoutMarkdown(decoded(text))!;
        expect(read.offsets.length).toBe(read.text.length + 1);
        for (let at = 1; at < read.offsets.length; at++) expect(read.offsets[at]!).toBeGreaterThanOrEqual(read.offsets[at - 1]!);
        expect(read.offsets.at(-1)).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
