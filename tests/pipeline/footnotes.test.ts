import { describe, expect, it } from 'vitest';
import { runLetter } from '../helpers/run.ts';

describe('footnotes', () => {
  it('warns about a marker without a note and keeps the digits as text', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDe kosten stijgen.¹ En de G40 vraagt geld.\n');
    expect(file.messages.map(String)).toEqual(['letter.txt:3:19: Footnote marker `1` has no note; it is kept as text']);
    expect(file.data.sentences?.map((sentence) => sentence.text)).toEqual(['De kosten stijgen.1', 'En de G40 vraagt geld.']);
  });

  it('takes a decimal comma for part of a number, not for a note after a comma', async () => {
    const { file } = await runLetter('Geachte heer,\n\nHet tekort bedraagt 1,3 miljard euro per jaar.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => sentence.text)).toEqual(['Het tekort bedraagt 1,3 miljard euro per jaar.']);
  });

  it('warns about a note that no marker refers to', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDe kosten stijgen.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 https://example.org/kosten\n');
    expect(file.messages.map(String)).toEqual(['letter.txt:9:1-9:29: Footnote `1` is never referenced in the text']);
  });

  it('reads notes marked "*" and "**" where the text carries those markers, and leaves "* " items alone elsewhere', async () => {
    const { file } = await runLetter('Geachte leden,\n\nHet aantal daklozen is verdubbeld*. Ook de wachtlijsten groeien**.\n\nMet vriendelijke groet,\n\nJan Jansen, voorzitter\n\n* CBS, Dakloosheid in Nederland, 2023.\n** Rapport wachtlijsten, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['Het aantal daklozen is verdubbeld.', ['*']],
      ['Ook de wachtlijsten groeien.', ['**']],
    ]);
    const items = await runLetter('Geachte leden,\n\nWij vragen u:\n* de korting te schrappen;\n* de wet te evalueren.\n\nMet vriendelijke groet,\n\nJan Jansen, voorzitter\n\n* Zie ook onze eerdere brief.\n');
    expect(items.file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['Wij vragen u:', []],
      ['de korting te schrappen;', []],
      ['de wet te evalueren.', []],
    ]);
  });

  it('reads a marker after a number that ends a sentence, but not a numbered reference', async () => {
    const { file } = await runLetter('Geachte heer,\n\nHet aantal steeg tot 700.000.1 Dat staat in artikel 3.1 Wmo.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['Het aantal steeg tot 700.000.', ['1']],
      ['Dat staat in artikel 3.1 Wmo.', []],
    ]);
  });

  it('reads a marker run into a year ("in 20231") for a note no other marker refers to, and leaves other numbers alone', async () => {
    const { file } = await runLetter('Geachte heer,\n\nHet tekort liep op tot 1,2 miljard euro in 20231. De kosten stegen sinds 2019 met 12 procent.2 Er wonen 20231 mensen.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, Statline 2024.\n2 NZa, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['Het tekort liep op tot 1,2 miljard euro in 2023.', ['1']],
      ['De kosten stegen sinds 2019 met 12 procent.', ['2']],
      ['Er wonen 20231 mensen.', []],
    ]);
    // Every note referenced already: a year is read as it stands.
    const referenced = await runLetter('Geachte heer,\n\nDe kosten stijgen.1 Het plan loopt tot 20301.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024.\n');
    expect(referenced.file.data.sentences?.map((sentence) => sentence.text)).toEqual(['De kosten stijgen.', 'Het plan loopt tot 20301.']);
  });

  it('reads a marker run into a figure grouped in thousands ("tot 17.0002") for a note no other marker refers to, not a figure grouped right', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDe wachtlijst is opgelopen tot ruim 17.0002. Er wachten 1.250.000 mensen op een woning.1 Het budget is 3.500 euro.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, Statline 2024.\n2 COA, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['De wachtlijst is opgelopen tot ruim 17.000.', ['2']],
      ['Er wachten 1.250.000 mensen op een woning.', ['1']],
      ['Het budget is 3.500 euro.', []],
    ]);
    // Every note referenced already: the figure is read as it stands.
    const referenced = await runLetter('Geachte heer,\n\nDe kosten stijgen.1 Er wachten 17.0002 mensen.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024.\n');
    expect(referenced.file.data.sentences?.map((sentence) => sentence.text)).toEqual(['De kosten stijgen.', 'Er wachten 17.0002 mensen.']);
  });

  it('cites a note the text refers to in words ("(zie noot 2)"), which then counts as referenced', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDe kosten stijgen.1 De huur steeg met een vijfde (zie noot 2). Zie voor beide de eindnoten 1 en 2 hieronder. Het is noot 7 die telt.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024.\n2 Nibud, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['De kosten stijgen.', ['1']],
      ['De huur steeg met een vijfde (zie noot 2).', ['2']],
      ['Zie voor beide de eindnoten 1 en 2 hieronder.', ['1', '2']],
      ['Het is noot 7 die telt.', []],
    ]);
    // A note's own words refer to no note.
    const inNote = await runLetter('Geachte heer,\n\nDe kosten stijgen.1\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024; zie ook noot 2.\n2 Nibud, 2024.\n');
    expect(inNote.file.messages.map(String)).toEqual(['letter.txt:10:1-10:15: Footnote `2` is never referenced in the text']);
  });

  it('reads a marker after a percentage ("steeg met 12%3")', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDe huur steeg met 12%1. Dat is veel.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['De huur steeg met 12%.', ['1']],
      ['Dat is veel.', []],
    ]);
  });

  it('keeps a list of sources without numbers under the notes apart from the last note', async () => {
    const { tree } = await runLetter('Geachte heer,\n\nDe kosten stijgen.1\n\nMet vriendelijke groet,\n\nJan Jansen\n\nBronnen\n1. CBS, 2024.\n- Nibud, 2023.\n- NVVK, 2022.\n');
    expect(tree.children.slice(-3).map((node) => node.type)).toEqual(['heading', 'footnoteDefinition', 'list']);
  });

  it('links glued markers to the sentence they close, not the next one', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDit is zo.1 Dat is 2 procent2 van alles.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 Bron een\n2 Bron twee\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['Dit is zo.', ['1']],
      ['Dat is 2 procent van alles.', ['2']],
    ]);
  });

  it('reads "(1)" that closes a clause as a marker where the notes are numbered "(1)", and warns about one without a note', async () => {
    const { file } = await runLetter('Geachte heer,\n\nDe kosten stijgen (1). De wachtlijsten groeien(2), ook in 2024 (3). Wij werken aan (1) de dijken en (2) het water.\n\nMet vriendelijke groet,\n\nJan Jansen\n\n(1) CBS, 2024.\n(2) Divosa, Monitor 2024.\n');
    expect(file.messages.map(String)).toEqual(['letter.txt:3:64: Footnote marker `3` has no note; it is kept as text']);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['De kosten stijgen.', ['1']],
      ['De wachtlijsten groeien, ook in 2024 (3).', ['2']],
      ['Wij werken aan (1) de dijken en (2) het water.', []],
    ]);
  });

  it('leaves "(1) …, (2) …" as an enumeration where the notes are numbered otherwise', async () => {
    const { file } = await runLetter('Geachte heer,\n\nWij vragen u om (1) de middelen te verhogen en (2) de regels te vereenvoudigen.1\n\nMet vriendelijke groet,\n\nJan Jansen\n\n1 CBS, 2024.\n');
    expect(file.messages.map(String)).toEqual([]);
    expect(file.data.sentences?.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([['Wij vragen u om (1) de middelen te verhogen en (2) de regels te vereenvoudigen.', ['1']]]);
  });
});
