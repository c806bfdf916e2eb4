import { organisationWord } from './organisations.ts';

/** The role a signatory signs in ("voorzitter", "directeur-bestuurder", "wethouder …", "dijkgraaf"). */
export const roleWord = /^((waarnemend|plaatsvervangend|interim|senior)\s+)?(algemeen\s+directeur|bestuurslid|directielid|beleidsadviseur|woordvoerder|teamleider|directeur[- ]bestuurder|directeur|bestuurder|bestuursvoorzitter|voorzitter|portefeuillehouder|vicevoorzitter|wethouder|loco-?burgemeester|burgemeester|secretaris|penningmeester|coördinator|programmamanager|manager|gedeputeerde|dijkgraaf|(hoog)?heemraad|griffier|projectleider|adviseur|hoogleraar|onderzoeker|lector|docent|leraar|schoolleider|huisarts|wetenschapper|lid)\b/iu;

/** "Burgemeester J. Jansen", "Dijkgraaf H.J. Kroon": the role as a title before the name. */
export function roleBeforeName(text: string): { role: string; name: string } | undefined {
  const role = roleWord.exec(text)?.[0];
  const name = role ? text.slice(role.length).trim() : '';
  return role && /^\p{Lu}/u.test(name) && looksLikeName(name) ? { role, name } : undefined;
}

/** "w.g." or "(get.)" (was getekend: signed). */
const signedWords = String.raw`\(?w\.g\.\)?|\(?get\.\)?`;

/** "w.g." or "(get.)" before a name: not part of it. */
export const signedMark = new RegExp(String.raw`^(${signedWords})\s*`, 'u');

/** "w.g." (signed), "Mevrouw" or "De heer", academic titles before a name ("drs. F.M. (Frank) Bluiminck") and degrees after it ("MBA"). */
const nameTitles = new RegExp(String.raw`^((${signedWords})\s*)?(([Mm]evrouw|[Dd]e\s+heer)\s+)?(([Dd]rs|[Dd]r|[Mm]r|[Ii]r|[Ii]ng|[Pp]rof|[Dd]s|[Mm]evr|[Dd]hr|[Mm]w)\.\s*)*|(,?\s+(MBA|MSc|MA|BSc|LLM|MPA|PhD|RA))+$`, 'gu');

/** Whether a line, or a cell of one, is a person's name: capitalised words, initials and name particles, no organisation. */
export function looksLikeName(text: string): boolean {
  // "(Frank)": the first name people use, beside the initials.
  const untitled = text.replace(nameTitles, '');
  const words = untitled.replace(/\s\(\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?\)(?=\s)/u, '').trim().split(/\s+/u);
  // "De heer J. de Vries" is no organisation for its article.
  if (words.length < 2 || words.length > 6 || roleWord.test(text) || organisationWord.test(untitled)) return false;
  // An acronym ("KNV Koninklijk Nederlands Vervoer") names an organisation; a person's initials have full stops.
  if (words.some((word) => /^\p{Lu}{2,}$/u.test(word))) return false;
  // Initials count as names too ("A. Bakker", "R.H.A. Plasterk"), but not as the last word; particles
  // may be Dutch or not ("Fatima el Amrani", "Ana da Silva").
  return words.every((word) => /^\p{Lu}[\p{L}'’-]+$/u.test(word) || /^(\p{Lu}\.)+$/u.test(word) || /^(van|de|der|den|ter|ten|het|la|le|du|op|in|'t|el|al|da|di|dos|do|von|bin|ibn|abu)$/u.test(word)) && /^\p{Lu}[\p{L}'’-]+$/u.test(words.at(-1) ?? '');
}

/**
 * "Dianda Veldman, directeur-bestuurder", "Hans Spekman – voorzitter Jeugdzorg Nederland": a person
 * and the role they sign in, on one line.
 */
export function signedLine(text: string): { name: string; role: string } | undefined {
  const parts = /^([^,–—|]+?)\s*(?:,|\s[–—|-])\s*(.+)$/u.exec(text.trim());
  const [name, role] = [parts?.[1] ?? '', parts?.[2] ?? ''];
  return looksLikeName(name) && roleWord.test(role) ? { name, role } : undefined;
}

export function isSignedLine(text: string): boolean {
  return signedLine(text) !== undefined;
}
