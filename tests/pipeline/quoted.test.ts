import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/pipeline/layout/lines.ts';
import { earlierMessageStart, forwardedLetterStart } from '../../src/pipeline/layout/quoted.ts';

const linesOf = (text: string) => splitLines({ text, offsets: Int32Array.from({ length: text.length + 1 }, (_, index) => index) });
const start = (text: string) => earlierMessageStart(linesOf(text));
const reply = 'Geachte griffier,\n\nHierbij onze inbreng voor het gesprek over de huren.\n\nMet vriendelijke groet,\n\nWoonbond\n\n';

describe('an earlier message quoted under a reply', () => {
  it('starts at a separator, an attribution line, or fields under the reply\'s closing', () => {
    expect(start(`${reply}-----Oorspronkelijk bericht-----\nVan: Griffie\n\nGraag uw inbreng.\n`)).toBe(8);
    expect(start(`${reply}Op 3 mrt. 2025 om 14:20 schreef Griffie VRO <vro@tweedekamer.nl>:\n\nGraag uw inbreng.\n`)).toBe(8);
    expect(start(`${reply}________________________________\nVan: Griffie VRO\nVerzonden: maandag 3 maart 2025\n\nGraag uw inbreng.\n`)).toBe(8);
    expect(start(`${reply}Van: Griffie VRO\nVerzonden: maandag 3 maart 2025\nOnderwerp: Inbreng\n\nGraag uw inbreng.\n`)).toBe(8);
  });

  it('is no quotation when the message only forwards the letter, or names a sender in its own header', () => {
    expect(start('-----Oorspronkelijk bericht-----\nVan: Woonbond\n\nGeachte griffier,\n\nDe huren stijgen.\n')).toBeUndefined();
    expect(start('Zie onderstaande brief van de Woonbond.\n\n---------- Doorgestuurd bericht ---------\nVan: Woonbond\n\nGeachte griffier,\n\nDe huren stijgen.\n')).toBeUndefined();
    expect(start('Van: Woonbond\nVerzonden: maandag 3 maart 2025\nAan: griffie\n\nGeachte griffier,\n\nDe huren stijgen.\n')).toBeUndefined();
    expect(start(reply)).toBeUndefined();
    // A quotation in the letter's own text is no earlier message.
    expect(start('Geachte leden,\n\nDe huren stijgen harder dan de inkomens.\nOp 12 mei 2024 schreef de minister in haar brief aan de Kamer:\n\nDe huren moeten betaalbaar blijven.\n\nWij vragen u de minister daaraan te houden.\n')).toBeUndefined();
  });
});

describe('a letter forwarded under a note', () => {
  const forward = '---------- Doorgestuurd bericht ---------\nVan: Woonbond <info@woonbond.nl>\nDatum: ma 3 mrt 2025 om 16:40\n\nGeachte leden van de commissie,\n\nDe huren stijgen.\n';

  it('starts under "Doorgestuurd bericht" when the note above has words of its own', () => {
    expect(forwardedLetterStart(linesOf(`${reply}${forward}`))).toBe(9);
    expect(forwardedLetterStart(linesOf(`Van: Secretariaat\nAan: griffie\n\n${reply}Begin doorgestuurd bericht:\n\nGeachte leden,\n\nDe huren stijgen.\n`))).toBe(12);
    // Its fields are the letter's, not a message answered.
    expect(start(`${reply}${forward}`)).toBeUndefined();
  });

  it('is the whole message when nothing but fields stands above the forward', () => {
    expect(forwardedLetterStart(linesOf(`Van: Secretariaat\nAan: griffie\nOnderwerp: FW: inbreng\n\n${forward}`))).toBeUndefined();
    expect(forwardedLetterStart(linesOf(reply))).toBeUndefined();
  });
});
