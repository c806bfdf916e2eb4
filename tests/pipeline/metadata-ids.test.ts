import { describe, expect, it } from 'vitest';
import { claimId, contentKey, slug } from '../../src/pipeline/ids.ts';
import { withSideColumnLast } from '../../src/pipeline/address.ts';
import { datelinePattern, isoDate, numericDatelinePattern } from '../../src/pipeline/dates.ts';
import { runLetter } from '../helpers/run.ts';

describe('letter metadata', () => {
  it('reads addressees, date, subject, signatories in two columns and senders', async () => {
    const { readFileSync } = await import('node:fs');
    const input = readFileSync(new URL('../fixtures/layout/letter-structure/input.txt', import.meta.url));
    const { file } = await runLetter(new Uint8Array(input));
    expect(file.data.metadata).toEqual({
      title: 'Zorg in de wijk',
      subtitle: undefined,
      date: '2024-03-03',
      dateText: '3 maart 2024',
      fields: { datum: '3 maart 2024', onderwerp: 'Zorg in de wijk' },
      addressees: [
        { role: 'to', raw: 'Aan: de formateur', text: 'de formateur', actor: 'formateur' },
        { role: 'cc', raw: 'Cc: woordvoerders Zorg', text: 'woordvoerders Zorg', actor: 'Tweede Kamer' },
      ],
      signatories: [
        { name: 'Anna de Vries', role: 'Directeur Stichting Voorbeeld', organisation: 'Stichting Voorbeeld' },
        { name: 'Piet Bakker', role: 'Voorzitter Vereniging Proef', organisation: 'Vereniging Proef' },
      ],
      senders: [{ name: 'Stichting Voorbeeld' }, { name: 'Vereniging Proef' }],
    });
  });

  it('reads the date from a cell of its own beside the reference number', async () => {
    const letter = 'Stichting Testkoepel\nPostbus 1\n1000 AA Amsterdam\n\nAan de leden van de Tweede Kamer\n\nDen Haag, 18 april 2024      Kenmerk 2024-017\nBetreft: een test\n\nGeachte Kamerleden,\n\nWij vragen u om structurele middelen.\n';
    const { file } = await runLetter(new TextEncoder().encode(letter));
    expect(file.data.metadata).toMatchObject({ date: '2024-04-18', dateText: '18 april 2024' });
  });

  it('takes "Betreft" for the subject, leaves the postal address out of the addressee, and knows commissieleden', async () => {
    const { file } = await runLetter(
      'Aan de vaste commissie voor Wonen\nvan de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\nDatum: 14 maart 2025\nBetreft: Commissiedebat Bouwen en wonen\n\nGeachte commissieleden,\n\nEr is een groot tekort aan betaalbare woningen voor starters.\n',
    );
    const metadata = file.data.metadata!;
    expect(metadata.title).toBe('Commissiedebat Bouwen en wonen');
    expect(metadata.addressees.map((addressee) => [addressee.role, addressee.text, addressee.actor])).toEqual([['to', 'de vaste commissie voor Wonen van de Tweede Kamer der Staten-Generaal', 'Tweede Kamer']]);
  });

  it('reads a date line above the address as the date, not the title, and a greeting of the addressed person as no second addressee', async () => {
    const { file } = await runLetter('Den Haag, 3 december 2023\n\nAan de informateur, de heer R. Plasterk\n\nOnderwerp: Investeer in de jeugdzorg\n\nGeachte heer Plasterk,\n\nDe wachtlijsten in de jeugdzorg zijn verdubbeld.\n');
    const metadata = file.data.metadata!;
    expect([metadata.title, metadata.date, metadata.dateText]).toEqual(['Investeer in de jeugdzorg', '2023-12-03', '3 december 2023']);
    expect(metadata.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['to', 'formateur']]);
  });

  it('reads the sender’s name beside its fields as the letterhead, not the title, set apart by spaces or tabs', async () => {
    for (const gap of ['            ', '\t\t\t']) {
      const { file } = await runLetter(`Vereniging Voorbeeld${gap}Datum 3 maart 2025\n${gap}${gap}Kenmerk 2025-001\nAan de leden van de Tweede Kamer\n\nBetreft: Inbreng begroting\n\nGeachte Kamerleden,\n\nWij vragen u de regeling te verlengen.\n\nMet vriendelijke groet,\n\nAnna de Boer\nvoorzitter\n`);
      const metadata = file.data.metadata!;
      expect([metadata.title, metadata.date, metadata.senders]).toEqual(['Inbreng begroting', '2025-03-03', [{ name: 'Vereniging Voorbeeld' }]]);
    }
  });

  it('reads signatures in columns set apart by a tab, and a name after "Mevrouw"', async () => {
    const tabs = await runLetter('Geachte Kamerleden,\n\nWij vragen u de regeling te verlengen.\n\nMet vriendelijke groet,\n\nAnna de Boer\tPiet Jansen\nvoorzitter\tsecretaris\n');
    expect(tabs.file.data.metadata?.signatories).toEqual([
      { name: 'Anna de Boer', role: 'voorzitter' },
      { name: 'Piet Jansen', role: 'secretaris' },
    ]);
    const addressed = await runLetter('Geachte Kamerleden,\n\nWij vragen u de regeling te verlengen.\n\nMet vriendelijke groet,\n\nMevrouw dr. A. Bakker-de Boer\nDirecteur-bestuurder Stichting Voorbeeld\n');
    expect(addressed.file.data.metadata?.signatories).toEqual([{ name: 'Mevrouw dr. A. Bakker-de Boer', role: 'Directeur-bestuurder Stichting Voorbeeld', organisation: 'Stichting Voorbeeld' }]);
  });

  it('reads an organisation alone above "Aan:" as the letterhead, a name with academic titles as a signatory, and the Eerste Kamer', async () => {
    const { file } = await runLetter(
      'GGD GHOR Nederland\n\nAan: de leden van de Eerste Kamer\nOnderwerp: Preventie\n\nGeachte leden van de Eerste Kamer,\n\nEr zijn te weinig jeugdartsen.\n\nHoogachtend,\n\ndrs. F.M. (Frank) Jansen MBA\nvoorzitter GGD GHOR Nederland\n',
    );
    const metadata = file.data.metadata!;
    expect(metadata.title).toBe('Preventie');
    expect(metadata.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['to', 'Eerste Kamer']]);
    expect(metadata.signatories).toEqual([{ name: 'drs. F.M. (Frank) Jansen MBA', role: 'voorzitter GGD GHOR Nederland', organisation: 'GGD GHOR Nederland' }]);
    const professor = await runLetter('Geachte informateur,\n\nEr zijn te weinig jeugdartsen.\n\nHoogachtend,\n\nProf. dr. E. Jansen\nvoorzitter Gezondheidsfondsen voor Rookvrij\n');
    expect(professor.file.data.metadata?.signatories).toEqual([{ name: 'Prof. dr. E. Jansen', role: 'voorzitter Gezondheidsfondsen voor Rookvrij', organisation: 'Gezondheidsfondsen voor Rookvrij' }]);
    expect(metadata.senders).toEqual([{ name: 'GGD GHOR Nederland' }]);
  });

  it('does not take the department or portfolio a signatory heads for an organisation', async () => {
    const { file } = await runLetter('Stichting Test\nPostbus 1\n1000 AA Amsterdam\n\nAan de Tweede Kamer\n\nGeachte leden,\n\nWij vragen u de korting te schrappen.\n\nMet vriendelijke groet,\n\nJ.C. (Hans) de Boer RA\nDirecteur Financiën\n\nJan Jansen\ndirecteur Beleid en Strategie\n');
    expect(file.data.metadata!.signatories).toEqual([
      { name: 'J.C. (Hans) de Boer RA', role: 'Directeur Financiën', organisation: undefined },
      { name: 'Jan Jansen', role: 'directeur Beleid en Strategie', organisation: undefined },
    ]);
    expect(file.data.metadata!.senders).toEqual([{ name: 'Stichting Test' }]);
  });

  it('reads a first name in brackets with a hyphen, a letterhead with "&", signatures "Name (Organisation)" and a position paper\'s byline', async () => {
    const { file } = await runLetter(
      'Stichting Wonen & Zorg\nPostbus 100\n3500 AA Utrecht\n\nTweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\nGeachte leden,\n\nHet tekort aan woningen loopt op.\n\nMet vriendelijke groeten,\n\nnamens het bestuur,\nmr. J.P. (Jan-Pieter) van den Berg\nsecretaris\n',
    );
    expect(file.data.metadata!.senders).toEqual([{ name: 'Stichting Wonen & Zorg' }]);
    expect(file.data.metadata!.signatories).toEqual([{ name: 'mr. J.P. (Jan-Pieter) van den Berg', role: 'secretaris', organisation: undefined }]);
    const brackets = await runLetter('Geachte minister,\n\nHuurders komen steeds vaker in de problemen.\n\nHoogachtend,\n\nZeno Winkels (Woonbond)\nMartin van Rijn (Aedes)\n');
    expect(brackets.file.data.metadata!.signatories).toEqual([
      { name: 'Zeno Winkels', organisation: 'Woonbond' },
      { name: 'Martin van Rijn', organisation: 'Aedes' },
    ]);
    expect(brackets.file.data.metadata!.senders.map((sender) => sender.name)).toEqual(['Woonbond', 'Aedes']);
    const role = await runLetter('Geachte minister,\n\nHuurders komen steeds vaker in de problemen.\n\nHoogachtend,\n\nZeno Winkels (Directeur Woonbond)\n');
    expect(role.file.data.metadata!.signatories).toEqual([{ name: 'Zeno Winkels', role: 'Directeur Woonbond', organisation: 'Woonbond' }]);
    // A role in brackets in lower case; a description that is no role names nothing.
    const lowerRole = await runLetter('Geachte minister,\n\nHuurders komen steeds vaker in de problemen.\n\nHoogachtend,\n\nMartin van Rijn (voorzitter)\n');
    expect(lowerRole.file.data.metadata!.signatories).toEqual([{ name: 'Martin van Rijn', role: 'voorzitter', organisation: undefined }]);
    const remark = await runLetter('Geachte minister,\n\nHuurders komen steeds vaker in de problemen.\n\nHoogachtend,\n\nMartin van Rijn (afwezig bij ondertekening)\n');
    expect(remark.file.data.metadata!.signatories).toEqual([{ name: 'Martin van Rijn', organisation: undefined }]);
    // Without a closing formula, "Namens X en Y," over two signatures, a name over an organisation and a name over a role: each keeps their own, in printed order.
    // The organisation under "Name, role"; two people under two organisations, each for the one in their place.
    const signedOver = await runLetter('Geachte leden,\n\nHet tekort loopt op.\n\nMet vriendelijke groet,\n\nA. Bakker, secretaris\nVereniging Zorg Dichtbij\n');
    expect(signedOver.file.data.metadata!.signatories).toEqual([{ name: 'A. Bakker', role: 'secretaris', organisation: 'Vereniging Zorg Dichtbij' }]);
    const paired = await runLetter('Geachte leden,\n\nHet tekort loopt op.\n\nMet vriendelijke groet,\n\nSociaal Werk Nederland en Divosa\n\nLex Staal en Erik Dannenberg\n');
    expect(paired.file.data.metadata!.signatories).toEqual([
      { name: 'Lex Staal', organisation: 'Sociaal Werk Nederland' },
      { name: 'Erik Dannenberg', organisation: 'Divosa' },
    ]);
    const twoOnBehalf = await runLetter('Geachte Kamerleden,\n\nArmoede onder kinderen neemt weer toe.\n\nNamens de Kinderombudsman en UNICEF Nederland,\n\nMargrite Kalverboer\nKinderombudsman\n\nSuzanne Laszlo\ndirecteur UNICEF Nederland\n');
    expect(twoOnBehalf.file.data.metadata!.senders.map((sender) => sender.name)).toEqual(['Kinderombudsman', 'UNICEF Nederland']);
    expect(twoOnBehalf.file.data.metadata!.signatories).toEqual([
      { name: 'Margrite Kalverboer', organisation: 'Kinderombudsman' },
      { name: 'Suzanne Laszlo', role: 'directeur UNICEF Nederland', organisation: 'UNICEF Nederland' },
    ]);
    // A "t.a.v." line under the sender's name names no addressee of its own; a date line in figures ends the address.
    const unlabelled = await runLetter('Stichting Wonen & Zorg\nt.a.v. de vaste commissie voor Binnenlandse Zaken\nTweede Kamer\n\nDen Haag, 12-03-2025\n\nGeachte leden,\n\nHet tekort aan woningen loopt op.\n');
    expect(unlabelled.file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.text])).toEqual([
      ['to', 'Tweede Kamer'],
      ['t.a.v.', 'de vaste commissie voor Binnenlandse Zaken Tweede Kamer'],
    ]);
    const underName = await runLetter('Geachte commissieleden,\n\nMensen in de bijstand krijgen strenge sancties.\n\nMet vriendelijke groet,\n\nMarjan de Groot\nLandelijke Cliëntenraad\n');
    expect(underName.file.data.metadata!.signatories).toEqual([{ name: 'Marjan de Groot', organisation: 'Landelijke Cliëntenraad' }]);
    // A bare "Groet," closes the letter too; "Groeten uit Zwolle" does not.
    const bare = await runLetter('Geachte leden,\n\nEr is een tekort aan woningen.\n\nGroet,\n\nAnna de Vries\ndirecteur Woonbond\n');
    expect(bare.file.data.metadata!.signatories).toEqual([{ name: 'Anna de Vries', role: 'directeur Woonbond', organisation: 'Woonbond' }]);
    const greetings = await runLetter('Geachte leden,\n\nEr is een tekort aan woningen.\n\nGroeten uit Zwolle en tot ziens.\n');
    expect(greetings.file.data.metadata!.signatories).toEqual([]);
    const paper = await runLetter('POSITION PAPER\nRondetafelgesprek Jeugdzorg, 7 november 2023\n\nJeugdzorg Nederland\n\nKinderen wachten te lang op hulp. De wachtlijsten zijn in vijf jaar verdubbeld.\n');
    expect(paper.file.data.metadata!.senders).toEqual([{ name: 'Jeugdzorg Nederland' }]);
  });

  it('takes the greeting of a committee\'s chair and members for the Kamer when no address names it', async () => {
    for (const salutation of ['Geachte voorzitter,', 'Geachte mevrouw de voorzitter, geachte leden,', 'Geachte voorzitter, geachte commissieleden,']) {
      const { file } = await runLetter(`${salutation}\n\nEr is een tekort aan woningen.\n`);
      expect(file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor]), salutation).toEqual([['salutation', 'Tweede Kamer']]);
    }
    const board = await runLetter('Geachte voorzitter van de raad van bestuur,\n\nEr is een tekort aan woningen.\n');
    expect(board.file.data.metadata!.addressees.map((addressee) => addressee.actor)).toEqual(['voorzitter van de raad van bestuur']);
  });

  it('takes a committee of the Eerste Kamer for the Senate, not the Tweede Kamer', async () => {
    const { file } = await runLetter('Aan de leden van de vaste commissie voor Binnenlandse Zaken van de Eerste Kamer der Staten-Generaal\n\nGeachte leden van de commissie,\n\nHet wetsvoorstel leidt tot hogere kosten.\n');
    expect(file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['to', 'Eerste Kamer']]);
    const house = await runLetter('Aan de leden van de vaste commissie voor Binnenlandse Zaken\n\nGeachte leden van de commissie,\n\nHet wetsvoorstel leidt tot hogere kosten.\n');
    expect(house.file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['to', 'Tweede Kamer']]);
  });

  it('gives the one organisation a signature is "namens" to the people who sign under it', async () => {
    const signed = async (signature: string) => (await runLetter(`Geachte leden van de commissie,\n\nDe tekorten lopen op.\n\n${signature}`)).file.data.metadata!.signatories;
    expect(await signed('Met vriendelijke groet, namens Zorgverzekeraars Nederland, drs. M. Jansen, voorzitter\n')).toEqual([{ name: 'drs. M. Jansen', role: 'voorzitter', organisation: 'Zorgverzekeraars Nederland' }]);
    expect(await signed('Met vriendelijke groet,\n\nNamens het bestuur van de Woonbond,\n\nZeno Winkels\ndirecteur\n')).toEqual([{ name: 'Zeno Winkels', role: 'directeur', organisation: 'Woonbond' }]);
    // Two organisations, or a group named in lower case: whom each person signs for is not said.
    expect(await signed('Met vriendelijke groet,\n\nNamens Aedes en de Woonbond,\n\nMartin van Rijn\nvoorzitter\n')).toEqual([{ name: 'Martin van Rijn', role: 'voorzitter' }]);
    expect(await signed('Met vriendelijke groet,\n\nNamens de bewonersinitiatieven,\n\nMehmet Yilmaz\n')).toEqual([{ name: 'Mehmet Yilmaz' }]);
  });

  it('gives each column of signatures the organisation under its role', async () => {
    const { file } = await runLetter('Geachte heer Putters,\n\nDe tekorten lopen op.\n\nHoogachtend,\n\nProf. dr. J.P. Mackenbach           ir. A. van der Linden\nvoorzitter                          directeur\nStichting Ouderen Samen              Aedes\n');
    expect(file.data.metadata!.signatories).toEqual([
      { name: 'Prof. dr. J.P. Mackenbach', role: 'voorzitter', organisation: 'Stichting Ouderen Samen' },
      { name: 'ir. A. van der Linden', role: 'directeur', organisation: 'Aedes' },
    ]);
  });

  it('reads a copy to others ("Kopie:") as cc, and two organisations named in one line under the closing', async () => {
    const { file } = await runLetter('Aan de minister van VWS\nPostbus 20350\n2500 EJ Den Haag\n\nKopie: de vaste commissie voor VWS van de Tweede Kamer\n\nGeachte minister,\n\nDe regels stapelen zich op.\n\nMet vriendelijke groeten,\n\nSociaal Werk Nederland en Divosa\n\nLex Staal en Erik Dannenberg\n');
    const metadata = file.data.metadata!;
    expect(metadata.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['to', 'minister'], ['cc', 'Tweede Kamer']]);
    expect(metadata.senders.map((sender) => sender.name)).toEqual(['Sociaal Werk Nederland', 'Divosa']);
    const pair = await runLetter('Geachte formateur,\n\nDe tekorten lopen op.\n\nMet vriendelijke groet,\n\nAedes en ActiZ\n');
    expect(pair.file.data.metadata!.senders.map((sender) => sender.name)).toEqual(['Aedes', 'ActiZ']);
    const ombudsmen = await runLetter('Geachte minister-president,\n\nKinderen groeien op in armoede.\n\nHoogachtend,\n\nKinderombudsman en Nationale ombudsman\n');
    expect(ombudsmen.file.data.metadata!.senders.map((sender) => sender.name)).toEqual(['Kinderombudsman', 'Nationale ombudsman']);
    const one = await runLetter('Geachte minister,\n\nDe regels stapelen zich op.\n\nMet vriendelijke groet,\n\nVereniging Zorg en Welzijn\n\nJan Jansen\n');
    expect(one.file.data.metadata!.senders.map((sender) => sender.name)).toEqual(['Vereniging Zorg en Welzijn']);
  });

  it('takes the abbreviation in brackets after an organisation\'s name in a role for its abbreviation', async () => {
    const { file } = await runLetter('Geachte leden,\n\nDe zorg staat onder druk.\n\nHoogachtend,\n\nmr. dr. J.W. van der Linden\nDirecteur Branchevereniging Kleinschalige Zorg (BKZ)\n');
    expect(file.data.metadata!.senders).toEqual([{ name: 'Branchevereniging Kleinschalige Zorg', abbreviation: 'BKZ' }]);
    expect(file.data.metadata!.signatories.map((person) => person.organisation)).toEqual(['Branchevereniging Kleinschalige Zorg']);
  });

  it('addresses both chambers when a letter is written to the Eerste and the Tweede Kamer', async () => {
    const addressed = async (letter: string) => (await runLetter(letter)).file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor]);
    expect(await addressed('Aan de leden van de Eerste en\nTweede Kamer der Staten-Generaal\n\nGeachte leden van de Eerste en Tweede Kamer,\n\nEr is een tekort aan woningen.\n')).toEqual([['to', 'Tweede Kamer'], ['to', 'Eerste Kamer']]);
    expect(await addressed('Geachte leden van beide Kamers,\n\nEr is een tekort aan woningen.\n')).toEqual([['salutation', 'Tweede Kamer'], ['salutation', 'Eerste Kamer']]);
    expect(await addressed('Aan de Eerste en Tweede Kamer\n\nGeachte leden van beide Kamers,\n\nEr is een tekort aan woningen.\n')).toEqual([['to', 'Tweede Kamer'], ['to', 'Eerste Kamer']]);
    expect(await addressed('Aan de leden van de Tweede Kamer\n\nGeachte leden,\n\nDe wet ligt nu bij de Eerste Kamer.\n')).toEqual([['to', 'Tweede Kamer']]);
  });

  it('takes senators greeted as "Eerste Kamerleden" for the Senate, and "Excellentie" for a minister', async () => {
    const addressed = async (salutation: string) => (await runLetter(`${salutation}\n\nEr is een tekort aan woningen.\n`)).file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor]);
    expect(await addressed('Geachte Eerste Kamerleden,')).toEqual([['salutation', 'Eerste Kamer']]);
    expect(await addressed('Geachte Kamerleden,')).toEqual([['salutation', 'Tweede Kamer']]);
    expect(await addressed('Excellentie,')).toEqual([['salutation', 'minister']]);
  });

  it('reads a postscript under the signature as the body is, its attachment line as a field and an "Over …" heading as no sender', async () => {
    const { file } = await runLetter(
      'Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\nMet vriendelijke groet,\n\nZorg Thuis Nederland\n\nPiet de Vries\nvoorzitter\n\nP.S. Wij vragen u de motie-Bikker te steunen.\n\nBijlage: factsheet woningtekort\n\nOver Zorg Thuis Nederland\nZorg Thuis Nederland vertegenwoordigt 180 organisaties.\n',
    );
    const metadata = file.data.metadata!;
    expect(metadata.senders.map((sender) => sender.name)).toEqual(['Zorg Thuis Nederland']);
    expect(metadata.signatories.map((person) => person.name)).toEqual(['Piet de Vries']);
    expect(metadata.fields.bijlage).toBe('factsheet woningtekort');
    expect(file.data.claimDrafts!.map((draft) => `${draft.type}: ${draft.sentence.text}`)).toEqual(['problem: Er is een tekort aan woningen.', 'ask: P.S. Wij vragen u de motie-Bikker te steunen.']);
  });

  it('keeps the organisation above a signature without a closing formula when it names itself and what it is', async () => {
    const { file } = await runLetter('Reactie op de consultatie\n\nEr is een tekort aan woningen.\n\nAedes vereniging van woningcorporaties\nMartin van Rijn, voorzitter\n');
    expect(file.data.metadata!.senders.map((sender) => sender.name)).toEqual(['Aedes vereniging van woningcorporaties']);
    expect(file.data.metadata!.signatories).toEqual([{ name: 'Martin van Rijn', role: 'voorzitter', organisation: 'Aedes vereniging van woningcorporaties' }]);
  });

  it('reads a position paper\'s subtitle under a title that names the genre, its committee and date on lines of their own and the organisation under them as its byline', async () => {
    const { file } = await runLetter('POSITION PAPER\n\nRondetafelgesprek mantelzorg\nVaste commissie voor Volksgezondheid, Welzijn en Sport\n14 mei 2025\n\nMantelzorgNL\n\nWat is het probleem?\n\nEén op de tien mantelzorgers is zwaar belast.\n');
    const metadata = file.data.metadata!;
    expect([metadata.title, metadata.subtitle, metadata.date, metadata.senders.map((sender) => sender.name), metadata.addressees.map((addressee) => addressee.actor)]).toEqual(['POSITION PAPER', 'Rondetafelgesprek mantelzorg', '2025-05-14', ['MantelzorgNL'], ['Tweede Kamer']]);
    // One word no word list knows is a byline when the paper names it again; a heading in words is none.
    const paper = (byline: string, text: string) => `POSITION PAPER\n\nRondetafelgesprek Participatiewet\nVaste commissie voor Sociale Zaken en Werkgelegenheid, 14 mei 2025\n\n${byline}\n\n${text}\n`;
    const named = await runLetter(paper('Divosa', 'Divosa pleit voor een herziening van de wet.'));
    expect(named.file.data.metadata!.senders).toEqual([{ name: 'Divosa' }]);
    const once = await runLetter(paper('Divosa', 'Wij pleiten voor een herziening van de wet.'));
    expect(once.file.data.metadata!.senders).toEqual([]);
    const heading = await runLetter(paper('Samenvatting', 'De Samenvatting staat hier. Samenvatting is een woord.'));
    expect(heading.file.data.metadata!.senders).toEqual([]);
  });

  it('reads a signature marked "(get.)", a board named with its organisation and an organisation after the body a person chairs', async () => {
    const signed = async (closing: string) => {
      const { file } = await runLetter(`Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\n${closing}`);
      const metadata = file.data.metadata!;
      return [metadata.senders.map((sender) => sender.name), metadata.signatories.map((person) => [person.name, person.organisation ?? ''])];
    };
    expect(await signed('Hoogachtend,\n\nDe Raad van Bestuur van Zorggroep Noord\n\n(get.) J. Jansen\n')).toEqual([['Zorggroep Noord'], [['J. Jansen', '']]]);
    expect(await signed('Met hartelijke groet,\n\nEllen van Dijk\nVoorzitter Raad van Bestuur, Humanitas\n')).toEqual([['Humanitas'], [['Ellen van Dijk', 'Humanitas']]]);
    expect(await signed('Met vriendelijke groet,\n\nEllen van Dijk\nwethouder Jeugd, gemeente Amsterdam\n')).toEqual([['gemeente Amsterdam'], [['Ellen van Dijk', 'gemeente Amsterdam']]]);
    expect(await signed('Met vriendelijke groet,\n\nMarco Florijn\nwethouder Financiën gemeente Leeuwarden\n')).toEqual([['gemeente Leeuwarden'], [['Marco Florijn', 'gemeente Leeuwarden']]]);
    expect(await signed('Met vriendelijke groet,\n\nAnna Bos\ngedeputeerde Wonen en Zorg provincie Utrecht\n')).toEqual([['provincie Utrecht'], [['Anna Bos', 'provincie Utrecht']]]);
  });

  it('greets a board or a college without the -e before its neuter noun ("Geacht college,")', async () => {
    const { file } = await runLetter('Aan het college van burgemeester en wethouders van Utrecht\n\nUtrecht, 3 maart 2025\n\nGeacht college,\n\nDe tekorten in de jeugdzorg lopen op. Wij vragen u de middelen te verhogen.\n');
    expect(file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['to', 'gemeenten']]);
    expect(file.data.claimDrafts!.map((draft) => `${draft.type}: ${draft.sentence.text}`)).toEqual(['problem: De tekorten in de jeugdzorg lopen op.', 'ask: Wij vragen u de middelen te verhogen.']);
  });

  it('reads an e-mail\'s greeting ("Goedendag,") as a greeting, not as the first words of the text', async () => {
    const { file } = await runLetter('Van: Jan Jansen <jan@voorbeeld.nl>\nAan: commissie.vws@tweedekamer.nl\nOnderwerp: inbreng rondetafel\n\nGoedendag,\n\nDe tekorten in de jeugdzorg lopen op.\n\nMet vriendelijke groet,\n\nJan Jansen\n');
    expect(file.data.metadata!.title).toBe('inbreng rondetafel');
    expect(file.data.claimDrafts!.map((draft) => draft.sentence.text)).toEqual(['De tekorten in de jeugdzorg lopen op.']);
    const greeted = await runLetter('Inbreng rondetafel jeugdzorg\n\nGoedemorgen Kamerleden,\n\nDe tekorten in de jeugdzorg lopen op.\n');
    expect(greeted.file.data.metadata!.addressees.map((addressee) => [addressee.role, addressee.actor])).toEqual([['salutation', 'Tweede Kamer']]);
  });

  it('takes a greeting of whoever reads for no addressee', async () => {
    for (const salutation of ['Geachte mevrouw, geachte heer,', 'Geachte dames en heren,', 'L.S.,', 'Goedendag,', 'Hallo allemaal,']) {
      const { file } = await runLetter(`Position paper Test\n\n${salutation}\n\nEr is een tekort aan woningen.\n`);
      expect(file.data.metadata!.addressees, salutation).toEqual([]);
    }
  });

  it('reads the letterhead column beside the address, and labels printed over their values', () => {
    expect(
      withSideColumnLast([
        'Aan de leden van de vaste commissie voor          uw kenmerk',
        'Binnenlandse Zaken van de Tweede Kamer',
        'Postbus 20018                                     bijlage(n)',
        '2500 EA Den Haag                                  1',
        'datum                  onderwerp',
        '14 mei 2024            Commissiedebat Financiële verhoudingen',
        'Ons kenmerk       BB/U202400456',
      ]),
    ).toEqual(['Aan de leden van de vaste commissie voor', 'Binnenlandse Zaken van de Tweede Kamer', 'Postbus 20018', '2500 EA Den Haag', 'datum: 14 mei 2024', 'onderwerp: Commissiedebat Financiële verhoudingen', 'Ons kenmerk: BB/U202400456', 'uw kenmerk', 'bijlage(n)', '1']);
  });

  it('reads a label with its colon and its value set apart, as one field', () => {
    expect(withSideColumnLast(['Ons kenmerk:        GGZ/2024/031', 'Onderwerp:          inbreng commissiedebat GGZ'])).toEqual(['Ons kenmerk: GGZ/2024/031', 'Onderwerp: inbreng commissiedebat GGZ']);
  });

  it('reads a role printed as a title before the name, and a water board as the sender', async () => {
    const { file } = await runLetter('Aan de formateur\n\nGeachte formateur,\n\nEr is te weinig geld voor de dijken.\n\nMet vriendelijke groet,\n\nDijkgraaf H.J. Kroon\nWaterschap Rivierenland\n');
    const metadata = file.data.metadata!;
    expect(metadata.signatories).toEqual([{ name: 'H.J. Kroon', role: 'dijkgraaf' }]);
    expect(metadata.senders).toEqual([{ name: 'Waterschap Rivierenland' }]);
  });

  it('takes the subject for the title when the line above the memo fields only names its senders', async () => {
    const { file } = await runLetter('Politiebond en Veiligheidsberaad\n\nAan: de leden van de vaste commissie voor Justitie en Veiligheid\nVan: Nederlandse Politiebond en Veiligheidsberaad\nDatum: 2 oktober 2024\nBetreft: Begroting Justitie en Veiligheid 2025\n\nGeachte voorzitter,\n\nDe politie kampt met een tekort aan agenten.\n\nHoogachtend,\n\nJan Struijs\n');
    expect(file.data.metadata?.title).toBe('Begroting Justitie en Veiligheid 2025');
    expect(file.data.metadata?.senders.map((sender) => sender.name)).toEqual(['Nederlandse Politiebond', 'Veiligheidsberaad']);
  });

  it('reads a date line with a remark in brackets after it', async () => {
    const { file } = await runLetter('Aan de leden van de Tweede Kamer\n\nDen Haag, 1 oktober 2025 (verzonden per e-mail)\n\nGeachte Kamerleden,\n\nDe huren stijgen.\n');
    expect(file.data.metadata?.date).toBe('2025-10-01');
  });

  it('reads the date an e-mail was sent', async () => {
    const { file } = await runLetter('Van: Huurdersvereniging Amsterdam <info@example.org>\nVerzonden: maandag 10 februari 2025 09:12\nAan: onderhandelaars@example.org\nOnderwerp: Maak huren betaalbaar\n\nGeachte onderhandelaars,\n\nDe huren stijgen.\n');
    expect([file.data.metadata?.date, file.data.metadata?.title]).toEqual(['2025-02-10', 'Maak huren betaalbaar']);
    const answered = await runLetter('Van: Huurdersvereniging Amsterdam <info@example.org>\nAan: onderhandelaars@example.org\nOnderwerp: RE: FW: Maak huren betaalbaar\n\nGeachte onderhandelaars,\n\nDe huren stijgen.\n');
    expect(answered.file.data.metadata?.title).toBe('Maak huren betaalbaar');
  });

  it('takes the organisation above its postal address and "Aan" for the sender when the signatures name none', async () => {
    const { file } = await runLetter('Nederlandse Jeugdraad\nCatharijnesingel 47\n3511 GC Utrecht\n\nAan de vaste commissie voor Onderwijs\n\nGeachte commissieleden,\n\nHet gaat niet goed met jongeren.\n\nMet vriendelijke groet,\n\nSara Haddou, voorzitter\n');
    expect(file.data.metadata?.senders).toEqual([{ name: 'Nederlandse Jeugdraad' }]);
    const recipientFirst = await runLetter('Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\nGeachte Kamerleden,\n\nHet gaat niet goed met jongeren.\n\nMet vriendelijke groet,\n\nSara Haddou, voorzitter\n');
    expect(recipientFirst.file.data.metadata?.senders).toEqual([]);
    // The name beside an address set to the right, and one plain word over a postal address.
    const body = '\n\nAan de vaste commissie voor VRO\n\nGeachte leden,\n\nDe huren stijgen.\n\nMet vriendelijke groet,\n\nZeno Winkels\ndirecteur\n';
    const beside = await runLetter(`Woonbond                                Postbus 3202\n                                        1001 MB Amsterdam${body}`);
    expect(beside.file.data.metadata?.senders).toEqual([{ name: 'Woonbond' }]);
    const plain = await runLetter(`Aedes\nPostbus 29129\n2502 LC Den Haag${body}`);
    expect(plain.file.data.metadata?.senders).toEqual([{ name: 'Aedes' }]);
    const unaddressed = await runLetter(`Aedes${body}`);
    expect(unaddressed.file.data.metadata?.senders).toEqual([]);
  });

  it('takes an organisation alone above "Aan" for the letterhead, and a committee under the Eerste Kamer for one of that Kamer', async () => {
    const { file } = await runLetter('Huurdersvereniging Samen Sterk Utrecht\n\nAan de leden van de Eerste Kamer der Staten-Generaal\nt.a.v. de vaste commissie voor Binnenlandse Zaken\n\nBetreft: wetsvoorstel regie volkshuisvesting\n\nGeachte leden,\n\nDe huren stijgen.\n\nHoogachtend,\n\nFatima el Amrani\nvoorzitter\n');
    expect(file.data.metadata?.senders).toEqual([{ name: 'Huurdersvereniging Samen Sterk Utrecht' }]);
    expect(file.data.metadata?.title).toBe('wetsvoorstel regie volkshuisvesting');
    expect(file.data.metadata?.addressees.map((addressee) => `${addressee.role}: ${addressee.actor}`)).toEqual(['to: Eerste Kamer', 't.a.v.: Eerste Kamer']);
    const second = await runLetter('Aan de Tweede Kamer\nt.a.v. de vaste commissie voor Binnenlandse Zaken\n\nGeachte leden,\n\nDe huren stijgen.\n');
    expect(second.file.data.metadata?.addressees.map((addressee) => `${addressee.role}: ${addressee.actor}`)).toEqual(['to: Tweede Kamer', 't.a.v.: Tweede Kamer']);
  });

  it('takes the organisations listed under "Deze oproep wordt gesteund door:" for the senders', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nDe sociale basis staat onder druk.\n\nDeze oproep wordt gesteund door:\nSociaal Werk Nederland\nRode Kruis\nHet Oranje Fonds\n\nContact: info@sociaalwerknederland.nl\n');
    expect(file.data.metadata?.senders).toEqual([{ name: 'Sociaal Werk Nederland' }, { name: 'Rode Kruis' }, { name: 'Oranje Fonds' }]);
    expect(file.data.metadata?.signatories).toEqual([]);
  });

  it('reads the people who sign an open letter, with what they are and whom they work for, not the place after it', async () => {
    const { file } = await runLetter('OPEN BRIEF AAN HET NIEUWE KABINET\n\nNiet ieder kind krijgt dezelfde kansen.\n\nOndertekend door:\n\nProf. dr. Paul Leseman, hoogleraar Pedagogiek, Universiteit Utrecht\nAnouk de Wit, leraar groep 8, basisschool De Regenboog, Rotterdam\nPetra van Dijk, ouder\n');
    const metadata = file.data.metadata!;
    expect(metadata.signatories.map((person) => `${person.name} | ${person.role} | ${person.organisation}`)).toEqual([
      'Prof. dr. Paul Leseman | hoogleraar Pedagogiek, Universiteit Utrecht | Universiteit Utrecht',
      'Anouk de Wit | leraar groep 8, basisschool De Regenboog, Rotterdam | basisschool De Regenboog',
      'Petra van Dijk | ouder | undefined',
    ]);
    // The title says whom the letter is for.
    expect(metadata.addressees.map((addressee) => `${addressee.role}: ${addressee.actor}`)).toEqual(['to: kabinet']);
  });

  it('takes a letterhead of the name and its tagline after a comma for no title ("ActiZ, organisatie van zorgaanbieders")', async () => {
    const { file } = await runLetter('ActiZ, organisatie van zorgaanbieders\n\nAan de formateur\n\nUtrecht, 10 januari 2025\nBetreft: ouderenzorg in het regeerakkoord\n\nGeachte formateur,\n\nHet aantal ouderen groeit snel.\n\nMet vriendelijke groet,\n\nAnneke Westerlaken\nvoorzitter ActiZ\n');
    expect(file.data.metadata?.title).toBe('ouderenzorg in het regeerakkoord');
  });

  it('takes the letterhead named short under the closing ("Deltaplan Dementie" of "Vereniging Deltaplan Dementie") for the sender, not a person', async () => {
    const { file } = await runLetter('Vereniging Deltaplan Dementie\n\nGeachte leden van de commissie,\n\nDe wachtlijsten groeien.\n\nMet vriendelijke groet,\n\nDeltaplan Dementie\n\ndr. Marian Hoogendoorn\ndirecteur\n');
    expect(file.data.metadata?.signatories).toEqual([{ name: 'dr. Marian Hoogendoorn', role: 'directeur' }]);
    expect(file.data.metadata?.senders).toEqual([{ name: 'Vereniging Deltaplan Dementie' }]);
  });

  it('takes the subject for the title under a letterhead of an organisation that signs by another name ("Vereniging van Waterbedrijven in Nederland", signed "Vewin")', async () => {
    const { file } = await runLetter('Vereniging van Waterbedrijven in Nederland\n\nAan de vaste commissie voor Infrastructuur en Waterstaat\n\nDen Haag, 22 april 2025\nBetreft: reactie op de Kamerbrief drinkwatervoorziening\n\nGeachte leden van de commissie,\n\nDe vraag groeit.\n\nHoogachtend,\n\nVewin\n\ndrs. H. Pieters\ndirecteur\n');
    expect(file.data.metadata?.title).toBe('reactie op de Kamerbrief drinkwatervoorziening');
  });

  it('reads two people signing on one line', async () => {
    const { file } = await runLetter('Beste onderhandelaars,\n\nOnze wijken blijven achter.\n\nHartelijke groet,\n\nMehmet Yilmaz en Anja Bos\n');
    expect(file.data.metadata?.signatories.map((person) => person.name)).toEqual(['Mehmet Yilmaz', 'Anja Bos']);
  });

  it('takes the name atop the letter, printed again under the closing, for the sender, not a person', async () => {
    const { file } = await runLetter('Per Saldo\nbelangenvereniging van budgethouders\n\nBetreft: Inbreng pgb\n\nGeachte leden van de commissie,\n\nDe tarieven blijven achter.\n\nMet vriendelijke groet,\n\nPer Saldo\n\nAline Molenaar\ndirecteur\n');
    const metadata = file.data.metadata!;
    expect(metadata.senders).toEqual([{ name: 'Per Saldo' }]);
    expect(metadata.signatories).toEqual([{ name: 'Aline Molenaar', role: 'directeur' }]);
    expect(metadata.title).toBe('Inbreng pgb');
  });

  it('reads a date printed on a line of its own at the end of a position paper, not one inside its text', async () => {
    const { file } = await runLetter('Position paper Dakloosheid\n\nHet aantal daklozen is verdubbeld.\n\nFederatie Opvang, maart 2024\n');
    expect([file.data.metadata?.date, file.data.metadata?.dateText]).toEqual(['2024-03', 'maart 2024']);
    const inText = await runLetter('Position paper Dakloosheid\n\nHet aantal daklozen is sinds maart 2024 verdubbeld.\n\nWij vragen om opvang.\n');
    expect(inText.file.data.metadata?.date).toBeUndefined();
  });

  it('dates a letter by the season or quarter it prints to that year', async () => {
    const { file } = await runLetter('Position paper Dakloosheid\n\nHet aantal daklozen is verdubbeld.\n\nFederatie Opvang, najaar 2024\n');
    expect([file.data.metadata?.date, file.data.metadata?.dateText]).toEqual(['2024', 'najaar 2024']);
    expect(isoDate('Utrecht, 1e kwartaal 2025')).toBe('2025');
    expect(isoDate('Den Haag, 1e maart 2025')).toBe('2025-03-01');
    expect(datelinePattern.test('Den Haag, voorjaar 2025')).toBe(true);
  });

  it('gives a signatory the organisation on the line right under a role that names none', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nHet tekort aan huisartsen groeit.\n\nMet vriendelijke groeten,\n\nMw. J. de Vries-Bakker\nDirecteur-bestuurder\nLandelijke Huisartsen Vereniging\n');
    expect(file.data.metadata?.signatories).toEqual([{ name: 'Mw. J. de Vries-Bakker', role: 'Directeur-bestuurder', organisation: 'Landelijke Huisartsen Vereniging' }]);
    expect(file.data.metadata?.senders.map((sender) => sender.name)).toEqual(['Landelijke Huisartsen Vereniging']);
  });

  it('reads a signature on the closing formula\'s own line', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nHet tekort aan woningen groeit.\n\nHoogachtend, Jan de Vries, voorzitter VNG\n');
    expect(file.data.metadata?.signatories).toEqual([{ name: 'Jan de Vries', role: 'voorzitter VNG', organisation: 'VNG' }]);
    expect(file.data.metadata?.senders.map((sender) => sender.name)).toEqual(['VNG']);
    // Longer: with initials and a title, or with whom they sign for first.
    const titled = await runLetter('Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\nMet vriendelijke groet, drs. M. Jansen, voorzitter\n');
    expect(titled.file.data.metadata?.signatories).toEqual([{ name: 'drs. M. Jansen', role: 'voorzitter' }]);
    const onBehalf = await runLetter('Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\nMet vriendelijke groet, namens het bestuur van Zorgverzekeraars Nederland, drs. M. Jansen, voorzitter\n');
    expect(onBehalf.file.data.metadata?.senders.map((sender) => sender.name)).toEqual(['Zorgverzekeraars Nederland']);
    expect(onBehalf.file.data.metadata?.signatories.map((signatory) => signatory.name)).toEqual(['drs. M. Jansen']);
    // A sentence that opens with the words is no closing.
    const sentence = await runLetter('Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\nMet vriendelijke groeten aan iedereen die zich inzet, want zonder hen lukt het niet.\n');
    expect(sentence.file.data.metadata?.signatories).toEqual([]);
  });

  it('takes the organisation a board above the names signs for, and an organisation under a role', async () => {
    const board = await runLetter('Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\nMet vriendelijke groet,\n\nHet bestuur van de Woonbond\n\nZeno Winkels, directeur\n');
    expect(board.file.data.metadata?.signatories).toEqual([{ name: 'Zeno Winkels', role: 'directeur', organisation: 'Woonbond' }]);
    const group = await runLetter('Geachte Kamerleden,\n\nEr is een tekort aan woningen.\n\nHoogachtend,\n\nir. drs. B.J. (Bert) de Groot MBA\nvoorzitter Raad van Bestuur\nZorggroep Noord-Holland\n');
    expect(group.file.data.metadata?.signatories).toEqual([{ name: 'ir. drs. B.J. (Bert) de Groot MBA', role: 'voorzitter Raad van Bestuur', organisation: 'Zorggroep Noord-Holland' }]);
  });

  it('takes the association a board signs for, with the abbreviation the letter gives it', async () => {
    const { file } = await runLetter('Vereniging Gehandicaptenzorg Nederland (VGN)\nPostbus 413\n3500 AK Utrecht\n\nAan de formateur\n\nGeachte formateur,\n\nDe zorg kan de vraag niet meer aan.\n\nHoogachtend,\n\nHet bestuur van de Vereniging Gehandicaptenzorg Nederland\n');
    expect(file.data.metadata?.senders).toEqual([{ name: 'Vereniging Gehandicaptenzorg Nederland', abbreviation: 'VGN' }]);
  });

  it('turns printed Dutch dates into ISO dates', () => {
    expect(isoDate('Den Haag, 21 juni 2022')).toBe('2022-06-21');
    expect(isoDate('december 2023')).toBe('2023-12');
    expect(isoDate('op 23 en 24 oktober')).toBeUndefined();
    expect(isoDate('Utrecht, 12 mrt. 2024')).toBe('2024-03-12');
    expect(isoDate('Utrecht, 2 febr. 2026')).toBe('2026-02-02');
    expect(isoDate('Den Haag, 1e maart 2025')).toBe('2025-03-01');
    expect(isoDate('2de april 2024')).toBe('2024-04-02');
    expect(isoDate('Utrecht, maandag 3 maart 2025')).toBe('2025-03-03');
    expect(['Utrecht, maandag 3 maart 2025', 'Den Haag, 1e maart 2025', 'Zwolle, 3 mrt. 2024', 'Wij vragen in maart 2025'].map((line) => datelinePattern.test(line))).toEqual([true, true, true, false]);
    expect(isoDate('Datum: 5-3-2024')).toBe('2024-03-05');
    expect(isoDate('12/03/2024')).toBe('2024-03-12');
    expect(isoDate('31-13-2024')).toBeUndefined();
    // Days the calendar does not have.
    expect(['31 september 2025', '29 februari 2025', '31-04-2024', '2025-02-30'].map(isoDate)).toEqual([undefined, undefined, undefined, undefined]);
    expect(['29 februari 2024', '30-04-2024'].map(isoDate)).toEqual(['2024-02-29', '2024-04-30']);
    expect(isoDate('Amersfoort, 2024-10-01')).toBe('2024-10-01');
    expect(isoDate('2024-13-01')).toBeUndefined();
    // A year in two figures after an apostrophe.
    expect(isoDate("Utrecht, 1 november '23")).toBe('2023-11-01');
    expect(isoDate('de geest van mei ’68')).toBe('1968-05');
    expect(datelinePattern.test("Utrecht, 1 november '23")).toBe(true);
    expect(datelinePattern.test('Den Haag, d.d. 3 april 2024')).toBe(true);
    // Figures with a two-figure year; a section number is no date.
    expect(["Arnhem, 12-11-'24", '12-11-24', '5/3/98', '3.2.10', '1.2.24', '12-11-24-5'].map(isoDate)).toEqual(['2024-11-12', '2024-11-12', '1998-03-05', undefined, undefined, undefined]);
    expect(numericDatelinePattern.test("Arnhem, 12-11-'24")).toBe(true);
  });
});

describe('ids', () => {
  it('derives claim ids from letter, type and words only', () => {
    const id = claimId('brief', 'ask', 'Investeer in de wijk.');
    expect(id).toMatch(/^ask-[0-9a-f]{10}$/u);
    expect(claimId('brief', 'ask', 'Investeer  in de\nwijk')).toBe(id);
    expect(claimId('andere-brief', 'ask', 'Investeer in de wijk.')).not.toBe(id);
    expect(contentKey('Eén, twee!')).toBe('eéntwee');
    expect(slug('Koepels: Staat van de Volkshuisvesting (2022).txt')).toBe('koepels-staat-van-de-volkshuisvesting-2022-txt');
  });
});
