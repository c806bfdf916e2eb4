import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { FootnoteDefinition } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { claimId, contentKey, sha256, slug } from './ids.ts';
import type { LetterMeta } from './letter-meta.ts';
import { readLetterMeta } from './letter-meta.ts';
import { messageSource } from './messages.ts';
import { letterProcessor } from './processor.ts';
import { letterText } from './letter-text.ts';
import { recurringMatcher } from './recurring/assign.ts';
import { candidateCodes } from './recurring/candidates.ts';
import type { RecurringAsk } from './recurring/codebook.ts';
import { readCodebook } from './recurring/codebook.ts';
import type { Claim, CodingReport, Dataset, DatasetDocument, Footnote, LetterTextRecord } from './schema.ts';

export interface ExtractResult {
  dataset: Dataset;
  /** One file per input, with its messages (warnings, and fatal ones for unusable letters). */
  files: VFile[];
  /** Whether every letter could be read. */
  ok: boolean;
  /** Each letter's repaired text, for the letter pages (not part of the published dataset). */
  texts: LetterTextRecord[];
  /** Asks no recurring ask matched, and proposed new codes. */
  report: CodingReport;
}

export interface ExtractOptions {
  cwd?: string;
  /** The codebook of recurring asks; default `content/codebook.yaml` when it exists. */
  codebook?: string;
}

const metaSuffix = '.meta.yaml';

/** Extracts the claims dataset from letter files and folders of letters (`.txt`). */
export async function extractLetters(inputs: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const cwd = options.cwd ?? process.cwd();
  const files: VFile[] = [];
  const codebook = await loadCodebook(options.codebook, files, cwd);
  const assign = recurringMatcher(codebook);
  const letters: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      files.push(fatalFile(input, cwd, `Cannot read \`${input}\`: ${reason(info)}`, 'unreadable-file'));
    } else if (info.isDirectory()) {
      for (const name of (await readdir(input)).sort()) {
        const path = join(input, name);
        if (name.endsWith('.txt')) letters.push(path);
        else if (!name.endsWith(metaSuffix) && !name.startsWith('.')) {
          const file = new VFile({ path: relative(cwd, path) || path });
          file.message('Not a letter: only `.txt` files are read (and `<letter>.meta.yaml` beside them); this file is skipped', { place: { line: 1, column: 1 }, ruleId: 'not-a-letter', source: messageSource });
          files.push(file);
        }
      }
    } else {
      letters.push(input);
    }
  }

  const processor = letterProcessor();
  const documents: DatasetDocument[] = [];
  const claims: Claim[] = [];
  const texts: LetterTextRecord[] = [];
  const seen = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const path of letters) {
    const display = relative(cwd, path) || path;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      files.push(fatalFile(display, cwd, `Cannot read letter: ${reason(error as NodeJS.ErrnoException)}`, 'unreadable-file'));
      continue;
    }
    const file = new VFile({ path: display, value: bytes });
    files.push(file);
    const hash = sha256(bytes);
    const duplicate = seen.get(hash);
    if (duplicate) {
      file.message(`Same bytes as \`${duplicate}\`: this copy is skipped so its claims are not counted twice`, { place: { line: 1, column: 1 }, ruleId: 'duplicate-letter', source: messageSource });
      continue;
    }
    seen.set(hash, display);
    const meta = await readMeta(path, files, cwd);
    const tree = processor.parse(file);
    if (file.messages.some((message) => message.fatal)) continue;
    await processor.run(tree, file);

    let id = slug(basename(path, extname(path)));
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
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
      return {
        id: claim,
        document: id,
        type: draft.type,
        text: draft.sentence.text,
        position: { start: withOffset(draft.sentence.position.start), end: withOffset(draft.sentence.position.end) },
        section: draft.sentence.section ?? null,
        block: { kind: draft.sentence.block.kind, index: draft.sentence.block.index, sentence: draft.sentence.block.sentence },
        addressee: addressee ?? null,
        footnotes: draft.sentence.footnotes.map((key) => footnoteId.get(key) ?? key),
        recurringAsks: [],
        recurringEvidence: [],
        evidence: draft.evidence,
        confidence: draft.confidence,
      };
    });
    claims.push(...documentClaims);
    const sentences = file.data.sentences ?? [];
    const claimsBySentence: Record<string, string[]> = {};
    const sentenceIndex = new Map(sentences.map((sentence, index) => [sentence, index]));
    drafts.forEach((draft, index) => {
      const key = String(sentenceIndex.get(draft.sentence));
      (claimsBySentence[key] ??= []).push(documentClaims[index]!.id);
    });
    texts.push({ id, ...letterText(tree, sentences, (key) => footnoteId.get(key) ?? key), claimsBySentence });
    documents.push({
      id,
      source: basename(path),
      sha256: hash,
      bytes: bytes.length,
      title: metadata?.title ?? meta?.title ?? null,
      titleSource: metadata?.title ? 'printed' : meta?.title ? 'metadata' : 'file-name',
      subtitle: metadata?.subtitle ?? null,
      date: metadata?.date ?? meta?.date ?? null,
      dateStated: Boolean(metadata?.date),
      dateEvidence: metadata?.date ? `Gedrukt in de brief: “${metadata.dateText ?? metadata.date}”` : meta?.dateEvidence ?? null,
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
    });
  }
  documents.sort((a, b) => a.id.localeCompare(b.id));
  const order = new Map(documents.map((document, index) => [document.id, index]));
  claims.sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.position.start.offset - b.position.start.offset);
  const ok = !files.some((file) => file.messages.some((message) => message.fatal));
  texts.sort((a, b) => a.id.localeCompare(b.id));
  for (const claim of claims) {
    if (claim.type !== 'ask') continue;
    claim.recurringEvidence = assign(claim);
    claim.recurringAsks = claim.recurringEvidence.map((assignment) => assignment.id);
  }
  const unassigned = claims.filter((claim) => claim.type === 'ask' && claim.recurringAsks.length === 0);
  const report: CodingReport = { unassignedAsks: unassigned.map((claim) => claim.id), candidates: candidateCodes(unassigned) };
  const recurringAsks = codebook.map(({ id, label, description, cues, related }) => ({ id, label, description, cues, related }));
  return { dataset: { name: 'pleitkaart', version: '1', documents, claims, recurringAsks }, files, ok, texts, report };
}

