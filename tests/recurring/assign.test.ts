import { describe, expect, it } from 'vitest';
import { recurringMatcher } from '../../src/pipeline/recurring/assign.ts';
import { candidateCodes } from '../../src/pipeline/recurring/candidates.ts';
import type { Claim } from '../../src/pipeline/schema.ts';

const codebook = [
  { id: 'woningen', label: 'Woningen', description: 'Meer betaalbare woningen.', cues: ['betaalbare woning', '*woning'], related: [] },
  { id: 'coordinatie', label: 'Coördinatie', description: 'Samenwerking tussen ministeries.', cues: ['coördinatie', 'interdepartementale'], related: [] },
  { id: 'daklozen', label: 'Daklozen', description: 'Dak- en thuislozen.', cues: ['dak- en thuislozen'], related: [] },
  { id: 'schotten', label: 'Over stelsels heen', description: 'Geld dat over de wetten heen gaat.', cues: ['wmo & zvw', 'zvw & wlz'], related: [] },
  { id: 'armoede', label: 'Armoede', description: 'Armoede bestrijden.', cues: ['armoede'], related: [] },
  { id: 'steun', label: 'Steun', description: 'Steun onze voorstellen.', cues: ['onze voorstellen'], related: [], fromHeading: false },
  { id: 'bouwen', label: 'Bouwen', description: 'Bouwen voor wie een huis zoekt.', cues: ['nieuwbouw'], absorbs: ['Dak- en thuislozen', 'statushouders'], related: [] },
  { id: 'inburgering', label: 'Inburgering', description: 'Inburgering en statushouders.', cues: ['inburgering', 'statushouders'], related: [] },
  { id: 'wijken', label: 'Wijken', description: 'Investeren in de wijk.', cues: ['wijk', 'buurt & regels'], except: ['af te wijken', 'wijkt af'], related: [] },
];
const assign = recurringMatcher(codebook);

describe('assigning recurring asks', () => {
  it('matches word beginnings, compounds with *, phrases, and ignores case and accents', () => {
    expect(assign({ text: 'Bouw meer betaalbare woningen.', section: null })).toEqual([{ id: 'woningen', cues: ['betaalbare woning', '*woning'], via: 'ask' }]);
    expect(assign({ text: 'Verdeel de sociale huurwoningen eerlijk.', section: null })).toEqual([{ id: 'woningen', cues: ['*woning'], via: 'ask' }]);
    expect(assign({ text: 'Zorg voor COORDINATIE en interdepartementale regie.', section: null })).toEqual([{ id: 'coordinatie', cues: ['coördinatie', 'interdepartementale'], via: 'ask' }]);
    expect(assign({ text: 'Help dak- en thuislozen aan een plek.', section: null })).toEqual([{ id: 'daklozen', cues: ['dak- en thuislozen'], via: 'ask' }]);
  });

  it('takes no cue from a phrase its code excepts, and the same cue elsewhere in the ask still counts', () => {
    expect(assign({ text: 'Geef gemeenten ruimte om af te wijken van de regels.', section: null })).toEqual([]);
    expect(assign({ text: 'Sta toe dat de gemeente afwijkt, of dat zij wijkt af van de norm.', section: null })).toEqual([]);
    expect(assign({ text: 'Geef de wijken ruimte om af te wijken van de regels.', section: null })).toEqual([{ id: 'wijken', cues: ['wijk'], via: 'ask' }]);
  });

  it('does not match a cue inside a word unless asked to', () => {
    // `coördinatie` is a word beginning: it does not match the longer, different word.
    expect(assign({ text: 'De coördinatoren overleggen.', section: null })).toEqual([]);
  });

  it('does not take a figure for the beginning of a larger one', () => {
    const figures = recurringMatcher([{ id: 'preventie', cues: ['2 procent', '2%'] }]);
    expect(figures({ text: 'Besteed 2 procent van het zorgbudget aan preventie.', section: null })).toEqual([{ id: 'preventie', cues: ['2 procent'], via: 'ask' }]);
    expect(figures({ text: 'Reserveer 2% daarvan.', section: null })).toEqual([{ id: 'preventie', cues: ['2%'], via: 'ask' }]);
    expect(figures({ text: 'Laat 25 procent van de inkomsten vrij.', section: null })).toEqual([]);
    expect(figures({ text: 'Laat 25% van de inkomsten vrij.', section: null })).toEqual([]);
  });

  it('falls back on the heading when the ask itself has no cue', () => {
    expect(assign({ text: 'Dit vraagt investeringen van minimaal zes jaar.', section: 'Betaalbare woningen voor iedereen' })).toEqual([{ id: 'woningen', cues: ['betaalbare woning', '*woning'], via: 'section' }]);
    expect(assign({ text: 'Dit vraagt investeringen van minimaal zes jaar.', section: 'Oproep' })).toEqual([]);
  });

  it('does not take codes from a heading that names three topics or more', () => {
    expect(assign({ text: 'Er is meer nodig.', section: 'Betaalbare woningen en coördinatie' }).map((found) => found.id)).toEqual(['woningen', 'coordinatie']);
    expect(assign({ text: 'Er is meer nodig.', section: 'Betaalbare woningen, coördinatie en armoede' })).toEqual([]);
  });
});

