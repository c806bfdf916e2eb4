import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { recurringMatcher } from '../../src/pipeline/recurring/assign.ts';
import { readCodebook } from '../../src/pipeline/recurring/codebook.ts';

const read = (text: string) => {
  const file = new VFile({ path: 'content/codebook.yaml', value: text });
  const codebook = readCodebook(text, file);
  return { codebook, messages: file.messages.map(String) };
};

const valid = `- id: woningen
  label: Genoeg woningen
  description: Meer betaalbare woningen bouwen.
  cues: [betaalbare woning, "*woning"]
- id: spreiding
  label: Eerlijke spreiding
  description: Sociale huur in elke gemeente.
  cues: [sociale huur]
  related: [woningen]
`;

describe('codebook loading', () => {
  it('reads a valid codebook', () => {
    const { codebook, messages } = read(valid);
    expect(messages).toEqual([]);
    expect(codebook?.map((code) => [code.id, code.related])).toEqual([['woningen', []], ['spreiding', ['woningen']]]);
  });

  it('reports bad YAML at its line and column', () => {
    expect(read('- id: woningen\n  label: [niet gesloten\n').messages).toEqual([
      'content/codebook.yaml:3:1: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a cue that YAML reads as an alias, without a stack trace', () => {
    expect(read(valid.replace('cues: [sociale huur]', 'cues: [sociale huur, *sociale]')).messages).toEqual([
      'content/codebook.yaml:8:24: Invalid YAML: `*sociale` reads as a YAML alias to an anchor that does not exist: put a text that starts with `*` in quotes ("*sociale")',
    ]);
  });

  it('refuses the id of the page of asks without a code', () => {
    expect(read(valid.replace('id: spreiding', 'id: zonder-code').replace('related: [woningen]', '')).messages).toEqual([
      'content/codebook.yaml:5:7: Recurring ask 2: `id` is reserved for the asks without a code: choose another id',
    ]);
  });

  it('reports an unknown related id where it stands', () => {
    expect(read(valid.replace('related: [woningen]', 'related: [woningbouw]')).messages).toEqual([
      'content/codebook.yaml:9:13: Recurring ask 2: unknown id `woningbouw` in `related`',
    ]);
  });

  it('reports an absorbed cue that no other code has where it stands', () => {
    expect(read(valid.replace('related: [woningen]', 'absorbs: [Sociale huur, "*woning"]')).messages).toEqual([
      'content/codebook.yaml:9:13: Recurring ask 2: `Sociale huur` in `absorbs` is no cue of another code',
    ]);
    expect(read(valid.replace('related: [woningen]', 'absorbs: [Betaalbare  woning]')).messages).toEqual([]);
  });

  it('reports duplicate ids and missing fields', () => {
    expect(read(valid.replace('id: spreiding', 'id: woningen')).messages).toEqual([
      'content/codebook.yaml:5:7: Duplicate id `woningen` (first on line 1)',
    ]);
    expect(read('- id: woningen\n  label: Genoeg woningen\n  description: Meer betaalbare woningen bouwen.\n').messages).toEqual([
      'content/codebook.yaml:1:3: Recurring ask 1: `cues` Invalid input: expected array, received undefined',
    ]);
  });

  it('reads the project codebook without problems', async () => {
    const { readFileSync } = await import('node:fs');
    const { codebook, messages } = read(readFileSync('content/codebook.yaml', 'utf8'));
    expect(messages).toEqual([]);
    expect(codebook!.length).toBeGreaterThanOrEqual(15);
  });

  it('codes asks of the genre as the project codebook describes them', async () => {
    const { readFileSync } = await import('node:fs');
    const assign = recurringMatcher(read(readFileSync('content/codebook.yaml', 'utf8')).codebook!);
    const codes = (text: string) => assign({ text, section: null }).map((code) => code.id);
    expect(codes('Houd de Wlz toegankelijk.')).toEqual(['langdurige-zorg']);
    // The Wlz among the systems to be bridged is the bridging, not long-term care.
    expect(codes('Haal de schotten tussen Wmo, Zvw en Wlz weg.')).toEqual(['domeinoverstijgende-financiering']);
    expect(codes('Verhoog het kindgebonden budget met 100 euro per maand.')).toEqual(['bestaanszekerheid']);
    expect(codes('Verhoog de loonkostensubsidie voor werkgevers.')).toEqual(['arbeidsmarkt']);
    expect(codes('Investeer in de opleiding van pedagogisch medewerkers.')).toEqual(['onderwijs-kinderopvang']);
    expect(codes('Geef gemeenten meer beleidsruimte bij het opleggen van boetes.')).toEqual(['eenvoudige-regels']);
    expect(codes('Dicht het ravijn in 2026 volledig.')).toEqual(['structurele-financiering']);
    expect(codes('Geef gemeenten een eigen belastinggebied.')).toEqual(['structurele-financiering']);
    expect(codes('Maak van volkshuisvesting een topprioriteit.')).toEqual(['betaalbare-woningen']);
    expect(codes('Maak het mogelijk dat zorgverzekeraars en gemeenten samen investeren in wijkteams.')).toEqual(['domeinoverstijgende-financiering', 'leefbare-wijken']);
    expect(codes("Investeer in de publieke gezondheidszorg en de GGD'en.")).toEqual(['preventie-gezondheid']);
    expect(codes('Stel een coördinerend minister aan voor het sociaal domein.')).toEqual(['regie-samenwerking']);
    expect(codes('Betrek inwoners bij het maken van beleid.')).toEqual(['bewonersparticipatie']);
    expect(codes('Zorg dat mensen met schulden snel hulp krijgen.')).toEqual(['bestaanszekerheid']);
    expect(codes('Investeer in om- en bijscholing van werkzoekenden.')).toEqual(['arbeidsmarkt']);
    expect(codes('Investeer in de jeugd-ggz.')).toEqual(['jeugd']);
    // Social rent homes to be built are homes; their share in every municipality is their spread.
    expect(codes('Bouw jaarlijks 30.000 sociale huurwoningen.')).toEqual(['betaalbare-woningen']);
    expect(codes('Maak bindende afspraken met provincies over het aandeel sociale huur.')).toEqual(['spreiding-sociale-huur']);
    expect(codes('Geef asielzoekers toegang tot taalles en laat hen onbeperkt werken.')).toEqual(['arbeidsmarkt', 'inburgering']);
    expect(codes('Laat asielzoekers werken tijdens hun procedure.')).toEqual(['arbeidsmarkt']);
    expect(codes('Zorg voor passende huisvesting voor statushouders.')).toEqual(['betaalbare-woningen']);
    expect(codes('Houd de huisvesting van arbeidsmigranten op de agenda.')).toEqual(['betaalbare-woningen']);
    expect(codes('Zorg dat iedereen een betaalbaar (t)huis heeft.')).toEqual(['betaalbare-woningen']);
    expect(codes('Zorg dat er jaarlijks 100.000 woningen worden gebouwd.')).toEqual(['betaalbare-woningen']);
    // Where not to build and what new buildings must meet are no asks for homes.
    expect(codes('Bouw niet in de diepste polders en in de uiterwaarden.')).toEqual([]);
    expect(codes('Geef waterschappen de bevoegdheid om bij nieuwbouw eisen te stellen aan waterberging.')).toEqual([]);
    expect(codes('Bouw meer woningen voor ouderen.')).toEqual(['betaalbare-woningen']);
    // A Wmo that stays affordable, work that pays, people involved in making policy, a contribution indexed.
    expect(codes('Zorg dat de Wmo ook op lange termijn betaalbaar blijft.')).toEqual(['langdurige-zorg']);
    expect(codes('Zorg dat werken altijd loont.')).toEqual(['bestaanszekerheid']);
    expect(codes('Betrek jongeren bij het maken van beleid.')).toEqual(['bewonersparticipatie']);
    expect(codes('Indexeer de bijdrage aan gemeenten jaarlijks.')).toEqual(['structurele-financiering']);
    expect(codes('Zorg voor meer woningen voor dak- en thuislozen.')).toEqual(['betaalbare-woningen']);
    expect(codes('Verdeel de opvang van aandachtsgroepen eerlijk over de regio.')).toEqual(['spreiding-sociale-huur']);
    // A fair division of homes is their spread; of money or costs it is not.
    expect(codes('Zorg voor een eerlijke verdeling van sociale huurwoningen over de regio.')).toEqual(['spreiding-sociale-huur']);
    expect(codes('Zorg voor een eerlijke verdeling van de middelen voor armoedebestrijding.')).toEqual(['bestaanszekerheid']);
    expect(codes('Compenseer gemeenten volledig voor nieuwe taken.')).toEqual(['structurele-financiering']);
    expect(codes('Stel een minister aan die verantwoordelijk is voor het sociaal domein.')).toEqual(['regie-samenwerking']);
    expect(codes('Benoem een minister die verantwoordelijk is voor de samenhang in het sociaal domein.')).toEqual(['regie-samenwerking']);
    expect(codes('Maak gezond leven de makkelijke keuze.')).toEqual(['preventie-gezondheid']);
    expect(codes('Voer de kindregeling per 2026 in.')).toEqual(['bestaanszekerheid']);
    expect(codes('Verruim de kwijtschelding van lokale lasten.')).toEqual(['bestaanszekerheid']);
    expect(codes('Zorg dat ouderen langer zelfstandig kunnen wonen met de juiste ondersteuning.')).toEqual(['wonen-zorg-ondersteuning']);
    // Living on one's own as the aim of an income measure is no care with housing.
    expect(codes('Verhoog de jongerentoeslag in de bijstand, zodat jongeren zelfstandig kunnen wonen.')).toEqual(['bestaanszekerheid']);
    // An amount a year, a fund for ten years or more: money to count on.
    expect(codes('Een Nationale Dementiestrategie met een vaste financiering van € 20 miljoen per jaar.')).toEqual(['structurele-financiering']);
    expect(codes('Een Deltafonds voor het landelijk gebied, met middelen voor ten minste tien jaar.')).toEqual(['structurele-financiering']);
    expect(codes('Zorg voor een stabiele financiering.')).toEqual(['structurele-financiering']);
    expect(codes('De huidige bezuiniging van € 511 miljoen moet van tafel.')).toEqual(['structurele-financiering']);
    expect(codes('Dit voorstel moet van tafel.')).toEqual([]);
    // "af te wijken" deviates from the rules: no neighbourhood.
    expect(codes('Geef gemeenten ruimte om af te wijken van de regels als de situatie daarom vraagt.')).toEqual(['eenvoudige-regels']);
    // District nursing is care, not a neighbourhood.
    expect(codes('Investeer in de wijkverpleging.')).toEqual(['langdurige-zorg']);
    expect(codes('Wij verzoeken u de staatssecretaris te vragen deze taakstelling te schrappen.')).toEqual(['structurele-financiering']);
    expect(codes('Maak integrale bekostiging van de geboortezorg mogelijk.')).toEqual(['domeinoverstijgende-financiering']);
    expect(codes('Er moet een volwaardige vergoeding komen voor de begeleiding op de werkvloer.')).toEqual(['arbeidsmarkt']);
    expect(codes('Stimuleer werkgevers om meer mensen met een beperking in dienst te nemen.')).toEqual(['arbeidsmarkt']);
    expect(codes('Zorg dat de toeslagen zijn gebouwd op vertrouwen.')).toEqual(['eenvoudige-regels']);
    expect(codes('Help huishoudens die hun energierekening niet kunnen betalen.')).toEqual(['bestaanszekerheid']);
    expect(codes('Veranker de doelen voor geclusterde woonvormen in de woondeals.')).toEqual(['betaalbare-woningen']);
    expect(codes('Stop met het overhevelen van taken zonder het bijbehorende geld.')).toEqual(['structurele-financiering']);
    expect(codes('Zorg voor voldoende en goed geoutilleerde schoolgebouwen.')).toEqual(['onderwijs-kinderopvang']);
    // Room for municipalities is the room for local choices the code describes.
    expect(codes('Geef gemeenten de ruimte om bij een eerste fout af te zien van een boete.')).toEqual(['eenvoudige-regels']);
    // A ministry's name says who acts, not what is asked.
    expect(codes('Stel een minister van Volkshuisvesting aan.')).toEqual([]);
  });
});
