import { basename } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import { footnoteDefinitions } from './footnote-definitions.ts';
import { VFile } from 'vfile';
import { claimId, slug } from './ids.ts';
import type { LetterMeta } from './letter-meta.ts';
import { letterText } from './letter-text.ts';
import { messageSource } from './messages.ts';
import type { LetterMetadata } from './metadata.ts';
import { letterProcessor } from './processor.ts';
import type { RecurringMatcher } from './recurring/assign.ts';
import type { Claim, DatasetDocument, Footnote, LetterTextRecord } from './schema.ts';

/** One letter to extract: everything is decided before (id, duplicates), so letters can run anywhere. */
export interface LetterJob {
  path: string;
  display: string;
  id: string;
  bytes: Uint8Array;
  sha256: string;
  meta?: LetterMeta;
}

/** A message as plain data, so it can cross from a worker thread. */
export interface PlainMessage {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
}

export interface LetterOutcome {
  messages: PlainMessage[];
  result?: { document: DatasetDocument; claims: Claim[]; text: LetterTextRecord };
}

let shared: ReturnType<typeof letterProcessor> | undefined;

/** White space as one space; most sentences have no other, and are kept as they are (a global replace copies them piece by piece). */
const singleSpaced = (text: string) => (/[^\S ]| {2}/u.test(text) ? text.replace(/\s+/gu, ' ') : text);

/** Runs the pipeline on one letter and builds its dataset records, asks coded with `assign`. */
export async function extractLetter(job: LetterJob, assign: RecurringMatcher): Promise<LetterOutcome> {
  const processor = (shared ??= letterProcessor());
  const { path, id, bytes, meta } = job;
  const hash = job.sha256;
  const file = new VFile({ path: job.display, value: bytes });
  const outcome = (result?: LetterOutcome['result']): LetterOutcome => ({
    messages: file.messages.map((message) => ({ reason: message.reason, place: message.place, ruleId: message.ruleId, source: message.source, fatal: message.fatal })),
    result,
  });
  const tree = processor.parse(file);
  if (file.messages.some((message) => message.fatal)) return outcome();
  await processor.run(tree, file);
  if ((file.data.sentences ?? []).length === 0) {
    file.message('No running text found: the letter has no sentences outside its address block, signature and notes', { place: { line: 1, column: 1 }, ruleId: 'no-running-text', source: messageSource });
  }
  const footnotes = collectFootnotes(tree);
  const footnoteId = new Map(footnotes.map((note) => [note.key, note.footnote.id]));
  const metadata = file.data.metadata;
  const drafts = file.data.claimDrafts ?? [];
  const addressees = file.data.addressees ?? new Map();
  const counted = new Map<string, number>();
  const documentClaims: Claim[] = drafts.map((draft) => {
    let claim = claimId(id, draft.type, draft.sentence.text);
    const repeat = (counted.get(claim) ?? 0) + 1;
    counted.set(claim, repeat);
    if (repeat > 1) claim = `${claim}-${repeat}`;
    const addressee = addressees.get(draft);
    const recurringEvidence = draft.type === 'ask' ? assign({ text: draft.sentence.text, section: draft.sentence.section ?? null }) : [];
    return {
      id: claim,
      document: id,
      type: draft.type,
      // Justified PDF text leaves runs of spaces between words ("het  commitment"), a word processor
      // tabs ("De kosten\tstijgen"): a quote has one space.
      text: singleSpaced(draft.sentence.text),
      position: { start: withOffset(draft.sentence.position.start), end: withOffset(draft.sentence.position.end) },
      section: draft.sentence.section ?? null,
      block: { kind: draft.sentence.block.kind, index: draft.sentence.block.index, sentence: draft.sentence.block.sentence },
      addressee: addressee ?? null,
      footnotes: draft.sentence.footnotes.map((key) => footnoteId.get(key) ?? key),
      recurringAsks: recurringEvidence.map((assignment) => assignment.id),
      recurringEvidence,
      evidence: draft.evidence,
      confidence: draft.confidence,
    };
  });
  const sentences = file.data.sentences ?? [];
  const claimsBySentence: Record<string, string[]> = {};
  const sentenceIndex = new Map(sentences.map((sentence, index) => [sentence, index]));
  drafts.forEach((draft, index) => {
    const key = String(sentenceIndex.get(draft.sentence));
    (claimsBySentence[key] ??= []).push(documentClaims[index]!.id);
  });
  const text: LetterTextRecord = { id, ...letterText(tree, sentences, (key) => footnoteId.get(key) ?? key), claimsBySentence };
  const document: DatasetDocument = {
    id,
    source: basename(path),
    sha256: hash,
    bytes: bytes.length,
    encoding: file.data.encoding ?? 'utf-8',
    title: metadata?.title ?? meta?.title ?? null,
    titleSource: metadata?.title ? 'printed' : meta?.title ? 'metadata' : 'file-name',
    subtitle: metadata?.subtitle ?? null,
    ...letterDate(metadata, meta),
    sourceUrl: meta?.sourceUrl ?? null,
    senders: metadata?.senders ?? [],
    signatories: metadata?.signatories ?? [],
    addressees: metadata?.addressees ?? [],
    fields: metadata?.fields ?? {},
    footnotes: footnotes.map((note) => note.footnote),
    removed: (file.data.removed ?? []).map((artifact) => ({ ...artifact, position: { start: withOffset(artifact.position.start), end: withOffset(artifact.position.end) } })),
    counts: {
      asks: documentClaims.filter((claim) => claim.type === 'ask').length,
      problems: documentClaims.filter((claim) => claim.type === 'problem').length,
      sentences: file.data.sentences?.length ?? 0,
    },
  };
  return outcome({ document, claims: documentClaims, text });
}

