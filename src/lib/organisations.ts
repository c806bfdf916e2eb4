import { slug } from '../pipeline/ids.ts';
import { organisationWord } from '../pipeline/organisations.ts';
import type { Claim, DatasetDocument } from '../pipeline/schema.ts';

export interface OrganisationSummary {
  name: string;
  slug: string;
  abbreviation?: string;
  /** Other spellings found in the letters. */
  aliases: string[];
  letters: DatasetDocument[];
  asks: Claim[];
}

type Sender = DatasetDocument['senders'][number];

/** "de Nederlandse GGZ", "Nederlandse ggz" and "Vereniging Valente", "Valente" name the same organisation. */
export function organisationKey(name: string): string {
  return slug(name.replace(/^(de|het)\s+/iu, '').replace(/^(vereniging|stichting)\s+(?!van\b)/iu, ''));
}

const joiningWord = /^(van|de|der|den|voor|en|het|in|op)$/u;
const isAbbreviation = (name: string) => /^[\p{Lu}\d][\p{Lu}\d&*/-]+$/u.test(name);

/**
 * "Aedes vereniging van woningcorporaties": a name followed by a tagline in lower case that says
 * what the organisation is.
 */
function nameBeforeTagline(name: string): string | undefined {
  const [first, ...rest] = name.trim().split(/\s+/u);
  return first && rest.length >= 2 && /^\p{Lu}/u.test(first) && rest.every((word) => !/^\p{Lu}/u.test(word)) && organisationWord.test(rest.join(' ')) ? first : undefined;
}

/** "Vereniging van Nederlandse Gemeenten" → VNG, "Zorgverzekeraars Nederland" → ZN: the capitals of a name of two words or more. */
function initialsOf(name: string): string | undefined {
  const words = name.replace(/^(de|het)\s+/iu, '').split(/\s+/u).filter((word) => !joiningWord.test(word));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word)) ? organisationKey(words.map((word) => word[0]).join('')) : undefined;
}

/**
 * Every way another letter may write the same organisation: its name, the abbreviation the letter
 * gives, and the name before a tagline ("Aedes vereniging van woningcorporaties" → Aedes). Its
 * initials count only where a letter writes them as a name ("VNG" for "Vereniging van Nederlandse
 * Gemeenten") and no other organisation has the same (Sociaal Werk Nederland, Stichting Woonzorg Nederland).
 */
function nameKeys(sender: Sender, fullNames: Map<string, Set<string>>): string[] {
  const initials = initialsOf(sender.name);
  const named = nameBeforeTagline(sender.name);
  return [
    organisationKey(sender.name),
    ...[sender.abbreviation, named].filter((name): name is string => Boolean(name)).map(organisationKey),
    ...(initials && fullNames.get(initials)?.size === 1 ? [initials] : []),
  ];
}

/**
 * The name an organisation's page goes by: a full name rather than an abbreviation or a name with
 * its tagline; the spelling most letters use; the longer one of equals ("Vereniging Valente").
 */
function displayName(counts: Map<string, number>): string {
  const names = [...counts.keys()];
  const withoutTagline = names.filter((name) => !nameBeforeTagline(name));
  const plain = withoutTagline.filter((name) => !isAbbreviation(name));
  const candidates = plain.length ? plain : withoutTagline.length ? withoutTagline : names;
  return candidates.sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || a.localeCompare(b, 'nl'))[0]!;
}

/**
 * Sending organisations across letters, each with its letters and asks. Spellings, abbreviations
 * and taglines are merged whatever order the letters come in: a letter that writes "Vereniging van
 * Nederlandse Gemeenten (VNG)" joins the letters signed "VNG" and those signed with the full name.
 */
export function organisations(documents: DatasetDocument[], claims: Claim[]): OrganisationSummary[] {
  // Union-find over the keys: each sender joins every group one of its keys is in.
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(key, at);
    return at;
  };
  // Abbreviations written as names ("VNG"), each with the full names whose initials they are.
  const senders = documents.flatMap((document) => document.senders);
  const written = new Set(senders.filter((sender) => isAbbreviation(sender.name)).map((sender) => organisationKey(sender.name)));
  const fullNames = new Map<string, Set<string>>();
  for (const sender of senders) {
    const initials = initialsOf(sender.name);
    if (initials && written.has(initials)) fullNames.set(initials, (fullNames.get(initials) ?? new Set()).add(organisationKey(sender.name)));
  }
  const keysBySender = new Map<Sender, string[]>();
  for (const document of documents) {
    for (const sender of document.senders) {
      const keys = nameKeys(sender, fullNames);
      keysBySender.set(sender, keys);
      for (const key of keys) if (!parent.has(key)) parent.set(key, key);
      for (const key of keys.slice(1)) parent.set(root(key), root(keys[0]!));
    }
  }
  const asksByDocument = new Map<string, Claim[]>();
  for (const claim of claims) if (claim.type === 'ask') asksByDocument.set(claim.document, [...(asksByDocument.get(claim.document) ?? []), claim]);
  interface Group {
    names: Map<string, number>;
    abbreviations: Set<string>;
    letters: DatasetDocument[];
  }
  const groups = new Map<string, Group>();
  for (const document of documents) {
    for (const sender of document.senders) {
      const group = root(keysBySender.get(sender)![0]!);
      const entry: Group = groups.get(group) ?? { names: new Map(), abbreviations: new Set(), letters: [] };
      groups.set(group, entry);
      entry.names.set(sender.name, (entry.names.get(sender.name) ?? 0) + 1);
      if (sender.abbreviation) entry.abbreviations.add(sender.abbreviation);
      if (isAbbreviation(sender.name)) entry.abbreviations.add(sender.name);
      if (!entry.letters.includes(document)) entry.letters.push(document);
    }
  }
  const entries = [...groups.values()].map(({ names, abbreviations, letters }): OrganisationSummary => {
    const name = displayName(names);
    const abbreviation = [...abbreviations].find((candidate) => candidate !== name);
    return {
      name,
      slug: slug(name),
      ...(abbreviation ? { abbreviation } : {}),
      aliases: [...names.keys()].filter((other) => other !== name && other !== abbreviation && organisationKey(other) !== organisationKey(name)),
      letters,
      asks: letters.flatMap((letter) => asksByDocument.get(letter.id) ?? []),
    };
  });
  return entries.sort((a, b) => b.letters.length - a.letters.length || a.name.localeCompare(b.name, 'nl'));
}

/** The organisation page a sender name belongs to. */
export function organisationSlugFor(name: string, all: OrganisationSummary[]): string {
  const key = organisationKey(name);
  const keysOf = (entry: OrganisationSummary) => [entry.name, ...entry.aliases, ...(entry.abbreviation ? [entry.abbreviation] : [])].map(organisationKey);
  return all.find((entry) => keysOf(entry).includes(key))?.slug ?? slug(name);
}
