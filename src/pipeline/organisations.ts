// How a line that names an organisation is told from a person, a title or an address.

/** Words that name an organisation, never a person. */
export const organisationWord = /^(het|de)\s|\b(vereniging|stichting|federatie|raad|bond|platform|koepel|netwerk|overleg|gemeenten?|provincies?|branchevereniging|brancheorganisatie|nederlands?e?|koninklijke?|landelijke?|coalitie|alliantie|unie|regio|\p{L}+regio|\p{L}+(vereniging|bond|federatie|koepel|groep|dienst|diensten|centrum|bureau|autoriteit)|\p{L}+(?<!voor|huis)raad|zorg|ziekenhuis|\p{L}*corporatie|\p{L}*instituut|autoriteit|\p{L}*fonds|\p{L}*ombudsman|ggd|ggz|waterschap(pen)?|(hoog)?heemraadschap|g4|g40|vng|ipo)\b/iu;

/** One word that ends in what only organisations are: "Woonbond", "Huurdersvereniging", "Zorgfederatie", "Kinderombudsman", "Omgevingsdienst", "Zorginstituut", "Jeugdraad" (not "Voorraad"). */
const compoundName = /^\p{Lu}\p{Ll}{3,}(vereniging|bond|federatie|koepel|groep|corporatie|ombudsman|dienst|instituut|centrum|bureau|autoriteit|(?<![Vv]oor|[Hh]uis)raad)$/u;

/** A name that ends in figures: "G40", "Platform31". */
const numberedName = /^\p{Lu}\p{L}*\d{1,3}$/u;

/**
 * A line that names an organisation: with a word only organisations have ("Vereniging van
 * Nederlandse Gemeenten", "Het Interprovinciaal Overleg"), or a single word in capitals inside
 * ("ActiZ", "MIND", "NOC*NSF"), not a date, number or address.
 */
export function isOrganisation(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  // Figures belong to an address or a date, not a name, unless they end a word of letters ("G40", "Platform31").
  const figures = words.some((word) => /\d/u.test(word) && !numberedName.test(word));
  if (!text.trim() || words.length > 8 || figures || /[@:]|https?|www\./u.test(text)) return false;
  if (words.length === 1) return /^\p{Lu}[\p{L}&*/-]*\p{Lu}[\p{L}&*/-]*$/u.test(words[0] ?? '') || numberedName.test(words[0] ?? '') || compoundName.test(words[0] ?? '');
  return /^\p{Lu}/u.test(text) && organisationWord.test(text);
}

/**
 * A line that is nothing but an organisation's name ("GGD GHOR Nederland", "Vereniging van
 * Nederlandse Gemeenten"): every word capitalised but the joining words. Not a title that mentions
 * one ("Brief van de G4 aan de formateur").
 */
export function isOrganisationName(text: string): boolean {
  return isOrganisation(text) && isCapitalisedName(text);
}

/**
 * Every word capitalised but the joining words ("van", "de", …): "Aedes", "Zorgverzekeraars
 * Nederland"; its abbreviation in brackets may follow ("Landelijke Huisartsen Vereniging (LHV)").
 */
export function isCapitalisedName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > 1 && /^\(\p{Lu}[\p{L}\d&-]*\)$/u.test(words.at(-1)!)) words.pop();
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(van|de|der|voor|en|het|in|tegen|bij|&)$/u.test(word));
}
