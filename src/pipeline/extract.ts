import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { VFile } from 'vfile';
import type { LetterJob, LetterOutcome } from './extract-letter.ts';
import { sha256, slug } from './ids.ts';
import type { LetterMeta } from './letter-meta.ts';
import { readLetterMeta } from './letter-meta.ts';
import { messageSource } from './messages.ts';
import { candidateCodes } from './recurring/candidates.ts';
import type { RecurringAsk } from './recurring/codebook.ts';
import { readCodebook } from './recurring/codebook.ts';
import type { OutcomeCache } from './outcome-cache.ts';
import { outcomeCache } from './outcome-cache.ts';
import type { LetterRunner } from './run-jobs.ts';
import type { Claim, CodingReport, Dataset, DatasetDocument, LetterTextRecord } from './schema.ts';
import { defaultCodebookPath } from './default-paths.ts';

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
  /** How many letters were read back from the cache rather than extracted. */
  readBack: number;
}

export interface ExtractOptions {
  cwd?: string;
  /** The codebook of recurring asks; default `content/codebook.yaml` when it exists. */
  codebook?: string;
  /** How many threads may extract letters in parallel, this one included (default: the machine's parallelism). */
  threads?: number;
  /** From how many letters worker threads help (default `defaultParallelFrom`, measured). */
  parallelFrom?: number;
  /**
   * A folder to keep each letter's outcome in (`defaultOutcomeCacheDir` for the build and `npm run
   * extract`), so that a letter extracted before with the same inputs and code is read back
   * instead. Default none: every letter is extracted.
   */
  cache?: string;
}

const metaSuffix = '.meta.yaml';

/** Extracts the claims dataset from letter files and folders of letters (`.txt`). */
export async function extractLetters(inputs: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const cwd = options.cwd ?? process.cwd();
  const files: VFile[] = [];
  const codebook = await loadCodebook(options.codebook, files, cwd);
  const letters: string[] = [];
  // Letters read from a folder have a `.meta.yaml` only if the listing shows one: no failed reads.
  const listed = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      files.push(fatalFile(input, cwd, `Cannot read \`${input}\`: ${reason(info)}`, 'unreadable-file'));
    } else if (info.isDirectory()) {
      for (const name of (await readdir(input)).sort()) {
        const path = join(input, name);
        listed.add(path);
        if (name.endsWith('.txt')) letters.push(path);
        else if (!name.endsWith(metaSuffix) && !name.startsWith('.')) {
          const file = new VFile({ path: relative(cwd, path) || path });
          file.message(`Not a letter: only \`.txt\` files are read (and \`<letter>.meta.yaml\` beside them); this file is skipped${notALetterHint(name)}`, { place: { line: 1, column: 1 }, ruleId: 'not-a-letter', source: messageSource });
          files.push(file);
        }
      }
    } else {
      letters.push(input);
    }
  }

  const cache = options.cache === undefined ? undefined : outcomeCache(options.cache, codebook);
  // The pipeline itself loads only when a letter is to be extracted: not when the cache has them all.
  const runnerFor = async (count: number) => (await import('./run-jobs.ts')).letterRunner(codebook, count, { threads: options.threads, parallelFrom: options.parallelFrom });
  // Without a cache, worker threads start (and load their modules) while the letters are read;
  // with one, only as many as the letters not found in it need.
  let runner = cache ? undefined : runnerFor(letters.length);
  try {
    return await extractListed(letters, { files, codebook, cwd, cache, runner: (count) => (runner ??= runnerFor(count)), hasMeta: (path) => !listed.has(path) || listed.has(metaPath(path)) });
  } finally {
    await (await runner)?.close();
  }
}

interface Listed {
  files: VFile[];
  codebook: RecurringAsk[];
  cwd: string;
  cache?: OutcomeCache;
  /** The runner for this many letters to extract. */
  runner: (count: number) => Promise<LetterRunner>;
  hasMeta: (letterPath: string) => boolean;
}

