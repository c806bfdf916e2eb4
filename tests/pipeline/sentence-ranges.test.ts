import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Paragraph, Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { nlcstSentenceRanges, plainSentenceRanges, sentenceRanges } from '../../src/pipeline/sentence-ranges.ts';
import { inlineText } from '../../src/pipeline/sentences.ts';
import { runLetter } from '../helpers/run.ts';

const pieces = (text: string) => sentenceRanges(text).map((range) => text.slice(range.start, range.end));

describe('sentence ranges', () => {
  it('splits plain text without the nlcst tree', () => {
    const text = ' Wij vragen u dit. Dank u (zeer)! Wie ‘betaalt’? Niemand ';
    expect(plainSentenceRanges(text)).toEqual(nlcstSentenceRanges(text));
    expect(pieces(text)).toEqual(['Wij vragen u dit.', 'Dank u (zeer)!', 'Wie ‘betaalt’?', 'Niemand']);
  });

  it('leaves abbreviations, numbers, lower case and line breaks to parse-dutch', () => {
    // A capital outside the Basic Multilingual Plane is no letter to parse-latin: one sentence.
    expect(nlcstSentenceRanges('Wij.\t𝐀')).toEqual([{ start: 0, end: 7 }]);
    for (const text of ['Zie o.a. de brief.', 'Het kost 1.5 miljoen. Dat is veel.', 'Nr. Vijf is het.', 'Het ging zo. Dan verder.', 'Dit is het. en dat ook.', 'Dit.\nDat.', 'Het stijgt.1 Dat is zo.', 'Wij.\t𝐀']) {
      expect(plainSentenceRanges(text), text).toBeUndefined();
    }
    expect(pieces('Zie o.a. de brief. Dank.')).toEqual(['Zie o.a. de brief.', 'Dank.']);
  });

  it('agrees with parse-dutch on every block of the five letters, and reads most of their text itself', async () => {
    let plain = 0;
    let total = 0;
    for (const name of readdirSync('content/letters').filter((file) => file.endsWith('.txt'))) {
      const { tree } = await runLetter(readFileSync(join('content/letters', name)));
      visit(tree, ['paragraph', 'heading'], (node) => {
        const { text } = inlineText((node as Paragraph | Heading).children).text;
        const ranges = plainSentenceRanges(text);
        total += text.length;
        if (!ranges) return;
        plain += text.length;
        expect(ranges, text).toEqual(nlcstSentenceRanges(text));
      });
    }
    expect(plain / total).toBeGreaterThan(0.6);
  });

  it('agrees with parse-dutch on random text', () => {
    const agrees = (text: string) => {
      const ranges = plainSentenceRanges(text);
      if (ranges) expect(ranges).toEqual(nlcstSentenceRanges(text));
    };
    const token = fc.constantFrom('Wij', 'vragen', 'u', 'De', 'zo', 'nr', 'Nr', 'bijv', 'o.a', 'A', 'b', '2024', '(', ')', '‘', '’', '“', '”', '"', "'", '.', '.', '?', '!', '…', '‽', ',', ';', ':', '-', '/', ' ', ' ', '\u00a0', '\u0085', '\t', '\u2028', '\ufeff', 'é', 'e\u0301', '𝐀', 'IJ');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join('')), agrees), { numRuns: 2000 });
    // Text shaped like sentences, so the plain path is taken often: abbreviations from parse-dutch's
    // lists, quotes and brackets around the last word, and white space parse-latin does (not) know.
    const word = fc.constantFrom('Wij', 'vragen', 'u', 'zo', 'nr', 'Nr', 'bijv', 'etc', 'ca', 'Ned', 'Hr', 'blz', 'vs', 'Dr', 'Mr', 'ir', 'St', 'IJsselmeer', 'café', 'a', 'B', 'fig', 'zgn', 'resp', 'jan', 'Feb', 'ma', 'incl', 'tel', 'Sr', 'Jz', 'mevr', 'dhr', 'e\u0301n', '2024');
    const sentence = fc
      .tuple(fc.constantFrom('', '', '(', '‘', '“', '"'), fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', ')', '’', '”', '"', "'", '’)'), fc.constantFrom('.', '.', '.', '?', '!', '…', '‽', ''))
      .map(([open, words, close, marker]) => open + words.join(' ') + close + marker);
    const space = fc.constantFrom(' ', ' ', '  ', '\u00a0', '\u0085', '\t', '\u2028', '\ufeff', ' \ufeff');
    const text = fc.array(fc.tuple(sentence, space), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([words, after]) => words + after).join(''));
    fc.assert(fc.property(text, agrees), { numRuns: 5000 });
  });
});
