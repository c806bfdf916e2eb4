import { describe, expect, it } from 'vitest';
import { columnRuns } from '../../src/pipeline/layout/columns.ts';
import { splitLines } from '../../src/pipeline/layout/lines.ts';

const lines = (text: string) => splitLines({ text, offsets: Int32Array.from({ length: text.length + 1 }, (_, index) => index) });
const cells = (text: string) => columnRuns(lines(text)).map((run) => ({ head: run.head, ...(run.prose ? { prose: true } : {}), rows: run.rows.map((row) => row.map((cell) => cell.map((line) => line.content.text).join(' '))) }));

describe('text in columns', () => {
  it('reads running text in two columns as prose, down the left column and then the right; not a signature in two columns', () => {
    const page = [
      'Ouderen willen zo lang mogelijk thuis          Wij vragen de Kamer daarom om de',
      'blijven wonen. Maar het aantal geschikte       bouw van geclusterde woonvormen te',
      'woningen groeit veel te langzaam.              versnellen.',
    ].join('\n');
    expect(cells(page)).toEqual([{ head: false, prose: true, rows: [['Ouderen willen zo lang mogelijk thuis blijven wonen. Maar het aantal geschikte woningen groeit veel te langzaam.', 'Wij vragen de Kamer daarom om de bouw van geclusterde woonvormen te versnellen.']] }]);
    const signatures = ['Jan van Zanen                    Marco Florijn', 'voorzitter G40                   wethouder Financiën gemeente Leeuwarden', 'gemeente Apeldoorn               gemeente Leeuwarden'].join('\n');
    expect(cells(signatures)).toEqual([]);
  });

  it('opens a row under a head "Wie" whose cell is in lower case ("kabinet"), where a cell in lower case elsewhere goes on', () => {
    const table = [
      'Maatregel                           Kosten per jaar   Wie',
      'Schrap de opschalingskorting        € 1 miljard       kabinet',
      'Indexeer het gemeentefonds          € 0,5 miljard     minister van BZK',
      'Compenseer de jeugdzorg volledig    € 0,8 miljard     kabinet',
    ].join('\n');
    expect(cells(table)).toEqual([
      {
        head: true,
        rows: [
          ['Maatregel', 'Kosten per jaar', 'Wie'],
          ['Schrap de opschalingskorting', '€ 1 miljard', 'kabinet'],
          ['Indexeer het gemeentefonds', '€ 0,5 miljard', 'minister van BZK'],
          ['Compenseer de jeugdzorg volledig', '€ 0,8 miljard', 'kabinet'],
        ],
      },
    ]);
  });

  it('reads a table whose cells are set apart by tabs, as a word processor copies one; not items after a bullet or number and a tab, nor fields of a letterhead', () => {
    const table = ['Maatregel\tKosten per jaar\tWie', 'Schrap de opschalingskorting\t€ 1 miljard\tkabinet', 'Indexeer het gemeentefonds \t\t€ 0,5 miljard\tminister van BZK'].join('\n');
    expect(cells(table)).toEqual([
      {
        head: true,
        rows: [
          ['Maatregel', 'Kosten per jaar', 'Wie'],
          ['Schrap de opschalingskorting', '€ 1 miljard', 'kabinet'],
          ['Indexeer het gemeentefonds', '€ 0,5 miljard', 'minister van BZK'],
        ],
      },
    ]);
    expect(cells(['•\tZorg voor vroegsignalering in alle gemeenten.', '•\tMaak de beslagvrije voet eenvoudiger te berekenen.'].join('\n'))).toEqual([]);
    expect(cells(['1.\tZorg voor vroegsignalering in alle gemeenten.', '2.\tMaak de beslagvrije voet eenvoudiger te berekenen.'].join('\n'))).toEqual([]);
    expect(cells(['Datum:\t14 oktober 2025', 'Betreft:\tInbreng voor het commissiedebat over de publieke gezondheid'].join('\n'))).toEqual([]);
  });

  it('reads each row cell by cell, a wrapped cell as one', () => {
    const table = [
      'Knelpunt                                 Voorstel',
      'Gemeenten hebben te weinig geld voor     Verhoog het budget voor de',
      'de jeugdzorg.                            jeugdzorg structureel.',
      'De wachtlijsten in de ggz groeien.       Investeer in de ggz in de wijk.',
      '',
      'Er zijn te weinig woningen.              Bouw jaarlijks 30.000 sociale',
      '                                         huurwoningen.',
    ].join('\n');
    expect(cells(table)).toEqual([
      {
        head: true,
        rows: [
          ['Knelpunt', 'Voorstel'],
          ['Gemeenten hebben te weinig geld voor de jeugdzorg.', 'Verhoog het budget voor de jeugdzorg structureel.'],
          ['De wachtlijsten in de ggz groeien.', 'Investeer in de ggz in de wijk.'],
          ['Er zijn te weinig woningen.', 'Bouw jaarlijks 30.000 sociale huurwoningen.'],
        ],
      },
    ]);
  });

  it('ends the table at a line that does not go on with a cell', () => {
    const table = ['De wachtlijsten groeien.     Investeer in de ggz.', 'Er zijn te weinig woningen.  Bouw meer woningen.', 'Wij rekenen op uw steun.'].join('\n');
    expect(cells(table)).toEqual([{ head: false, rows: [['De wachtlijsten groeien.', 'Investeer in de ggz.'], ['Er zijn te weinig woningen.', 'Bouw meer woningen.']] }]);
  });

  it('reads three columns of text, a cell missing from a wrapped line; not a table of figures', () => {
    const table = [
      'Knelpunt                     Voorstel                        Wie',
      'De wachtlijsten groeien      Investeer in de ggz in de       Kabinet',
      '                             wijk',
      'Er zijn te weinig woningen   Bouw meer sociale huurwoningen  Provincies',
    ].join('\n');
    expect(cells(table)).toEqual([
      {
        head: true,
        rows: [
          ['Knelpunt', 'Voorstel', 'Wie'],
          ['De wachtlijsten groeien', 'Investeer in de ggz in de wijk', 'Kabinet'],
          ['Er zijn te weinig woningen', 'Bouw meer sociale huurwoningen', 'Provincies'],
        ],
      },
    ]);
    expect(cells(['Gemeente        Tekort 2024 (mln)   Tekort 2025 (mln)', 'Amsterdam       42                  58', 'Den Haag        28                  37'].join('\n'))).toEqual([]);
  });

  it('sees no columns in justified prose with a double space here and there', () => {
    const prose = [
      'Gemeenten hebben te weinig geld.  Dat merken inwoners elke dag, in de wijk en',
      'bij het loket.  Daarom vragen wij u de middelen structureel te verhogen en de',
      'korting op het gemeentefonds terug te draaien.',
    ].join('\n');
    expect(cells(prose)).toEqual([]);
    // Two rows with a narrow gap at the same place could still be prose: a table has a wide gap or a third row.
    expect(cells(['Gemeenten betalen nu.  Het rijk betaalt', 'nog steeds niet mee.  En dat moet anders.'].join('\n'))).toEqual([]);
  });
});
