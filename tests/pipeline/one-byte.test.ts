import { describe, expect, it } from 'vitest';
import { inOneByte } from '../../src/pipeline/one-byte.ts';
import { bytesPerCharacter } from '../helpers/bytes-per-character.ts';
import { runLetter } from '../helpers/run.ts';

describe('strings held one byte a character', () => {
  // Long enough that the slice is a view of the text it comes from, not a copy.
  const letter = `Het kabinet’s plan. ${'Gemeenten hebben te weinig geld voor de jeugdzorg. '.repeat(3)}`;
  const slice = letter.slice(20);

  it('are what a slice of a text with a character beyond Latin-1 is not', () => {
    expect(bytesPerCharacter(letter)).toBe(2);
    expect(bytesPerCharacter(slice)).toBe(2);
  });

  it('keep the text as it is', () => {
    expect(inOneByte(slice)).toBe(slice);
    expect(bytesPerCharacter(inOneByte(slice))).toBe(1);
    expect(inOneByte('Gemeenten à la carte: één café')).toBe('Gemeenten à la carte: één café');
    expect(bytesPerCharacter(inOneByte('Gemeenten à la carte: één café'))).toBe(1);
  });

  it('leave a text with a character beyond Latin-1 in two bytes', () => {
    expect(inOneByte(letter)).toBe(letter);
    expect(bytesPerCharacter(inOneByte(letter))).toBe(2);
    expect(inOneByte('')).toBe('');
  });

  it('are what the classifier gets: the sentences of a letter with a "’" elsewhere', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nHet kabinet’s plan schiet tekort. Gemeenten hebben te weinig geld voor de jeugdzorg en de wachtlijsten groeien.\n\nMet vriendelijke groet,\n\nA. Bakker\n');
    const sentences = (file.data.sentences ?? []).map((sentence) => [sentence.text, bytesPerCharacter(sentence.text)]);
    expect(sentences).toEqual([
      ['Het kabinet’s plan schiet tekort.', 2],
      ['Gemeenten hebben te weinig geld voor de jeugdzorg en de wachtlijsten groeien.', 1],
    ]);
  });
});
