import { beforeAll, describe, expect, it } from 'vitest';
import { extractLetters } from '../src/pipeline/extract.ts';
import type { Claim, Dataset } from '../src/pipeline/schema.ts';
import { datasetSchema } from '../src/pipeline/schema.ts';

let dataset: Dataset;
const claimsOf = (document: string) => dataset.claims.filter((claim) => claim.document === document);
const claimStarting = (document: string, start: string): Claim => {
  const found = claimsOf(document).filter((claim) => claim.text.startsWith(start));
  expect(found, `a claim starting with “${start}”`).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  const result = await extractLetters(['content/letters']);
  expect(result.ok).toBe(true);
  expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([]);
  dataset = result.dataset;
});

describe('the five letters, end to end', () => {
  it('produces a dataset that matches its schema, with byte hashes of the sources', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.documents.map((document) => document.id)).toEqual([
      'g4-g40-thuis-voor-iedereen-onderhandelaars',
      'g40-oproep-vws-begroting',
      'koepels-een-leefbare-wijk-voor-iedereen',
      'koepels-staat-van-de-volkshuisvesting-2022',
      'vng-propositie-in-samenhang-investeren',
    ]);
    expect(dataset.documents.find((document) => document.id === 'g40-oproep-vws-begroting')?.sha256).toBe('8f4f17b449484cd30352238d9fe4fdafa4bb278d44fe43a93caa5923b3415d9e');
  });

  it('G40: the call on the Rijksoverheid, imperatives, and footnote 2 on the 2% ask', () => {
    const call = claimStarting('g40-oproep-vws-begroting', 'Om langdurig de verandering');
    expect(call).toMatchObject({ type: 'ask', addressee: { name: 'rijk', rule: 'addressee-called-upon' }, section: 'Oproep' });
    expect(call.position.start).toMatchObject({ line: 14, column: 1 });
    expect(claimStarting('g40-oproep-vws-begroting', 'Help ons met passende wetgeving')).toMatchObject({ type: 'ask', addressee: { name: 'Tweede Kamer' } });
    const twoPercent = claimStarting('g40-oproep-vws-begroting', 'Als de Rijksoverheid jaarlijks 2 procent van');
    expect(twoPercent).toMatchObject({ type: 'ask', footnotes: ['fn-2'], addressee: { name: 'rijk' } });
    expect(claimStarting('g40-oproep-vws-begroting', 'Er is al een zorginfarct').type).toBe('problem');
    // The hyphenated word split over a line and an empty line is repaired.
    expect(claimStarting('g40-oproep-vws-begroting', 'Steeds vaker ervaren wij').text).toContain('onmacht en handelingsverlegenheid bij');
  });

  it('G40: metadata from the text, title and inferred date from the metadata file', () => {
    const letter = dataset.documents.find((document) => document.id === 'g40-oproep-vws-begroting')!;
    expect(letter.signatories).toEqual([{ name: 'Manouska Molema', role: 'Voorzitter Sociale Pijler G40', organisation: 'G40' }]);
    // The sociale pijler is a body within the G40: the letter is the G40's.
    expect(letter.senders).toEqual([{ name: 'G40' }]);
    expect(letter.addressees).toEqual([{ role: 'salutation', raw: 'Geachte leden van de Tweede Kamer,', text: 'leden van de Tweede Kamer', actor: 'Tweede Kamer' }]);
    expect(letter).toMatchObject({ date: '2024-10', dateStated: false, titleSource: 'metadata' });
    expect(letter.footnotes.map((note) => [note.id, note.url])).toEqual([
      ['fn-1', 'https://www.wrr.nl/publicaties/rapporten/2021/09/15/kiezen-voor-houdbare-zorg'],
      ['fn-2', null],
      ['fn-3', null],
    ]);
  });

  it('Koepels to the (in)formateur: superscript notes in mid-text, asks to the formateur', () => {
    const id = 'koepels-een-leefbare-wijk-voor-iedereen';
    const letter = dataset.documents.find((document) => document.id === id)!;
    expect(letter.title).toBe('Een leefbare wijk voor iedereen');
    expect(letter.footnotes.map((note) => note.text)).toEqual([
      'Aanzienlijke verschillen tussen sociale klassen in Nederland | Nieuwsbericht | Sociaal en Cultureel Planbureau (scp.nl)',
      'Één op de zes Nederlanders kampt met stapeling van problemen | Nieuwsbericht | Sociaal en Cultureel Planbureau (scp.nl)',
    ]);
    expect(claimStarting(id, "Zo'n 4 tot 6 miljoen")).toMatchObject({ type: 'problem', footnotes: ['fn-1', 'fn-2'] });
    expect(claimStarting(id, 'Garandeer voldoende woningen')).toMatchObject({ type: 'ask', block: { kind: 'heading' }, addressee: { name: 'formateur' } });
    expect(claimStarting(id, 'Wij vragen u deze beweging te steunen')).toMatchObject({ addressee: { name: 'formateur', rule: 'addressee-you' } });
    expect(letter.signatories).toHaveLength(9);
    expect(letter.senders.map((sender) => sender.name)).toContain('Woonbond');
  });

  it('Koepels to the Kamer: date from the letterhead, questions to the minister, two-column signatures', () => {
    const id = 'koepels-staat-van-de-volkshuisvesting-2022';
    const letter = dataset.documents.find((document) => document.id === id)!;
    expect(letter).toMatchObject({ date: '2022-06-21', dateStated: true, title: 'Commissiedebat Staat van de Volkshuisvesting 30 juni 2022', titleSource: 'printed' });
    expect(letter.signatories.map((person) => `${person.name} — ${person.role}`)).toEqual([
      'Esmé Wiegman-van Meppelen Scheppink — Directeur Vereniging Valente',
      'Erik Dannenberg — Voorzitter Divosa',
      'Veronique Esman-Peeters — Directeur de Nederlandse ggz',
      'Lex Staal — Directeur-bestuurder Sociaal Werk Nederland',
      'Marjan ter Avest — Directeur / bestuurder MIND',
    ]);
    expect(letter.addressees.map((addressee) => `${addressee.role}: ${addressee.actor}`)).toEqual([
      'to: Tweede Kamer',
      't.a.v.: vaste Kamercommissie Binnenlandse Zaken / VRO',
      'cc: vaste Kamercommissie Volksgezondheid, Welzijn en Sport, en Sociale Zaken en Werkgelegenheid',
    ]);
    expect(claimStarting(id, 'Welke middelen gaat hij inzetten')).toMatchObject({ type: 'ask', addressee: { name: 'minister', rule: 'addressee-follow-up-question' } });
    expect(claimStarting(id, 'Alle gemeenten dienen samen')).toMatchObject({ addressee: { name: 'gemeenten' } });
    expect(claimsOf(id).some((claim) => claim.text.startsWith('Mocht u vragen hebben'))).toBe(false);
  });

  it('VNG: running headers removed, notes numbered per chapter, asks to the rijk under "Wat hebben we concreet van het rijk nodig?"', () => {
    const id = 'vng-propositie-in-samenhang-investeren';
    const letter = dataset.documents.find((document) => document.id === id)!;
    expect(letter).toMatchObject({ title: 'In samenhang investeren', date: '2023-12', dateStated: true });
    expect(letter.senders).toEqual([{ name: 'Vereniging van Nederlandse Gemeenten', abbreviation: 'VNG' }]);
    expect(letter.removed.filter((artifact) => artifact.kind === 'running-header').length).toBeGreaterThanOrEqual(15);
    expect(letter.footnotes.filter((note) => note.label === '1').map((note) => note.chapter)).toEqual([
      'Inleiding: samenhang', 'Bestaanszekerheid', 'Kansengelijkheid', 'Gezond samenleven', 'Uitvoerbaarheid in het sociaal domein',
    ]);
    // The running header that interrupts this sentence at a page break is gone from the claim.
    expect(claimStarting(id, 'Kom met maatregelen')).toMatchObject({ footnotes: ['fn-bestaanszekerheid-7'] });
    expect(claimStarting(id, 'Investeer in kwaliteit van het onderwijs')).toMatchObject({ addressee: { name: 'rijk', rule: 'addressee-list-lead-in' } });
    expect(claimsOf(id).some((claim) => claim.text.startsWith('Wij investeren in verbindingen'))).toBe(false);
    expect(claimsOf(id).every((claim) => !claim.text.includes('Bestaanszekerheid bieden door onzekerheid'))).toBe(true);
  });

  it('G4/G40 to the negotiators: addressee from "Aan:", numbered list items, "Namens" senders', () => {
    const id = 'g4-g40-thuis-voor-iedereen-onderhandelaars';
    const letter = dataset.documents.find((document) => document.id === id)!;
    expect(letter.addressees[0]).toMatchObject({ role: 'to', actor: 'onderhandelaars' });
    // The wethouders sign for the G4 and G40; their municipalities are affiliations, not senders.
    expect(letter.senders.map((sender) => sender.name)).toEqual(['G4', 'G40']);
    expect(letter.signatories.map((person) => person.organisation)).toEqual(['gemeente Utrecht', 'gemeente Almere']);
    expect(claimStarting(id, 'Wij roepen u op')).toMatchObject({ type: 'ask', addressee: { name: 'onderhandelaars' } });
  });
});