function collectFootnotes(tree: import('mdast').Root): Array<{ key: string; footnote: Footnote }> {
  const notes: Array<{ key: string; footnote: Footnote }> = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    const raw = toString(node).trim();
    const link = /\[([^\]]+)\]\(([^)]*)\)/u.exec(raw);
    const text = raw.replace(/\[([^\]]+)\]\(([^)]*)\)/gu, '$1').replace(/\\([()[\]])/gu, '$1');
    const url = link && /^https?:/u.test(link[2] ?? '') ? (link[2] ?? null) : (/https?:\/\/\S+/u.exec(text)?.[0]?.replace(/[.,)]+$/u, '') ?? null);
    const chapter = node.data?.chapter ?? null;
    const number = node.data?.number ?? node.label ?? node.identifier;
    notes.push({
      key: node.identifier,
      footnote: {
        id: chapter ? `fn-${slug(chapter)}-${number}` : `fn-${number}`,
        label: number,
        chapter,
        text,
        url,
        position: { start: withOffset(node.position!.start), end: withOffset(node.position!.end) },
      },
    });
  });
  return notes;
}

async function loadCodebook(path: string | undefined, files: VFile[], cwd: string): Promise<RecurringAsk[]> {
  const target = path ?? 'content/codebook.yaml';
  const text = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => error);
  const file = new VFile({ path: relative(cwd, target) || target });
  if (text instanceof Error) {
    if (path === undefined && text.code === 'ENOENT') return []; // no codebook: nothing is coded
    files.push(fatalFile(target, cwd, `Cannot read the codebook: ${reason(text)}`, 'unreadable-file'));
    return [];
  }
  const codebook = readCodebook(text, file);
  if (file.messages.length) files.push(file);
  return codebook ?? [];
}

async function readMeta(letterPath: string, files: VFile[], cwd: string): Promise<LetterMeta | undefined> {
  const path = letterPath.replace(/\.txt$/u, metaSuffix);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const file = new VFile({ path: relative(cwd, path) || path, value: text });
  const meta = readLetterMeta(text, file);
  if (file.messages.length) files.push(file);
  return meta;
}

function withOffset(point: { line: number; column: number; offset?: number }) {
  return { line: point.line, column: point.column, offset: point.offset ?? 0 };
}

function fatalFile(path: string, cwd: string, text: string, ruleId: string): VFile {
  const file = new VFile({ path: relative(cwd, path) || path });
  const message = file.message(text, { place: { line: 1, column: 1 }, ruleId, source: messageSource });
  message.fatal = true;
  return file;
}

function reason(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file or folder';
  if (error.code === 'EACCES') return 'permission denied';
  if (error.code === 'EISDIR') return 'it is a folder';
  return error.message;
}

export { contentKey };
