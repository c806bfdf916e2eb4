import { describe, expect, it } from 'vitest';
import { letterTitle, printedAddressees } from '../../src/lib/format.ts';
import type { DatasetDocument } from '../../src/pipeline/schema.ts';

const letter = (title: string | null, subtitle: string | null) => ({ title, subtitle, source: 'brief.txt' }) as DatasetDocument;

describe('a letter\'s title', () => {
  it('is its printed title', () => {
    expect(letterTitle(letter('Een leefbare wijk voor iedereen', 'Gebiedsgerichte aanpak'))).toBe('Een leefbare wijk voor iedereen');
  });

  it('adds the subtitle to a title that names only the genre, in sentence case', () => {
    expect(letterTitle(letter('POSITION PAPER', 'Rondetafelgesprek mantelzorg'))).toBe('Position paper: Rondetafelgesprek mantelzorg');
    expect(letterTitle(letter('Notitie:', 'Wonen en zorg'))).toBe('Notitie: Wonen en zorg');
    expect(letterTitle(letter('Position paper', null))).toBe('Position paper');
  });

  it('is, where the letter prints none, who wrote it to whom and when; else the file it came from', () => {
    const untitled = (senders: string[], addressees: Array<[DatasetDocument['addressees'][number]['role'], string]>, date: string | null) =>
      ({ title: null, subtitle: null, source: 'brief.txt', date, senders: senders.map((name) => ({ name })), addressees: addressees.map(([role, actor]) => ({ role, raw: actor, text: actor, actor })) }) as unknown as DatasetDocument;
    expect(letterTitle(untitled(['VNG'], [['cc', 'Tweede Kamer'], ['to', 'formateur']], '2024-10-03'))).toBe('Brief van VNG aan de (in)formateur, 3 oktober 2024');
    expect(letterTitle(untitled(['Aedes', 'Woonbond'], [['salutation', 'Tweede Kamer']], null))).toBe('Brief van Aedes en Woonbond aan de Tweede Kamer');
    expect(letterTitle(untitled([], [['to', 'zorgverzekeraars']], '2024'))).toBe('Brief aan zorgverzekeraars, 2024');
    expect(letterTitle(untitled(['Divosa'], [['salutation', 'heer Dijkhoff']], null))).toBe('Brief van Divosa aan de heer Dijkhoff');
    expect(letterTitle(untitled(['Divosa'], [['salutation', 'mevrouw Keijzer']], null))).toBe('Brief van Divosa aan mevrouw Keijzer');
    expect(letterTitle(untitled(['G40'], [], '2024-10'))).toBe('Brief van G40, oktober 2024');
    expect(letterTitle(untitled([], [], '2024-10'))).toBe('Zonder titel (brief.txt)');
  });
});

describe('a letter\'s addressees as printed', () => {
  it('names the words of a letter to both chambers once, and keeps other roles', () => {
    const both = { role: 'to', raw: 'Aan de Eerste en Tweede Kamer', text: 'de Eerste en Tweede Kamer' } as const;
    const cc = { role: 'cc', raw: 'Cc: de minister', text: 'de minister', actor: 'minister' } as const;
    const addressees = [{ ...both, actor: 'Tweede Kamer' }, { ...both, actor: 'Eerste Kamer' }, cc];
    expect(printedAddressees({ addressees }).map((addressee) => [addressee.role, addressee.text])).toEqual([['to', 'de Eerste en Tweede Kamer'], ['cc', 'de minister']]);
  });
});
