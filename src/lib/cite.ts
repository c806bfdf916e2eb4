import type { Claim, DatasetDocument } from '../pipeline/schema.ts';
import { dutchDate, letterTitle, yearOf } from './format.ts';
import { strings } from './strings.ts';

/** Everything a citation needs, resolved to plain values. */
export interface CitationInput {
  claim: Claim;
  document: DatasetDocument;
  /** Absolute URL of the claim page. */
  url: string;
}
// No access date: a build must not depend on the day it runs, and reference managers add one on import.

const authors = (document: DatasetDocument) => (document.senders.length ? document.senders.map((sender) => sender.name) : [document.source]);
const lines = (claim: Claim) => strings.claim.linesValue(claim.position.start.line, claim.position.end.line);

function listAuthors(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** A plain Dutch reference a journalist can paste. */
export function plainCitation({ claim, document, url }: CitationInput): string {
  return `${listAuthors(authors(document), 'en')}, “${letterTitle(document)}” (${dutchDate(document.date)}), ${lines(claim)}: “${claim.text}” Via Pleitkaart, ${url}.`;
}

/** APA 7 reference to the letter, with the quotation's pinpoint. */
export function apaCitation({ claim, document, url }: CitationInput): string {
  const date = document.date ? document.date.replace(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/u, (_, year: string, month: string, day?: string) => `${year}, ${dutchDate(`${year}-${month}${day ? `-${day}` : ''}`).replace(` ${year}`, '')}`) : strings.cite.noDate;
  return `${listAuthors(authors(document), '&')} (${date}). ${letterTitle(document)} [${strings.cite.letterGenre}]. ${document.sourceUrl ?? url} (${lines(claim)})`;
}

function dateParts(iso: string | null): number[][] | undefined {
  return iso ? [iso.split('-').map(Number)] : undefined;
}

/** CSL-JSON (Zotero, Mendeley, citeproc). */
export function cslJson({ claim, document, url }: CitationInput): object[] {
  return [
    {
      id: claim.id,
      type: 'personal_communication',
      genre: strings.cite.letterGenre,
      title: letterTitle(document),
      author: authors(document).map((literal) => ({ literal })),
      ...(document.date ? { issued: { 'date-parts': dateParts(document.date) } } : {}),
      URL: url,
      locator: `${claim.position.start.line}-${claim.position.end.line}`,
      label: 'line',
      note: claim.text,
      language: 'nl',
    },
  ];
}

const bibEscape = (text: string) => text.replace(/[\\{}]/gu, (char) => `\\${char}`).replace(/[%&$#_]/gu, (char) => `\\${char}`).replace(/~/gu, '\\textasciitilde{}').replace(/\^/gu, '\\textasciicircum{}');

/** BibTeX (@misc); organisations in double braces so they are not split into names. */
export function bibtex({ claim, document, url }: CitationInput): string {
  const fields: Array<[string, string]> = [
    ['author', authors(document).map((name) => `{${bibEscape(name)}}`).join(' and ')],
    ['title', `{${bibEscape(letterTitle(document))}}`],
    ...(yearOf(document) ? ([['year', yearOf(document)!]] as Array<[string, string]>) : []),
    ['howpublished', strings.cite.letterGenre],
    ['note', `${bibEscape(lines(claim))}: “${bibEscape(claim.text)}”`],
    ['url', url],
    ['language', 'dutch'],
  ];
  return `@misc{${claim.id},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}\n`;
}

/** RIS (EndNote, Zotero, Citavi). */
export function ris({ claim, document, url }: CitationInput): string {
  const tags: Array<[string, string]> = [
    ['TY', 'PCOMM'],
    ...authors(document).map((name): [string, string] => ['AU', name]),
    ['TI', letterTitle(document)],
    ...(document.date ? ([['DA', document.date.replaceAll('-', '/')], ['PY', yearOf(document)!]] as Array<[string, string]>) : []),
    ['SP', String(claim.position.start.line)],
    ['EP', String(claim.position.end.line)],
    ['N1', claim.text],
    ['UR', url],
    ['LA', 'nl'],
    ['ER', ''],
  ];
  return `${tags.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/gu, ' ')}`.trimEnd()).join('\r\n')}\r\n`;
}

/** Google Scholar / Zotero `citation_*` meta tags. */
export function citationMeta({ document, url }: CitationInput): Array<{ name: string; content: string }> {
  return [
    { name: 'citation_title', content: letterTitle(document) },
    ...authors(document).map((content) => ({ name: 'citation_author', content })),
    ...(document.date ? [{ name: 'citation_date', content: document.date.replaceAll('-', '/') }] : []),
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: 'nl' },
  ];
}

/** A text fragment (`#:~:text=`) that selects the claim's sentence in the letter. */
export function textFragment(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const encode = (part: string) => encodeURIComponent(part).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');
  if (words.length <= 8) return `:~:text=${encode(words.join(' '))}`;
  return `:~:text=${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
}

export type CitationFormat = 'json' | 'bib' | 'ris';

/** The downloadable citation files of a claim: body and media type per format. */
export const citationFiles: Record<CitationFormat, { body: (input: CitationInput) => string; type: string }> = {
  json: { body: (input) => `${JSON.stringify(cslJson(input), null, 2)}\n`, type: 'application/vnd.citationstyles.csl+json' },
  bib: { body: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { body: ris, type: 'application/x-research-info-systems; charset=utf-8' },
};
