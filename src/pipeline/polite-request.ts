/**
 * A question that asks the reader to act ("Wilt u de minister vragen …?", "Bent u bereid …?",
 * "Mogen wij op uw steun rekenen?", "Mogen wij u vragen …?", "Is de Kamer bereid …?", "Hoe gaat u
 * ervoor zorgen dat …?"), or one for the Kamer to put to the government ("Is het kabinet bereid
 * …?"): a request, not a rhetorical question, nor a heading. The layout stage, the sentence stage (a list's lead-in) and
 * the claims stage (an ask) all need it, and none should import another.
 */
export const politeRequest = /^((wilt|kunt|zou|zoudt)\s+u\b|(hoe|wanneer|op\s+welke\s+(manier|wijze))\s+(gaat|zult|zal)\s+u\b|bent\s+u\s+bereid\b|(is|zijn)\s+(het\s+kabinet|de\s+minister|de\s+staatssecretaris|de\s+regering|de\s+bewindspersonen|de\s+(tweede\s+)?kamer|de\s+(in)?formateur|de\s+onderhandelaars)\s+bereid\b|(mogen|kunnen)\s+(wij|we)\s+(op\s+(uw|jullie)\s+(steun|hulp|inzet|medewerking)|op\s+u)\s+rekenen\b|mogen\s+(wij|we)\s+u\s+((nog|daarom|dan\s+ook)\s+)?(vragen|verzoeken)\b)/iu;
