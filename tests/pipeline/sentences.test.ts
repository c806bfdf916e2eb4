import { describe, expect, it } from 'vitest';
import { listLeadIn } from '../../src/pipeline/sentences.ts';
import { runLetter } from '../helpers/run.ts';

describe('list lead-ins', () => {
  it('are the last sentence before a list, ending in a colon or a question that announces', () => {
    expect(listLeadIn('Het rijk heeft een rol. Wat hebben we concreet van het rijk nodig?')).toBe('Wat hebben we concreet van het rijk nodig?');
    expect(listLeadIn('Onze uitgangspunten daarbij:')).toBe('Onze uitgangspunten daarbij:');
    expect(listLeadIn('Gemeenten hebben te weinig grond. Wilt u de minister vragen om afspraken te maken?')).toBeUndefined();
    expect(listLeadIn('Dit is een gewone alinea.')).toBeUndefined();
    expect(listLeadIn(undefined)).toBeUndefined();
  });

  it('give the items of the list that follows, and not the items of a later list', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nWat vragen wij van het kabinet?\n\n• Investeer in de wijk.\n• Bouw meer woningen.\n\n3. Zorg voor bouwlocaties\n\n- Maak de regeling structureel.\n');
    const leadIns = (file.data.sentences ?? []).filter((sentence) => sentence.block.kind === 'listItem').map((sentence) => [sentence.text, sentence.leadIn]);
    expect(leadIns).toEqual([
      ['Investeer in de wijk.', 'Wat vragen wij van het kabinet?'],
      ['Bouw meer woningen.', 'Wat vragen wij van het kabinet?'],
      ['Zorg voor bouwlocaties', undefined],
      ['Maak de regeling structureel.', undefined],
    ]);
  });
});

describe('sentence boundaries', () => {
  it('end a sentence after "op.", "al." and "zo.", which parse-dutch takes for abbreviations, but not after "et al."', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nDe tekorten lopen snel op. De tabel laat het zien. Dat weten we al. Toch gebeurt er niets. Zo gaat het al jaren zo. Dat moet anders. Zie Jansen et al. De Vries is het eens.\n');
    expect((file.data.sentences ?? []).map((sentence) => sentence.text)).toEqual([
      'De tekorten lopen snel op.',
      'De tabel laat het zien.',
      'Dat weten we al.',
      'Toch gebeurt er niets.',
      'Zo gaat het al jaren zo.',
      'Dat moet anders.',
      'Zie Jansen et al. De Vries is het eens.',
    ]);
  });

  it('end a sentence after "mld." or "jl." where a sentence plainly starts, not after other abbreviations', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nHet tekort is groot, nl. 3 mld. Wij vragen u m.b.t. de jeugdzorg actie te ondernemen. De kosten stegen met ca. 12 mln. euro in 2023. Dhr. Jansen sprak op 3 jan. jl. met de minister.\n');
    expect((file.data.sentences ?? []).map((sentence) => sentence.text)).toEqual([
      'Het tekort is groot, nl. 3 mld.',
      'Wij vragen u m.b.t. de jeugdzorg actie te ondernemen.',
      'De kosten stegen met ca. 12 mln. euro in 2023.',
      'Dhr. Jansen sprak op 3 jan. jl. met de minister.',
    ]);
  });

  it('end a sentence after a lone capital that closes a list of labels ("E, F of G."), not after a person\'s initial', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nOngeveer 500.000 huurwoningen hebben energielabel E, F of G. Huurders in deze woningen betalen het meest. Namens ons spraken A. Bakker en J. Jansen met de minister.\n');
    expect((file.data.sentences ?? []).map((sentence) => sentence.text)).toEqual([
      'Ongeveer 500.000 huurwoningen hebben energielabel E, F of G.',
      'Huurders in deze woningen betalen het meest.',
      'Namens ons spraken A. Bakker en J. Jansen met de minister.',
    ]);
  });

  it('end a sentence after "mln." before the genre\'s other openers, not before a noun it counts', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nHet tekort loopt op tot EUR 2 mln. Gemeenten kunnen dit niet dragen. Het gaat om 2 mln. Nederlanders die moeten rondkomen van een minimum.\n');
    expect((file.data.sentences ?? []).map((sentence) => sentence.text)).toEqual([
      'Het tekort loopt op tot EUR 2 mln.',
      'Gemeenten kunnen dit niet dragen.',
      'Het gaat om 2 mln. Nederlanders die moeten rondkomen van een minimum.',
    ]);
  });

  it('end a sentence after a quoted title whose full stop was lost, where a sentence plainly starts', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nWij vragen haast met het programma ‘Een thuis voor iedereen’ Alle gemeenten moeten meedoen. Lees het rapport “Samen verder” Dit gaat ons allen aan. Het rapport “Samen verder” De Raad schreef het al. Lees ‘Wonen in Nederland’ de hele zomer. Zie ‘Een thuis’ De Bilt.\n');
    expect((file.data.sentences ?? []).map((sentence) => sentence.text)).toEqual([
      'Wij vragen haast met het programma ‘Een thuis voor iedereen’',
      'Alle gemeenten moeten meedoen.',
      'Lees het rapport “Samen verder”',
      'Dit gaat ons allen aan.',
      // A capital after the opener may be a name ("De Raad", "De Bilt"): the sentence goes on.
      'Het rapport “Samen verder” De Raad schreef het al.',
      'Lees ‘Wonen in Nederland’ de hele zomer.',
      'Zie ‘Een thuis’ De Bilt.',
    ]);
  });

  it('split a draft motion printed as one paragraph into its clauses', async () => {
    const { file } = await runLetter('Geachte commissieleden,\n\nWij stellen u de volgende motie voor.\n\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende dat veel ouderen geen gebruik maken van toeslagen;\noverwegende dat de SVB hun gegevens heeft;\nverzoekt de regering de huurtoeslag automatisch toe te kennen,\nen gaat over tot de orde van de dag.\n\nDe Kamer, die erover beslist, stemt op dinsdag.\n');
    expect((file.data.sentences ?? []).map((sentence) => sentence.text)).toEqual([
      'Wij stellen u de volgende motie voor.',
      'De Kamer, gehoord de beraadslaging,',
      'constaterende dat veel ouderen geen gebruik maken van toeslagen;',
      'overwegende dat de SVB hun gegevens heeft;',
      'verzoekt de regering de huurtoeslag automatisch toe te kennen,',
      'en gaat over tot de orde van de dag.',
      'De Kamer, die erover beslist, stemt op dinsdag.',
    ]);
  });
});

describe('sections', () => {
  it('end at the salutation: the heading of a box of key messages above it heads nothing of the letter below', async () => {
    const { file } = await runLetter('Aan: de formateur\n\nIN HET KORT\n➢ Bouw meer woningen voor starters.\n\nGeachte formateur,\n\nGraag lichten wij dit toe.\n\nWoningbouw\n\nGemeenten hebben te weinig grond.\n');
    expect((file.data.sentences ?? []).map((sentence) => [sentence.text, sentence.section])).toEqual([
      ['IN HET KORT', undefined],
      ['Bouw meer woningen voor starters.', 'IN HET KORT'],
      ['Graag lichten wij dit toe.', undefined],
      ['Woningbouw', undefined],
      ['Gemeenten hebben te weinig grond.', 'Woningbouw'],
    ]);
  });
});
