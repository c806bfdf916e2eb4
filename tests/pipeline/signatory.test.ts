import { describe, expect, it } from 'vitest';
import { looksLikeName, roleBeforeName, signedLine } from '../../src/pipeline/signatory.ts';

describe('signatories', () => {
  it('read a name and its role on one line, after a comma or a dash', () => {
    expect(signedLine('Dianda Veldman, directeur-bestuurder')).toEqual({ name: 'Dianda Veldman', role: 'directeur-bestuurder' });
    expect(signedLine('Hans Spekman – voorzitter Jeugdzorg Nederland')).toEqual({ name: 'Hans Spekman', role: 'voorzitter Jeugdzorg Nederland' });
    expect(signedLine('Esmé Wiegman-van Meppelen Scheppink, directeur')).toEqual({ name: 'Esmé Wiegman-van Meppelen Scheppink', role: 'directeur' });
    expect(signedLine('Frank Candel | Bestuursvoorzitter')).toEqual({ name: 'Frank Candel', role: 'Bestuursvoorzitter' });
    expect(signedLine('Youssef El Amrani, bestuurslid wonen')).toEqual({ name: 'Youssef El Amrani', role: 'bestuurslid wonen' });
    expect(signedLine('Marloes Jansen – senior beleidsadviseur')).toEqual({ name: 'Marloes Jansen', role: 'senior beleidsadviseur' });
    expect(signedLine('Den Haag, 12 maart 2024')).toBeUndefined();
    expect(signedLine('Jeugdzorg Nederland – voorzitter')).toBeUndefined();
  });

  it('tell a person, also addressed as "Mevrouw" or "De heer", from an organisation, also a region', () => {
    expect(looksLikeName('R.H.A. Plasterk')).toBe(true);
    expect(looksLikeName('Mevrouw dr. A. Bakker-de Boer')).toBe(true);
    expect(looksLikeName('De heer J. de Vries')).toBe(true);
    expect(looksLikeName('Mevrouw')).toBe(false);
    expect(looksLikeName('bestuurslid wonen')).toBe(false);
    expect(looksLikeName('Regio Twente')).toBe(false);
    expect(looksLikeName('Metropoolregio Amsterdam')).toBe(false);
    expect(roleBeforeName('Voorzitter Regio Twente')).toBeUndefined();
    expect(roleBeforeName('Burgemeester J. Jansen')).toEqual({ role: 'Burgemeester', name: 'J. Jansen' });
    expect(roleBeforeName('Waarnemend voorzitter Anna Bos')).toEqual({ role: 'Waarnemend voorzitter', name: 'Anna Bos' });
  });
});