async function extractListed(letters: string[], { files, codebook, cwd, cache, runner, hasMeta }: Listed): Promise<ExtractResult> {
  const jobs: Array<{ job: LetterJob; file: VFile }> = [];
  const documents: DatasetDocument[] = [];
  const claims: Claim[] = [];
  const texts: LetterTextRecord[] = [];
  const seen = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const path of letters) {
    const display = relative(cwd, path) || path;
    let bytes: Uint8Array;
    try {
      // Read synchronously: a thousand small files take a quarter of the time they take one by one with promises.
      bytes = new Uint8Array(readFileSync(path));
    } catch (error) {
      files.push(fatalFile(display, cwd, `Cannot read letter: ${reason(error as NodeJS.ErrnoException)}`, 'unreadable-file'));
      continue;
    }
    const file = new VFile({ path: display });
    files.push(file);
    const hash = sha256(bytes);
    const duplicate = seen.get(hash);
    if (duplicate) {
      file.message(`Same bytes as \`${duplicate}\`: this copy is skipped so its claims are not counted twice`, { place: { line: 1, column: 1 }, ruleId: 'duplicate-letter', source: messageSource });
      continue;
    }
    seen.set(hash, display);
    const meta = hasMeta(path) ? await readMeta(path, files, cwd) : undefined;
    let id = slug(basename(path, extname(path)));
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    jobs.push({ job: { path, display, id, bytes, sha256: hash, meta }, file });
  }

  const { outcomes, readBack } = await outcomesOf(jobs.map((entry) => entry.job), runner, cache);
  jobs.forEach(({ file, job }, index) => {
    const outcome = outcomes[index]!;
    for (const message of outcome.messages) {
      const added = file.message(message.reason, { place: message.place, ruleId: message.ruleId, source: message.source });
      added.fatal = message.fatal;
    }
    file.value = '';
    if (!outcome.result) {
      usedIds.delete(job.id);
      return;
    }
    documents.push(outcome.result.document);
    claims.push(...outcome.result.claims);
    texts.push(outcome.result.text);
  });
  documents.sort((a, b) => a.id.localeCompare(b.id));
  const order = new Map(documents.map((document, index) => [document.id, index]));
  // In reading order: by block, then sentence (a page in two columns, or a table of text, is read down its columns).
  claims.sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.block.index - b.block.index || a.block.sentence - b.block.sentence || a.position.start.offset - b.position.start.offset);
  const ok = !files.some((file) => file.messages.some((message) => message.fatal));
  texts.sort((a, b) => a.id.localeCompare(b.id));
  const unassigned = claims.filter((claim) => claim.type === 'ask' && claim.recurringAsks.length === 0);
  const report: CodingReport = { unassignedAsks: unassigned.map((claim) => claim.id), candidates: candidateCodes(unassigned) };
  const recurringAsks = codebook.map(({ id, label, description, cues, related }) => ({ id, label, description, cues, related }));
  return { dataset: { name: 'pleitkaart', version: '1', documents, claims, recurringAsks }, files, ok, texts, report, readBack };
}

/** The jobs' outcomes, in their order: those the cache has from it, the others extracted (and kept). */
async function outcomesOf(jobs: LetterJob[], runner: (count: number) => Promise<LetterRunner>, cache: OutcomeCache | undefined): Promise<{ outcomes: LetterOutcome[]; readBack: number }> {
  if (!cache) return { outcomes: await (await runner(jobs.length)).run(jobs), readBack: 0 };
  const kept = jobs.map((job) => cache.get(job));
  const missing = jobs.filter((_job, index) => !kept[index]);
  const readBack = jobs.length - missing.length;
  if (missing.length === 0) return { outcomes: kept as LetterOutcome[], readBack };
  // An entry is named by the letter's hash, not its bytes (which a worker thread may have been handed).
  const extracted = await (await runner(missing.length)).run(missing);
  let next = 0;
  const outcomes = kept.map((outcome) => {
    if (outcome) return outcome;
    const index = next++;
    cache.set(missing[index]!, extracted[index]!);
    return extracted[index]!;
  });
  return { outcomes, readBack };
}

async function loadCodebook(path: string | undefined, files: VFile[], cwd: string): Promise<RecurringAsk[]> {
  const target = path ?? defaultCodebookPath;
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

/** What to do with a file that is not a letter yet: the usual formats a letter arrives in. */
function notALetterHint(name: string): string {
  const extension = extname(name);
  const kind = extension.toLowerCase();
  if (kind === '.txt') return ': rename it to end in `.txt`';
  if (kind === '.pdf') return `: convert it to text first, e.g. \`pdftotext -layout ${name} ${basename(name, extension)}.txt\``;
  if (/^\.(docx?|odt|rtf)$/u.test(kind)) return ': save it as plain text (UTF-8) with the extension `.txt`';
  if (/^\.html?$/u.test(kind)) return ': copy the letter\'s text from the browser into a text editor and save it with the extension `.txt`';
  if (kind === '.md') return ': to read it as a letter, rename it to end in `.txt` (a letter in Markdown is read as one)';
  return '';
}

function metaPath(letterPath: string): string {
  return letterPath.replace(/\.txt$/u, metaSuffix);
}

async function readMeta(letterPath: string, files: VFile[], cwd: string): Promise<LetterMeta | undefined> {
  const path = metaPath(letterPath);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const file = new VFile({ path: relative(cwd, path) || path, value: text });
  const meta = readLetterMeta(text, file);
  if (file.messages.length) files.push(file);
  return meta;
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