/** `extractLetter`, with an unexpected failure reported as a fatal message on that letter instead of ending the whole extraction. */
export async function extractLetterSafely(job: LetterJob, assign: RecurringMatcher): Promise<LetterOutcome> {
  try {
    return await extractLetter(job, assign);
  } catch (error) {
    return { messages: [{ reason: `Extraction failed: ${(error as Error).message}`, place: { line: 1, column: 1 }, ruleId: 'internal-error', source: messageSource, fatal: true }] };
  }
}

/** A note's number in its id; a symbol by its name and count ("**" → ster-2), as "*" has no place in a URL's fragment. */
function idPart(number: string): string {
  if (/^\*+$/u.test(number)) return `ster-${number.length}`;
  if (/^†+$/u.test(number)) return `kruis-${number.length}`;
  if (number === '‡') return 'dubbelkruis';
  return number;
}

function collectFootnotes(tree: Root): Array<{ key: string; footnote: Footnote }> {
  const notes: Array<{ key: string; footnote: Footnote }> = [];
  for (const node of footnoteDefinitions(tree)) {
    const raw = toString(node).trim();
    const link = /\[([^\]]+)\]\(([^)]*)\)/u.exec(raw);
    const text = raw.replace(/\[([^\]]+)\]\(([^)]*)\)/gu, '$1').replace(/\\([()[\]])/gu, '$1');
    const url = link && /^https?:/u.test(link[2] ?? '') ? (link[2] ?? null) : (/https?:\/\/\S+/u.exec(text)?.[0]?.replace(/[.,)]+$/u, '') ?? null);
    const chapter = node.data?.chapter ?? null;
    const number = node.data?.number ?? node.label ?? node.identifier;
    notes.push({
      key: node.identifier,
      footnote: {
        id: chapter ? `fn-${slug(chapter)}-${idPart(number)}` : `fn-${idPart(number)}`,
        label: number,
        chapter,
        text,
        url,
        position: { start: withOffset(node.position!.start), end: withOffset(node.position!.end) },
      },
    });
  }
  return notes;
}


function withOffset(point: { line: number; column: number; offset?: number }) {
  return { line: point.line, column: point.column, offset: point.offset ?? 0 };
}

/**
 * The letter's date and why: printed in the letter; else given by the editors (.meta.yaml), who
 * know better than a date in the title, which may be the date of a debate; else the title's.
 */
function letterDate(metadata: LetterMetadata | undefined, meta: LetterMeta | undefined): Pick<DatasetDocument, 'date' | 'dateStated' | 'dateEvidence'> {
  if (metadata?.date) return { date: metadata.date, dateStated: true, dateEvidence: `Gedrukt in de brief: “${metadata.dateText ?? metadata.date}”` };
  if (meta?.date || !metadata?.titleDate) return { date: meta?.date ?? null, dateStated: false, dateEvidence: meta?.dateEvidence ?? null };
  return { date: metadata.titleDate.date, dateStated: false, dateEvidence: `Niet als briefdatum gedrukt; de titel noemt “${metadata.titleDate.text}”, aangenomen als datum van de brief.` };
}
