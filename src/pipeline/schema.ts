import { z } from 'astro/zod';

const point = z.object({ line: z.number().int().positive(), column: z.number().int().positive(), offset: z.number().int().nonnegative() });
export const positionSchema = z.object({ start: point, end: point });

export const footnoteSchema = z.object({
  id: z.string(),
  label: z.string().describe('The number as printed'),
  chapter: z.string().nullable().describe('Notes chapter where numbering restarts per chapter'),
  text: z.string(),
  url: z.string().nullable(),
  position: positionSchema,
});

export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  source: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  bytes: z.number().int().nonnegative(),
  encoding: z.enum(['utf-8', 'windows-1252']).describe('how the file was read: UTF-8, or Windows-1252 with a warning'),
  title: z.string().nullable(),
  titleSource: z.enum(['printed', 'metadata', 'file-name']),
  subtitle: z.string().nullable(),
  date: z.string().nullable(),
  dateStated: z.boolean().describe('true when the letter prints the date'),
  dateEvidence: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  senders: z.array(z.object({ name: z.string(), abbreviation: z.string().optional() })),
  signatories: z.array(z.object({ name: z.string(), role: z.string().optional(), organisation: z.string().optional() })),
  addressees: z.array(z.object({ role: z.enum(['to', 't.a.v.', 'cc', 'salutation']), raw: z.string(), text: z.string(), actor: z.string() })),
  fields: z.record(z.string(), z.string()),
  footnotes: z.array(footnoteSchema),
  removed: z.array(z.object({ kind: z.enum(['running-header', 'page-number', 'note-rule']), text: z.string(), position: positionSchema })),
  counts: z.object({ asks: z.number().int(), problems: z.number().int(), sentences: z.number().int() }),
});

export const evidenceSchema = z.object({ rule: z.string(), words: z.string(), weight: z.number().optional() });

export const claimSchema = z.object({
  id: z.string().regex(/^(ask|problem)-[0-9a-f]{10}(-\d+)?$/u),
  document: z.string(),
  type: z.enum(['ask', 'problem']),
  text: z.string().min(1),
  position: positionSchema,
  section: z.string().nullable(),
  block: z.object({ kind: z.enum(['heading', 'paragraph', 'listItem']), index: z.number().int(), sentence: z.number().int() }),
  addressee: z.object({ name: z.string(), label: z.string(), rule: z.string(), words: z.string().optional() }).nullable(),
  footnotes: z.array(z.string()),
  recurringAsks: z.array(z.string()),
  recurringEvidence: z.array(z.object({ id: z.string(), cues: z.array(z.string()), via: z.enum(['ask', 'section']) })),
  evidence: z.array(evidenceSchema).min(1),
  confidence: z.number().min(0).max(1),
});

export const codeSchema = z.object({ id: z.string(), label: z.string(), description: z.string(), cues: z.array(z.string()), related: z.array(z.string()) });

export const datasetSchema = z.object({
  name: z.literal('pleitkaart'),
  version: z.string(),
  documents: z.array(documentSchema),
  claims: z.array(claimSchema),
  recurringAsks: z.array(codeSchema).describe('The codebook of recurring asks the claims refer to'),
});

export const codingReportSchema = z.object({
  unassignedAsks: z.array(z.string()),
  candidates: z.array(z.object({ terms: z.array(z.string()), claims: z.array(z.string()), letters: z.array(z.string()) })),
});
export type CodingReport = z.infer<typeof codingReportSchema>;

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetDocument = z.infer<typeof documentSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Footnote = z.infer<typeof footnoteSchema>;
export type RecurringAskCode = z.infer<typeof codeSchema>;

// Discriminated by `type`: zod then checks only the matching shape, instead of trying each in turn
// (the content layer validates the 100 synthetic letters' texts in 22–26 ms instead of 41–49 ms).
const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), value: z.string(), sentence: z.number().int().optional() }),
  z.object({ type: z.literal('ref'), footnote: z.string(), label: z.string() }),
]);
const inlinesSchema = z.array(inlineSchema);

/** The repaired letter, block by block, as the letter pages render it. */
export const letterTextSchema = z.object({
  id: z.string(),
  blocks: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('heading'), depth: z.number().int(), role: z.string().optional(), line: z.number().int(), inlines: inlinesSchema }),
      z.object({ type: z.literal('paragraph'), role: z.string().optional(), column: z.number().int().optional(), line: z.number().int(), inlines: inlinesSchema }),
      z.object({
        type: z.literal('list'),
        ordered: z.boolean(),
        line: z.number().int(),
        items: z.array(z.object({ number: z.string().optional(), level: z.number().int().optional(), line: z.number().int(), inlines: inlinesSchema })),
      }),
      z.object({ type: z.literal('note'), footnote: z.string(), label: z.string(), line: z.number().int(), inlines: inlinesSchema }),
    ]),
  ),
  sentences: z.array(z.object({ index: z.number().int(), text: z.string(), line: z.number().int(), endLine: z.number().int() })),
  /** Sentence index → ids of the claims made by that sentence. */
  claimsBySentence: z.record(z.string(), z.array(z.string())),
});
export type LetterTextRecord = z.infer<typeof letterTextSchema>;
