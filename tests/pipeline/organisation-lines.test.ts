import { describe, expect, it } from 'vitest';
import { isOrganisation, isOrganisationName } from '../../src/pipeline/organisations.ts';

describe('organisation lines', () => {
  it('know an organisation by a word only organisations have, or a single word with capitals inside', () => {
    expect(['Vereniging van Nederlandse Gemeenten', 'Het Interprovinciaal Overleg', 'ActiZ', 'MIND', 'NOC*NSF', 'Sociaal Werk Nederland'].map(isOrganisation)).toEqual([true, true, true, true, true, true]);
    expect(['Jan de Vries', 'Aedes', 'voorzitter', 'Met vriendelijke groet'].map(isOrganisation)).toEqual([false, false, false, false]);
  });

  it('take a name that ends in figures for an organisation, not an address or a date', () => {
    expect(['Platform31', 'G40', 'G40 Stedennetwerk'].map(isOrganisation)).toEqual([true, true, true]);
    expect(['Postbus 20018', '2500 EA Den Haag', 'Den Haag, 3 maart 2024', 'Stichting 2024'].map(isOrganisation)).toEqual([false, false, false, false]);
    expect(isOrganisationName('Platform31')).toBe(true);
  });

  it('know a compound of an organisation word for one ("Huurdersvereniging", "Ouderenbond", "Patiëntenfederatie")', () => {
    expect(['Huurdersvereniging Samen Sterk Utrecht', 'KBO Ouderenbond Brabant', 'Patiëntenfederatie Nederland', 'Zorgkoepel West', 'Zorggroep Noord-Holland', 'Humanitas Zorg', 'Het Oranje Fonds', 'Woningcorporatie Portaal'].map(isOrganisationName)).toEqual([true, true, true, true, true, true, true, true]);
    expect(['Bert de Groot', 'Groot', 'Fondsenwerving'].map(isOrganisationName)).toEqual([false, false, false]);
    expect(['Verenigingen', 'Verbondenheid Tussen Buren', 'Huurdersverenigingen zijn onmisbaar'].map(isOrganisation)).toEqual([false, false, false]);
    // Such a compound alone is a name too; the plain word is not.
    expect(['Woonbond', 'Ouderenbond', 'Zorgfederatie', 'Bond', 'Vereniging', 'Verbond', 'Koepel'].map(isOrganisation)).toEqual([true, true, true, false, false, false, false]);
  });

  it('know services, institutes, centres, bureaus and authorities by their name, and a name with its abbreviation in brackets', () => {
    expect(['Omgevingsdienst NL', 'Zorginstituut Nederland', 'Nederlandse Zorgautoriteit', 'Autoriteit Persoonsgegevens', 'Kenniscentrum Sport & Bewegen', 'Centraal Planbureau', 'Landelijke Huisartsen Vereniging (LHV)'].map(isOrganisationName)).toEqual([true, true, true, true, true, true, true]);
    expect(['Omgevingsdienst', 'Zorginstituut', 'Jeugdraad', 'Dienst', 'Centrum', 'Dienstverlening', 'Voorraad'].map(isOrganisation)).toEqual([true, true, true, false, false, false, false]);
    expect(['Nationale Jeugdraad', 'Landelijke Cliëntenraad'].map(isOrganisationName)).toEqual([true, true]);
    // Brackets name an abbreviation only at the end, after the name.
    expect(['Jan (J.) de Vries', '(LHV)', 'Landelijke Huisartsen Vereniging (zie bijlage)'].map(isOrganisationName)).toEqual([false, false, false]);
  });
});
