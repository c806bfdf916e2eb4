import type { MatrixInput } from './charts/matrix.ts';
import { letterTitle, senderNames } from './format.ts';
import { groupBy } from './group-by.ts';
import { oldestFirst, recurringLetterPath } from './listings.ts';
import { organisations } from './organisations.ts';
import { href, paths } from './paths.ts';
import type { Claim, DatasetDocument, RecurringAskCode } from '../pipeline/schema.ts';

export interface RecurringStats {
  code: RecurringAskCode;
  asks: Claim[];
  /** The asks per letter, as `asks` lists them. */
  asksByLetter: Map<string, Claim[]>;
  /** Letters with this ask, oldest first (undated last). */
  letters: DatasetDocument[];
  organisations: string[];
  addressees: string[];
}


/** Every code with its asks, letters, organisations and addressees; most widespread first. */
export function recurringStats(codes: RecurringAskCode[], claims: Claim[], documents: Map<string, DatasetDocument>): RecurringStats[] {
  return codes
    .map((code) => {
      const asks = claims.filter((claim) => claim.recurringAsks.includes(code.id));
      const asksByLetter = groupBy(asks, (claim) => claim.document);
      const letters = [...asksByLetter.keys()].map((id) => documents.get(id)!).sort(oldestFirst);
      return {
        code,
        asks,
        asksByLetter,
        letters,
        organisations: [...new Set(letters.flatMap((letter) => letter.senders.map((sender) => sender.abbreviation ?? sender.name)))],
        addressees: [...new Set(asks.flatMap((claim) => (claim.addressee ? [claim.addressee.name] : [])))],
      };
    })
    .sort((a, b) => b.letters.length - a.letters.length || b.asks.length - a.asks.length || a.code.label.localeCompare(b.code.label, 'nl'));
}

const askWord = (count: number) => (count === 1 ? '1 vraag' : `${count} vragen`);

/** Recurring asks × letters (columns by date), for the map. */
export function letterMatrix(stats: RecurringStats[], documents: DatasetDocument[]): MatrixInput {
  const columns = [...documents].sort(oldestFirst);
  return {
    title: 'Terugkerende vragen per brief',
    rows: stats.filter((entry) => entry.asks.length).map((entry) => ({ id: entry.code.id, label: entry.code.label, href: href(paths.recurring(entry.code.id)) })),
    columns: columns.map((document) => ({ id: document.id, label: `${document.date?.slice(0, 7) ?? 'z.d.'} ${senderNames(document) || letterTitle(document)}`, href: href(paths.letter(document.id)) })),
    cells: stats.flatMap((entry) =>
      columns.flatMap((document) => {
        const asks = entry.asksByLetter.get(document.id);
        if (!asks) return [];
        const target = asks.length === 1 ? href(paths.claim(asks[0]!.id)) : href(recurringLetterPath(entry, document.id));
        return [{ row: entry.code.id, column: document.id, count: asks.length, href: target, title: `${entry.code.label} — ${letterTitle(document)}: ${askWord(asks.length)}` }];
      }),
    ),
  };
}

/** Recurring asks × organisations: which organisations made which asks. */
export function organisationMatrix(stats: RecurringStats[], documents: DatasetDocument[], claims: Claim[]): MatrixInput {
  const senders = organisations(documents, claims);
  return {
    title: 'Terugkerende vragen per organisatie',
    rows: stats.filter((entry) => entry.asks.length).map((entry) => ({ id: entry.code.id, label: entry.code.label, href: href(paths.recurring(entry.code.id)) })),
    columns: senders.map((sender) => ({ id: sender.slug, label: sender.abbreviation ?? sender.name, href: href(paths.organisation(sender.slug)) })),
    cells: stats.flatMap((entry) =>
      senders.flatMap((sender) => {
        const letters = new Set(sender.letters.map((letter) => letter.id));
        const asks = entry.asks.filter((claim) => letters.has(claim.document));
        return asks.length ? [{ row: entry.code.id, column: sender.slug, count: asks.length, href: href(paths.recurring(entry.code.id)), title: `${entry.code.label} — ${sender.name}: ${askWord(asks.length)}` }] : [];
      }),
    ),
  };
}
