import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { extractLetters } from '../../src/pipeline/extract.ts';
import { codeFingerprint, outcomeCache } from '../../src/pipeline/outcome-cache.ts';

const scratch = (name: string) => mkdtempSync(join(tmpdir(), `pleitkaart-${name}-`));

/** What a run gives its callers: the dataset, the texts, the report and every message. */
const extract = async (dir: string, cache?: string, codebook?: string) => {
  const result = await extractLetters([dir], { cwd: dir, cache, codebook });
  return { ok: result.ok, dataset: result.dataset, texts: result.texts, report: result.report, messages: result.files.flatMap((file) => file.messages.map(String)) };
};

/** The entries kept, by file name, in the one folder of this code's outcomes. */
const entries = (cache: string) => readdirSync(cache).flatMap((code) => readdirSync(join(cache, code)).map((name) => join(cache, code, name)));

describe('the outcome cache', () => {
  it('gives what extracting every letter gives, warnings included, and reads the letters back the second time', async () => {
    const dir = join(scratch('cache-letters'), 'letters');
    writeCorpus(dir, 6);
    const cache = scratch('cache');
    const uncached = await extract(dir);
    expect(uncached.messages.length).toBeGreaterThan(0);
    expect(await extract(dir, cache)).toEqual(uncached);
    expect(entries(cache)).toHaveLength(6);
    expect(await extract(dir, cache)).toEqual(uncached);
    expect((await extractLetters([dir], { cwd: dir, cache })).readBack).toBe(6);
    expect((await extractLetters([dir], { cwd: dir })).readBack).toBe(0);

    // Read back, not extracted again: a kept outcome altered by hand shows.
    const [entry] = entries(cache);
    const kept = JSON.parse(readFileSync(entry!, 'utf8')) as { result: { claims: Array<{ text: string }> } };
    kept.result.claims[0]!.text = 'Gelezen uit de cache.';
    writeFileSync(entry!, JSON.stringify(kept));
    expect((await extract(dir, cache)).dataset.claims.map((claim) => claim.text)).toContain('Gelezen uit de cache.');
  });

  it('extracts a letter again when its bytes, its metadata or the codebook change, and when its entry is damaged', async () => {
    const dir = join(scratch('cache-changes'), 'letters');
    writeCorpus(dir, 3);
    const cache = scratch('cache');
    const before = await extract(dir, cache);
    const [first] = readdirSync(dir).sort();
    appendFileSync(join(dir, first!), '\nPS. Wij komen graag langs.\n');
    expect((await extractLetters([dir], { cwd: dir, cache })).readBack).toBe(2);
    const edited = await extract(dir, cache);
    expect(edited.dataset.documents[0]!.bytes).toBe(before.dataset.documents[0]!.bytes + 28);
    expect(edited).toEqual(await extract(dir));
    expect(entries(cache)).toHaveLength(4);

    writeFileSync(join(dir, first!.replace(/\.txt$/u, '.meta.yaml')), 'title: Een titel van de redactie\n');
    expect((await extract(dir, cache)).dataset.documents.map((document) => document.title)).toContain('Een titel van de redactie');
    expect(entries(cache)).toHaveLength(5);

    const codebook = join(scratch('codebook'), 'codebook.yaml');
    cpSync('content/codebook.yaml', codebook);
    await extract(dir, cache, codebook);
    expect(entries(cache)).toHaveLength(5); // the same rules, read from elsewhere
    appendFileSync(codebook, '\n');
    await extract(dir, cache, codebook);
    expect(entries(cache)).toHaveLength(5); // a blank line changes no rule
    writeFileSync(codebook, readFileSync(codebook, 'utf8').replace(/label: (.*)/u, 'label: $1 (herzien)'));
    await extract(dir, cache, codebook);
    expect(entries(cache)).toHaveLength(8);

    for (const entry of entries(cache)) writeFileSync(entry, '{"messages": [');
    expect(await extract(dir, cache)).toEqual(await extract(dir));
  });

  it('is named after the code: another version of the pipeline starts afresh, and only its own folders are removed', () => {
    const code = scratch('code');
    writeFileSync(join(code, 'package-lock.json'), '{}');
    mkdirSync(join(code, 'pipeline', 'claims'), { recursive: true });
    writeFileSync(join(code, 'pipeline', 'claims', 'cues.ts'), 'export const cues = [];');
    const before = codeFingerprint(join(code, 'pipeline'), join(code, 'package-lock.json'));
    expect(before).toMatch(/^[0-9a-f]{16}$/u);
    writeFileSync(join(code, 'pipeline', 'claims', 'cues.ts'), 'export const cues = [/moet/];');
    expect(codeFingerprint(join(code, 'pipeline'), join(code, 'package-lock.json'))).not.toBe(before);
    writeFileSync(join(code, 'package-lock.json'), '{"lockfileVersion": 3}');
    expect(codeFingerprint(join(code, 'pipeline'), join(code, 'package-lock.json'))).not.toBe(before);
    expect(codeFingerprint(join(code, 'pipeline'), join(code, 'no-lockfile.json'))).toBeUndefined();

    const cache = scratch('cache');
    mkdirSync(join(cache, '0123456789abcdef'));
    mkdirSync(join(cache, 'notes'));
    const job = { path: 'a.txt', display: 'a.txt', id: 'a', bytes: new Uint8Array(0), sha256: '00' };
    const kept = outcomeCache(cache, [], 'fedcba9876543210')!;
    expect(readdirSync(cache)).toEqual(['notes']);
    kept.set(job, { messages: [] });
    expect(kept.get(job)).toEqual({ messages: [] });
    expect(readdirSync(cache).sort()).toEqual(['fedcba9876543210', 'notes']);
    expect(outcomeCache(cache, [], 'fedcba9876543211')!.get(job)).toBeUndefined();
    expect(readdirSync(cache)).toEqual(['notes']);
  });
});
