import { slug } from '../pipeline/ids.ts';
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

/** "de Nederlandse GGZ", "Nederlandse ggz" and "Vereniging Valente", "Valente" name the same organisation. */
export function organisationKey(name: string): string {
  return slug(name.replace(/^(de|het)\s+/iu, '').replace(/^(vereniging|stichting)\s+(?!van\b)/iu, ''));
}

/** Sending organisations across letters, each with its letters and asks; spellings and abbreviations merged. */
export function organisations(documents: DatasetDocument[], claims: Claim[]): OrganisationSummary[] {
  const entries: OrganisationSummary[] = [];
  const byKey = new Map<string, OrganisationSummary>();
  const asksByDocument = new Map<string, Claim[]>();
  for (const claim of claims) if (claim.type === 'ask') asksByDocument.set(claim.document, [...(asksByDocument.get(claim.document) ?? []), claim]);
  for (const document of documents) {
    for (const sender of document.senders) {
      const keys = [organisationKey(sender.name), ...(sender.abbreviation ? [organisationKey(sender.abbreviation)] : [])];
      let entry = keys.map((key) => byKey.get(key)).find(Boolean);
      if (!entry) {
        entry = { name: sender.name, slug: slug(sender.name), abbreviation: sender.abbreviation, aliases: [], letters: [], asks: [] };
        entries.push(entry);
      } else if (sender.name.length > entry.name.length && !sender.abbreviation) {
        entry.aliases.push(entry.name);
      } else if (sender.name !== entry.name && !entry.aliases.includes(sender.name)) {
        entry.aliases.push(sender.name);
      }
      entry.abbreviation ??= sender.abbreviation;
      for (const key of keys) byKey.set(key, entry);
      if (!entry.letters.includes(document)) {
        entry.letters.push(document);
        entry.asks.push(...(asksByDocument.get(document.id) ?? []));
      }
    }
  }
  return entries.sort((a, b) => b.letters.length - a.letters.length || a.name.localeCompare(b.name, 'nl'));
}

/** The organisation page a sender name belongs to. */
export function organisationSlugFor(name: string, all: OrganisationSummary[]): string {
  const key = organisationKey(name);
  return all.find((entry) => organisationKey(entry.name) === key || entry.aliases.some((alias) => organisationKey(alias) === key) || (entry.abbreviation && organisationKey(entry.abbreviation) === key))?.slug ?? slug(name);
}