describe('assigning recurring asks: conjunctions, ministries, headings that head any list', () => {
  it('needs every part of a cue with & in the ask, in any order', () => {
    expect(assign({ text: 'Laat zorg vanuit Wmo, Zvw en Wlz samen betalen.', section: null })).toEqual([{ id: 'schotten', cues: ['wmo & zvw', 'zvw & wlz'], via: 'ask' }]);
    expect(assign({ text: 'Blijf vanuit de Wlz verpleeghuisplekken bieden.', section: null })).toEqual([]);
  });

  it('does not take the words of a ministry’s name for what is asked', () => {
    expect(assign({ text: 'Vraag de minister van Participatie, Armoede en Schulden om overleg.', section: null })).toEqual([]);
    expect(assign({ text: 'Bestrijd de armoede onder kinderen.', section: null })).toEqual([{ id: 'armoede', cues: ['armoede'], via: 'ask' }]);
  });

  it('does not take a code from the heading when the codebook says so', () => {
    expect(assign({ text: 'Verkort de wachttijden.', section: 'Onze voorstellen' })).toEqual([]);
    expect(assign({ text: 'Wij vragen u onze voorstellen te steunen.', section: null })).toEqual([{ id: 'steun', cues: ['onze voorstellen'], via: 'ask' }]);
  });
});

describe('assigning recurring asks: a code may absorb the groups its asks are for', () => {
  it('takes the cues it absorbs from the other codes, only when it applies itself', () => {
    expect(assign({ text: 'Prioriteer nieuwbouw voor dak- en thuislozen en statushouders.', section: null })).toEqual([{ id: 'bouwen', cues: ['nieuwbouw'], via: 'ask' }]);
    expect(assign({ text: 'Regel de inburgering van statushouders en nieuwbouw.', section: null })).toEqual([
      { id: 'bouwen', cues: ['nieuwbouw'], via: 'ask' },
      { id: 'inburgering', cues: ['inburgering'], via: 'ask' },
    ]);
    expect(assign({ text: 'Begeleid statushouders naar werk.', section: null })).toEqual([{ id: 'inburgering', cues: ['statushouders'], via: 'ask' }]);
  });
});

describe('candidate codes', () => {
  const ask = (id: string, document: string, text: string) => ({ id, document, text }) as Claim;
  it('groups similar uncoded asks from different letters and names their shared terms', () => {
    const candidates = candidateCodes([
      ask('a1', 'brief-a', 'Investeer in sportverenigingen en sportvoorzieningen in de buurt.'),
      ask('b1', 'brief-b', 'Steun de sportverenigingen met geld voor sportvoorzieningen.'),
      ask('b2', 'brief-b', 'Regel de pensioenen van mantelzorgers.'),
    ]);
    expect(candidates).toEqual([{ terms: ['sportveren', 'sportvoorzien'], claims: ['a1', 'b1'], letters: ['brief-a', 'brief-b'] }]);
  });
});
