import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LetterJob } from '../../src/pipeline/extract-letter.ts';
import { extractLetterSafely } from '../../src/pipeline/extract-letter.ts';

const job = (bytes: Uint8Array): LetterJob => ({ path: 'brief.txt', display: 'brief.txt', id: 'brief', bytes, sha256: '0' });

describe('extracting one letter', () => {
  it('reports an unexpected failure as a fatal message on that letter', async () => {
    const outcome = await extractLetterSafely(job(null as unknown as Uint8Array), () => []);
    expect(outcome.result).toBeUndefined();
    expect(outcome.messages).toMatchObject([{ ruleId: 'internal-error', source: 'pleitkaart', fatal: true }]);
    expect(outcome.messages[0]!.reason).toMatch(/^Extraction failed: /u);
  });

  it('extracts a letter that can be read', async () => {
    const outcome = await extractLetterSafely(job(new TextEncoder().encode('Geachte heer,\n\nWij vragen u de wachtlijsten in de jeugdzorg aan te pakken.\n')), () => []);
    expect(outcome.result?.claims.map((claim) => claim.type)).toContain('ask');
  });

  it('quotes a claim of justified text with one space between its words, its place still in the source', async () => {
    const source = 'Geachte leden,\n\nDe  tekorten  in  het  sociaal  domein  lopen  op  tot  ruim  een  miljard  euro  per  jaar.\n';
    const claim = (await extractLetterSafely(job(new TextEncoder().encode(source)), () => [])).result?.claims[0];
    expect(claim?.text).toBe('De tekorten in het sociaal domein lopen op tot ruim een miljard euro per jaar.');
    expect(source.slice(claim!.position.start.offset, claim!.position.end.offset)).toMatch(/^De {2}tekorten .* jaar\.$/u);
  });

  it('quotes a claim with tabs between its words (a word processor\'s) with one space', async () => {
    const source = 'Geachte leden,\n\nDe kosten\tvan de jeugdzorg\tstijgen\tsnel.\n';
    const claim = (await extractLetterSafely(job(new TextEncoder().encode(source)), () => [])).result?.claims[0];
    expect(claim?.text).toBe('De kosten van de jeugdzorg stijgen snel.');
  });

  it('reads a position paper without salutation: title, subtitle and its date, claims without the space of a bracketed marker', async () => {
    const bytes = readFileSync(new URL('../fixtures/layout/position-paper/input.txt', import.meta.url));
    const { result } = await extractLetterSafely(job(new Uint8Array(bytes)), () => []);
    expect(result?.document).toMatchObject({
      title: 'Position paper Landelijke Huurdersvereniging',
      subtitle: 'Rondetafelgesprek betaalbare huur, 8 februari 2024',
      date: '2024-02-08',
      dateStated: false,
      dateEvidence: 'Niet als briefdatum gedrukt; de titel noemt “8 februari 2024”, aangenomen als datum van de brief.',
    });
    expect(result?.claims.map((claim) => `${claim.type} ${claim.footnotes.join(',')} ${claim.text}`)).toEqual([
      'problem  Huurders staan onder grote financiële druk.',
      'problem fn-1 Een op de vijf huurders heeft moeite om de huur te betalen.',
      'problem fn-2 De energierekening is in twee jaar met 40 procent gestegen.',
      'ask  Bevries de huren in de sociale sector voor twee jaar.',
      'ask  Verhoog de huurtoeslag, zodat huurders met een laag inkomen hun huur kunnen betalen.',
      'ask  Wij verzoeken de Kamer een motie in te dienen voor een landelijk verbod op tijdelijke huurcontracten.',
      'ask  Wij roepen het kabinet op om huurders niet te vergeten in de plannen voor de woningmarkt.',
    ]);
  });

  it('reads a letter with a letterhead, a date line and lettered items: title from the subject, the addressee without the date', async () => {
    const bytes = readFileSync(new URL('../fixtures/layout/letterhead-lettered-list/input.txt', import.meta.url));
    const { result } = await extractLetterSafely(job(new Uint8Array(bytes)), () => []);
    expect(result?.document).toMatchObject({ title: 'Begrotingsbehandeling VWS 2025', subtitle: null, date: '2024-10-02', dateStated: true, senders: [{ name: 'de Nederlandse ggz' }] });
    expect(result?.document.addressees).toEqual([{ role: 'to', raw: 'Aan de leden van de vaste commissie voor Volksgezondheid, Welzijn en Sport Tweede Kamer der Staten-Generaal', text: 'de leden van de vaste commissie voor Volksgezondheid, Welzijn en Sport Tweede Kamer der Staten-Generaal', actor: 'Tweede Kamer' }]);
    expect(result?.claims.filter((claim) => claim.type === 'ask').map((claim) => `${claim.addressee?.name}: ${claim.text.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      'Tweede Kamer: Namens de Nederlandse ggz',
      'Tweede Kamer: Neem een motie aan',
      'minister: Vraag de staatssecretaris om',
      'Tweede Kamer: Zorg ervoor dat de',
    ]);
  });

  it('reads "Inzake:" as the subject, as "Betreft:" is, and not "Inzake" that opens a sentence', async () => {
    const letter = (subject: string) => new TextEncoder().encode(`Vereniging Voorbeeld\nPostbus 1\n3500 AA Utrecht\n\nAan de Tweede Kamer\n\nDen Haag, 12 maart 2025\n\n${subject}\n\nGeachte leden,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n\nMet vriendelijke groet,\n\nJan Jansen\nvoorzitter\n`);
    const subject = (await extractLetterSafely(job(letter('Inzake: de begroting van VWS')), () => [])).result?.document;
    expect(subject).toMatchObject({ title: 'de begroting van VWS', fields: { onderwerp: 'de begroting van VWS' } });
    const sentence = (await extractLetterSafely(job(letter('Inzake de begroting van VWS willen wij u het volgende meegeven.')), () => [])).result?.document;
    expect(sentence?.fields).toEqual({});
  });

  it('reads a role line right under a name as that person\'s role and organisation, though the organisation\'s name has no word that marks one', async () => {
    const letter = (signature: string) => new TextEncoder().encode(`Geachte leden,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n\nMet vriendelijke groet,\n\n${signature}\n`);
    const underName = (await extractLetterSafely(job(letter('Ellen Bakker\ndirecteur Zorgbelang Voorbeeld')), () => [])).result?.document;
    expect(underName).toMatchObject({ senders: [{ name: 'Zorgbelang Voorbeeld' }], signatories: [{ name: 'Ellen Bakker', role: 'directeur Zorgbelang Voorbeeld', organisation: 'Zorgbelang Voorbeeld' }] });
    const titled = (await extractLetterSafely(job(letter('Burgemeester J. Jansen')), () => [])).result?.document;
    expect(titled?.signatories).toEqual([{ name: 'J. Jansen', role: 'burgemeester' }]);
  });

  it('counts an organisation named once with what kind it is ("G40 stedennetwerk") and once by its name ("G40") as one sender, by its name; not two that only begin alike', async () => {
    const letter = (signature: string) => new TextEncoder().encode(`Geachte leden,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n\nMet vriendelijke groet,\n\n${signature}\n`);
    const signed = async (signature: string) => (await extractLetterSafely(job(letter(signature)), () => [])).result?.document.senders.map((sender) => sender.name);
    expect(await signed('Marco Florijn                                  Manouska Molema\nVoorzitter G40 stedennetwerk                   Voorzitter Sociale Pijler G40')).toEqual(['G40']);
    expect(await signed('Anna de Vries\nvoorzitter Aedes\n\nPiet Jansen\ndirecteur Aedes vereniging van woningcorporaties')).toEqual(['Aedes']);
    expect(await signed('Anna de Vries\nvoorzitter VNG\n\nPiet Jansen\ndirecteur VNG Realisatie')).toEqual(['VNG', 'VNG Realisatie']);
  });

  it('marks each cell of a table of text with its own sentences, though the cells\' lines alternate in the source', async () => {
    const input = readFileSync(new URL('../fixtures/layout/text-in-two-columns/input.txt', import.meta.url));
    const outcome = await extractLetterSafely(job(new Uint8Array(input)), () => []);
    const text = outcome.result!.text;
    const cells = text.blocks.filter((block) => block.type === 'paragraph' && block.role === 'cell');
    expect(cells).toHaveLength(6);
    for (const cell of cells) {
      const inlines = cell.type === 'paragraph' ? cell.inlines : [];
      const written = inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
      // One sentence per cell here, and it is the cell's own.
      expect(new Set(inlines.map((inline) => inline.type === 'text' && inline.sentence))).toHaveLength(1);
      const sentence = inlines[0]?.type === 'text' ? inlines[0].sentence : undefined;
      expect(text.sentences[sentence!]?.text).toBe(written);
    }
  });
});
