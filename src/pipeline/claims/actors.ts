import { lowerCaseInPlace } from './lowercase.ts';

/** The actors a letter can ask to act, with the words that name them. Order matters: specific first. */
export interface Actor {
  name: string;
  label: string;
  /** Matched against the text in lower case (see `lowerCaseInPlace`), so written in lower case, without the `i` flag. */
  pattern: RegExp;
}

/** The ministries by their initials: "Wij vragen VWS …". */
export const ministryInitials = 'VWS|BZK|SZW|OCW|EZK|LNV|IenW|JenV';

/**
 * "de minister van Participatie, Armoede en Schulden", "de staatssecretaris voor Jeugd, Preventie en
 * Sport": a role with the name of its ministry, the role in group 1.
 */
export const ministryTitle = /\b([Mm]inisters?|[Ss]taatssecretaris(?:sen)?|[Mm]inisterie)\s+(?:van|voor)\s+\p{Lu}[\p{L}-]*(?:(?:,\s*|\s+en\s+|\s+)\p{Lu}[\p{L}-]*)*/gu;

/** "Minister, zorg voor …", "Beste formateur, maak …": the addressee called by name before a command. */
export const vocative = String.raw`(?:(?:beste|geachte)\s+)?(?:minister|staatssecretaris|kamerleden|formateur|informateur|verkenner|onderhandelaars|kabinet|politiek)`;

export const actors: Actor[] = [
  { name: 'formateur', label: '(in)formateur', pattern: /\(in\)formateur|\b(in)?formateurs?\b|\bverkenners?\b/u },
  { name: 'onderhandelaars', label: 'onderhandelaars', pattern: /\bonderhandelaars\b|\bonderhandelingstafel\b|\bformatietafel\b|\b(onderhandelende|formerende)\s+partijen\b|\b(beoogde\s+)?coalitiepartijen\b|\b(de|een)\s+(nieuwe|beoogde|toekomstige|komende)\s+coalitie\b/u },
  // "Wij doen een oproep aan alle politieke partijen …": the parties, before an election or a formation.
  { name: 'politieke partijen', label: 'politieke partijen', pattern: /\bpolitieke\s+partijen\b/u },
  // A ministry by its initials, when asked itself ("Wij vragen VWS om …"); not "de vaste commissie VWS".
  // "Excellentie," greets a minister.
  { name: 'minister', label: 'minister', pattern: new RegExp(String.raw`\b(minister|ministers|ministerie|ministeries|departementen|staatssecretaris|bewindspersonen|bewindspersoon|premier|excellentie)\b|^(${ministryInitials.toLowerCase()})\b(?![-‑])`, 'u') },
  // The Senate before the Kamer: "de leden van de Eerste Kamer" names no Tweede Kamer.
  { name: 'Eerste Kamer', label: 'Eerste Kamer', pattern: /\beerste\s+kamer(leden)?\b|\bsenatoren\b|\bsenaat\b/u },
  // A committee, its members and spokespeople are the Senate's when it is named after them
  // ("de vaste commissie voor Binnenlandse Zaken van de Eerste Kamer").
  { name: 'Tweede Kamer', label: 'Tweede Kamer', pattern: /\btweede kamer\b|\bkamerleden\b|\bde kamer\b(?!\s+van\b)|\bleden van de kamer\b|\bkamercommissies?\b|\b(commissieleden|vaste commissie|woordvoerders|fractievoorzitters|(kamer)?fracties|leden\s+van\s+(de|uw)\s+(vaste\s+)?commissie|uw\s+commissie)\b(?![^;]{0,120}\beerste kamer\b)/u },
  { name: 'kabinet', label: 'kabinet', pattern: /\bkabinet\b|\bregering\b/u },
  { name: 'rijk', label: 'Rijksoverheid', pattern: /\brijksoverheid\b|\bhet rijk\b|\bvan rijk\b|\brijk en\b|\bde overheid\b|\bden haag\b(?!\s*,?\s*\d)/u },
  { name: 'provincies', label: 'provincies', pattern: /\bprovincies?\b|\b(gedeputeerde|provinciale)\s+staten\b|\bgedeputeerden?\b|\bstatenleden\b/u },
  // The government's executive agencies: "De NZa moet de tarieven herzien", "Het UWV moet mensen sneller helpen".
  { name: 'uitvoeringsorganisaties', label: 'uitvoeringsorganisaties', pattern: /\buitvoerings(organisaties?|instanties?)\b|\b(uwv|svb|duo|cak|nza|ind|coa|cbr|rvo)\b|\b(belastingdienst|dienst\s+toeslagen|zorginstituut|rijkswaterstaat|(nederlandse\s+)?zorgautoriteit)\b/u },
  // Others a letter may call on: "Wij roepen zorgverzekeraars op …", "Corporaties moeten …".
  { name: 'zorgverzekeraars', label: 'zorgverzekeraars', pattern: /\b(zorg)?verzekeraars?\b|\bzorgkanto(ren|or)\b/u },
  { name: 'corporaties', label: 'woningcorporaties', pattern: /\b(woning)?corporaties?\b/u },
  { name: 'werkgevers', label: 'werkgevers', pattern: /\bwerkgevers\b/u },
  // Brussels, when the rules are European: "Wij vragen de Europese Commissie de staatssteunregels te versoepelen".
  { name: 'Europese Unie', label: 'Europese Unie', pattern: /\beuropese\s+(commissie|unie|parlement)\b|\beurocommissaris(sen)?\b/u },
  // Safety letters ask the police and the public prosecutor: "Wij vragen de politie en het OM prioriteit te geven aan …"
  // (the prosecutor by its full name: in lower case, "het om" is also "waar het om gaat").
  { name: 'politie en justitie', label: 'politie en OM', pattern: /\bpolitie\b(?![\p{L}-])|\bopenbaar\s+ministerie\b/u },
  { name: 'waterschappen', label: 'waterschappen', pattern: /\b(hoog)?heemraadschappen\b|\bwaterschappen\b|\bhet\s+waterschap\b/u },
  { name: 'gemeenten', label: 'gemeenten', pattern: /\b(alle|elke|iedere|de) gemeenten?\b|\bgemeenten\b|\bgemeenteraad\b|\bgemeenteraden\b|\braadsleden\b|\bcollege\s+van\s+(burgemeester\s+en\s+wethouders|b\s*&\s*w)\b|\bwethouders\b/u },
  // Their associations, asked by name ("Wij roepen de VNG op …"): the municipalities or provinces
  // they speak for, under the name the letter gives (after the entries above, which `actorByName` finds).
  { name: 'gemeenten', label: 'VNG', pattern: /\bvng\b|\bvereniging\s+van\s+nederlandse\s+gemeenten\b/u },
  { name: 'provincies', label: 'IPO', pattern: /\bipo\b|\binterprovinciaal\s+overleg\b/u },
];

export function actorByName(name: string): Actor | undefined {
  return actors.find((actor) => actor.name === name);
}

/** The first actor named in `text`, by position in the text. */
export function firstActor(text: string, among: Actor[] = actors): { actor: Actor; words: string; index: number } | undefined {
  let best: { actor: Actor; words: string; index: number } | undefined;
  const lower = lowerCaseInPlace(text);
  for (const actor of among) {
    const match = actor.pattern.exec(lower);
    if (match && (!best || match.index < best.index)) best = { actor, words: text.slice(match.index, match.index + match[0].length), index: match.index };
  }
  return best;
}
