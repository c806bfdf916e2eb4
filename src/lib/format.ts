import type { DatasetDocument } from '../pipeline/schema.ts';
import { months } from '../pipeline/dates.ts';
import { genreTitle } from '../pipeline/genre-title.ts';
import { strings } from './strings.ts';

/** "21 juni 2022", "oktober 2024", "2021" — as precise as the date is known. */
export function dutchDate(iso: string | null): string {
  if (!iso) return strings.dateUnknown;
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const name = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * The letter's title; under a title that names only the genre ("POSITION PAPER") with its
 * subtitle, so that a list of letters does not show the same word for each: "Position paper:
 * Rondetafelgesprek mantelzorg".
 */
export function letterTitle(document: DatasetDocument): string {
  const { title, subtitle } = document;
  if (!title) return composedTitle(document) ?? strings.untitled(document.source);
  if (!subtitle || !genreTitle.test(title.trim())) return title;
  const genre = title.trim().replace(/\s*:$/u, '');
  const readable = genre === genre.toUpperCase() ? genre.charAt(0) + genre.slice(1).toLowerCase() : genre;
  return `${readable}: ${subtitle}`;
}

/** "Aedes, Woonbond en VNG". */
const listFormat = new Intl.ListFormat('nl', { type: 'conjunction' });

/**
 * A letter that prints no title, named by who wrote it, to whom and when ("Brief van VNG aan de
 * (in)formateur, 3 oktober 2024"); none when the letter names neither its senders nor its addressee.
 */
function composedTitle(document: DatasetDocument): string | undefined {
  const senders = listFormat.format(document.senders.map((sender) => sender.abbreviation ?? sender.name));
  const actor = document.addressees.find((addressee) => addressee.role !== 'cc')?.actor;
  // A person greeted by name ("Geachte heer Dijkhoff,") is "de heer Dijkhoff" in a sentence.
  const addressee = actor ? (strings.addresseeInTitle[actor] ?? actor.replace(/^heer\b/u, 'de heer')) : undefined;
  if (!senders && !addressee) return undefined;
  return strings.composedTitle(senders, addressee, document.date ? dutchDate(document.date) : undefined);
}

/** Short sender names: abbreviation where the letter uses one. */
export function senderNames(document: DatasetDocument): string {
  return document.senders.map((sender) => sender.abbreviation ?? sender.name).join(', ');
}

/** "VNG: 10 vragen en 6 problemen.": who sent a letter and what it holds, for its page's description and the feed. */
export function letterSummary(document: DatasetDocument): string {
  return `${senderNames(document) || document.source}: ${strings.askCount(document.counts.asks)} en ${strings.problemCount(document.counts.problems)}.`;
}

/** The addressees as the letter names them: one entry per actor, so a letter to both chambers names its words once. */
export function printedAddressees(document: Pick<DatasetDocument, 'addressees'>): DatasetDocument['addressees'] {
  return document.addressees.filter((addressee, index, all) => all.findIndex((other) => other.role === addressee.role && other.text === addressee.text) === index);
}

export function yearOf(document: DatasetDocument): string | undefined {
  return document.date?.slice(0, 4);
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}

/** What a pipeline rule recognises, in words; a rule without a description shows its id rather than nothing. */
export function describeRule(rule: string): string {
  return strings.rules[rule] ?? rule;
}
