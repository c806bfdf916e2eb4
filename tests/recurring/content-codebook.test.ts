import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { recurringMatcher } from '../../src/pipeline/recurring/assign.ts';
import { readCodebook } from '../../src/pipeline/recurring/codebook.ts';

const path = 'content/codebook.yaml';
const text = readFileSync(path, 'utf8');
const file = new VFile({ path, value: text });
const assign = recurringMatcher(readCodebook(text, file) ?? []);
const codes = (ask: string) => assign({ text: ask, section: null }).map((assignment) => assignment.id);

describe("the editors' codebook (content/codebook.yaml)", () => {
  it('reads without messages', () => {
    expect(file.messages.map(String)).toEqual([]);
  });

  it('codes the asks of the genre by what they ask', () => {
    expect(codes('Geef gemeenten duidelijkheid over het financieringsstelsel vóór 1 juni.')).toEqual(['structurele-financiering']);
    expect(codes('Laat gemeenten niet opnieuw opdraaien voor de tekorten.')).toEqual(['structurele-financiering']);
    expect(codes('Het ligt voor de hand dat het Rijk de kosten van de decentralisatie volledig vergoedt.')).toEqual(['structurele-financiering']);
    expect(codes('Voer de verhoging van het eigen risico niet door.')).toEqual(['bestaanszekerheid']);
    expect(codes('Er moet een einde komen aan de stapeling van eigen bijdragen.')).toEqual(['bestaanszekerheid']);
    expect(codes('Verleng het noodfonds energie ook voor het komende stookseizoen.')).toEqual(['bestaanszekerheid']);
    expect(codes('Versterk de rechtsbescherming van burgers tegenover de overheid.')).toEqual(['bestaanszekerheid']);
    expect(codes('Maak een landelijk programma tegen overgewicht bij kinderen.')).toEqual(['preventie-gezondheid']);
    expect(codes('Wij doen een beroep op werkgevers om meer mensen met een beperking aan te nemen.')).toEqual(['arbeidsmarkt']);
    expect(codes('Wij vragen het UWV om de dienstverlening aan mensen met een arbeidsbeperking te verbeteren.')).toEqual(['arbeidsmarkt']);
    expect(codes('Maak geen nieuwe regels zonder uitvoeringstoets.')).toEqual(['eenvoudige-regels']);
    expect(codes('Wij vragen u om te zorgen dat de huurbescherming niet wordt uitgehold.')).toEqual(['betaalbare-huren']);
    expect(codes('Harmoniseer de verantwoordingseisen in het sociaal domein.')).toEqual(['eenvoudige-regels']);
    expect(codes('Betrek gemeenten tijdig bij nieuwe wetgeving.')).toEqual(['regie-samenwerking']);
    expect(codes('Zorg dat gemeenten persoonsgegevens mogen delen om schulden vroeg te signaleren.')).toEqual(['gegevensdeling', 'bestaanszekerheid']);
    expect(codes('Zorg dat elke gemeente haar deel van de statushouders huisvest.')).toEqual(['spreiding-sociale-huur']);
    expect(codes('Maak het mogelijk om zorg en welzijn samen te financieren.')).toEqual(['domeinoverstijgende-financiering']);
    // "huisvesting" alone is no ask for homes: a housing ordinance is about their spread.
    expect(codes('Zorg voor een huisvestingsverordening in elke gemeente.')).toEqual(['spreiding-sociale-huur']);
  });

  it('leaves an ask without a code when no code fits', () => {
    expect(codes('Trek het wetsvoorstel in.')).toEqual([]);
    expect(codes('Stel de invoering van de wet uit tot 2027.')).toEqual([]);
  });
});
