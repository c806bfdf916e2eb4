import { describe, expect, it } from 'vitest';
import { organisations, organisationSlugFor } from '../../src/lib/organisations.ts';
import type { Claim, DatasetDocument } from '../../src/pipeline/schema.ts';

const letter = (id: string, ...senders: Array<string | [string, string]>) =>
  ({ id, senders: senders.map((sender) => (typeof sender === 'string' ? { name: sender } : { name: sender[0], abbreviation: sender[1] })) }) as unknown as DatasetDocument;
const ask = (document: string) => ({ id: `ask-${document}`, document, type: 'ask' }) as Claim;
const summary = (documents: DatasetDocument[]) =>
  organisations(documents, documents.map((document) => ask(document.id))).map((entry) => `${entry.slug}: ${entry.name}${entry.abbreviation ? ` (${entry.abbreviation})` : ''} [${entry.aliases.join('; ')}] ${entry.letters.map((document) => document.id).join(', ')}; ${entry.asks.length} asks`);

describe('organisations', () => {
  it('merges a full name, its abbreviation and its initials, whatever order the letters come in', () => {
    const letters = [letter('a', 'VNG'), letter('b', 'Vereniging van Nederlandse Gemeenten'), letter('c', ['Vereniging van Nederlandse Gemeenten', 'VNG'])];
    const expected = ['vereniging-van-nederlandse-gemeenten: Vereniging van Nederlandse Gemeenten (VNG) [] a, b, c; 3 asks'];
    expect(summary(letters)).toEqual(expected);
    expect(summary([...letters].reverse()).map((line) => line.replace('c, b, a', 'a, b, c'))).toEqual(expected);
  });

  it('merges a name with its tagline, an article and a legal form, and keeps the spelling most letters use', () => {
    expect(summary([letter('a', 'Aedes vereniging van woningcorporaties'), letter('b', 'Aedes'), letter('c', 'Aedes')])).toEqual(['aedes: Aedes [Aedes vereniging van woningcorporaties] a, b, c; 3 asks']);
    expect(summary([letter('a', 'Valente'), letter('b', 'Vereniging Valente')])).toEqual(['vereniging-valente: Vereniging Valente [] a, b; 2 asks']);
    expect(summary([letter('a', 'de Nederlandse ggz'), letter('b', 'de Nederlandse GGZ'), letter('c', 'de Nederlandse ggz')])).toEqual(['de-nederlandse-ggz: de Nederlandse ggz [] a, b, c; 3 asks']);
  });

  it('takes initials for a name only where a letter writes them, and only when one organisation has them', () => {
    expect(summary([letter('a', 'ZN'), letter('b', 'Zorgverzekeraars Nederland')])).toEqual(['zorgverzekeraars-nederland: Zorgverzekeraars Nederland (ZN) [] a, b; 2 asks']);
    expect(summary([letter('a', 'Sociaal Werk Nederland'), letter('b', 'Stichting Woonzorg Nederland')]).length).toBe(2);
    expect(summary([letter('a', 'Sociaal Werk Nederland'), letter('b', 'Stichting Woonzorg Nederland'), letter('c', 'SWN')]).length).toBe(3);
    expect(summary([letter('a', 'Nederlandse ggz', 'Nederlandse Vereniging van Ziekenhuizen')]).length).toBe(2);
  });

  it('links every spelling to the one page', () => {
    const all = organisations([letter('a', 'VNG'), letter('b', ['Vereniging van Nederlandse Gemeenten', 'VNG']), letter('c', 'Aedes vereniging van woningcorporaties', 'Aedes')], []);
    expect(['VNG', 'Vereniging van Nederlandse Gemeenten', 'Aedes vereniging van woningcorporaties', 'Aedes', 'Onbekend Fonds'].map((name) => organisationSlugFor(name, all))).toEqual([
      'vereniging-van-nederlandse-gemeenten',
      'vereniging-van-nederlandse-gemeenten',
      'aedes',
      'aedes',
      'onbekend-fonds',
    ]);
  });
});
