import { describe, expect, it } from 'vitest';
import { runLetter } from '../helpers/run.ts';

describe('input checks', () => {
  it('warns about a letter saved as a web page, at its first tag', async () => {
    const { file } = await runLetter('Stichting Voorbeeld\n\n<p>Geachte heer,</p>\n<p>De kosten stijgen &amp; de wachtlijsten groeien.</p>\n');
    expect(file.messages.map(String)).toEqual(['letter.txt:3:1: Looks like a web page: tags such as `<p>` and character references are read as text; save the letter as plain text (or copy its text from the browser)']);
  });

  it('reads a "<" or ">" in prose, or one tag, as text without a warning', async () => {
    const { file } = await runLetter('Geachte heer,\n\nHet tekort is < 5 procent als de groei > 3 procent is. Zie <https://example.org>.\n');
    expect(file.messages.map(String)).toEqual([]);
  });

  it('warns about a letter in English, not about a Dutch one that quotes English', async () => {
    const english = await runLetter('Dear members of parliament,\n\nCosts are rising and the waiting lists are growing. We ask you to invest in prevention and to support our members with the funds that they need.\n');
    expect(english.file.messages.map(String)).toEqual(['letter.txt:1:1: The letter reads as English, not Dutch: asks and problems are found by their Dutch wording, so few or none will be']);
    const dutch = await runLetter('Geachte heer,\n\nIn "The state of the nation: health and care for the people of the Netherlands" staat dat de kosten stijgen. Wij vragen u te investeren in preventie en de wijkteams.\n');
    expect(dutch.file.messages.map(String)).toEqual([]);
  });
});
