import type { Claim, DatasetDocument } from '../pipeline/schema.ts';

/** A column of a published CSV: its name, Frictionless type, Dutch description and value. */
export interface Field<T> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  value: (row: T, url: (path: string) => string) => string | number | boolean | null;
}

const join = (values: string[]) => values.join('; ');

export const claimFields: Array<Field<Claim>> = [
  { name: 'id', type: 'string', description: 'Vaste id van de uitspraak (afgeleid van brief, soort en tekst)', value: (claim) => claim.id },
  { name: 'document', type: 'string', description: 'Id van de brief', value: (claim) => claim.document },
  { name: 'type', type: 'string', description: 'ask (vraag) of problem (probleem)', value: (claim) => claim.type },
  { name: 'text', type: 'string', description: 'Letterlijke tekst, met herstelde PDF-afbrekingen, zonder voetnootcijfers en met één spatie tussen woorden', value: (claim) => claim.text },
  { name: 'addressee', type: 'string', description: 'Wie moet handelen (genormaliseerd); leeg bij problemen', value: (claim) => claim.addressee?.name ?? null },
  { name: 'addressee_label', type: 'string', description: 'Hoe de brief de geadresseerde noemt', value: (claim) => claim.addressee?.label ?? null },
  { name: 'addressee_rule', type: 'string', description: 'De regel die de geadresseerde vaststelde (uitgelegd onder “Regels” op de datasetpagina)', value: (claim) => claim.addressee?.rule ?? null },
  { name: 'section', type: 'string', description: 'Kopje boven de uitspraak', value: (claim) => claim.section },
  { name: 'start_line', type: 'integer', description: 'Eerste regel in het bronbestand', value: (claim) => claim.position.start.line },
  { name: 'start_column', type: 'integer', description: 'Kolom in die regel', value: (claim) => claim.position.start.column },
  { name: 'end_line', type: 'integer', description: 'Laatste regel in het bronbestand', value: (claim) => claim.position.end.line },
  { name: 'end_column', type: 'integer', description: 'Kolom na het laatste teken', value: (claim) => claim.position.end.column },
  { name: 'footnotes', type: 'string', description: 'Ids van de voetnoten in de zin, gescheiden door “; ”', value: (claim) => join(claim.footnotes) },
  { name: 'recurring_asks', type: 'string', description: 'Ids van terugkerende vragen, gescheiden door “; ”', value: (claim) => join(claim.recurringAsks) },
  { name: 'evidence', type: 'string', description: 'Regels die de classificatie bepaalden, gescheiden door “; ” (uitgelegd onder “Regels” op de datasetpagina)', value: (claim) => join(claim.evidence.map((cue) => cue.rule)) },
  { name: 'confidence', type: 'number', description: 'Zekerheid van de classificatie (0–1)', value: (claim) => claim.confidence },
  { name: 'url', type: 'string', description: 'Vaste pagina van de uitspraak', value: (claim, url) => url(`/claim/${claim.id}/`) },
];

export const letterFields: Array<Field<DatasetDocument>> = [
  { name: 'id', type: 'string', description: 'Id van de brief (uit de bestandsnaam)', value: (document) => document.id },
  { name: 'source', type: 'string', description: 'Bestandsnaam van de bron', value: (document) => document.source },
  { name: 'sha256', type: 'string', description: 'SHA-256 van de bytes van het bronbestand', value: (document) => document.sha256 },
  { name: 'encoding', type: 'string', description: 'Tekenset waarin het bronbestand is gelezen: utf-8, of windows-1252 (met een waarschuwing)', value: (document) => document.encoding },
  { name: 'title', type: 'string', description: 'Titel', value: (document) => document.title },
  { name: 'title_source', type: 'string', description: 'printed (gedrukt), metadata (redactioneel) of file-name', value: (document) => document.titleSource },
  { name: 'date', type: 'string', description: 'Datum (ISO, soms alleen jaar of maand)', value: (document) => document.date },
  { name: 'date_stated', type: 'boolean', description: 'Staat de datum in de brief?', value: (document) => document.dateStated },
  { name: 'date_evidence', type: 'string', description: 'Waar de datum vandaan komt', value: (document) => document.dateEvidence },
  { name: 'senders', type: 'string', description: 'Afzendende organisaties, gescheiden door “; ”', value: (document) => join(document.senders.map((sender) => sender.name)) },
  { name: 'signatories', type: 'string', description: 'Ondertekenaars met functie, gescheiden door “; ”', value: (document) => join(document.signatories.map((person) => (person.role ? `${person.name} (${person.role})` : person.name))) },
  { name: 'addressees', type: 'string', description: 'Geadresseerden als rol: actor, gescheiden door “; ”', value: (document) => join(document.addressees.map((addressee) => `${addressee.role}: ${addressee.actor}`)) },
  { name: 'asks', type: 'integer', description: 'Aantal vragen', value: (document) => document.counts.asks },
  { name: 'problems', type: 'integer', description: 'Aantal problemen', value: (document) => document.counts.problems },
  { name: 'footnotes', type: 'integer', description: 'Aantal voetnoten', value: (document) => document.footnotes.length },
  { name: 'url', type: 'string', description: 'Pagina van de brief', value: (document, url) => url(`/brieven/${document.id}/`) },
];
