import { slug } from '../pipeline/ids.ts';
import type { Claim, DatasetDocument } from '../pipeline/schema.ts';

export interface OrganisationSummary {
  name: string;
  slug: string;
  abbreviation?: string;
  letters: DatasetDocument[];
  asks: Claim[];
}

/** Sending organisations across letters, each with its letters and asks. */
export function organisations(documents: DatasetDocument[], claims: Claim[]): OrganisationSummary[] {
  const byName = new Map<string, OrganisationSummary>();
  for (const document of documents) {
    for (const sender of document.senders) {
      const key = slug(sender.name);
      const entry = byName.get(key) ?? { name: sender.name, slug: key, abbreviation: sender.abbreviation, letters: [], asks: [] };
      if (!entry.letters.includes(document)) entry.letters.push(document);
      entry.asks.push(...claims.filter((claim) => claim.document === document.id && claim.type === 'ask'));
      byName.set(key, entry);
    }
  }
  return [...byName.values()].sort((a, b) => b.letters.length - a.letters.length || a.name.localeCompare(b.name, 'nl'));
}
