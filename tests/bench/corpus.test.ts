import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { extractLetters } from '../../src/pipeline/extract.ts';

const corpus = (count: number, seed?: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'pleitkaart-corpus-'));
  writeCorpus(dir, count, 'content/letters', seed);
  return dir;
};
const contents = (dir: string) => readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), 'latin1'));

// The benchmark's figures mean something only if its synthetic letters are the same each run
// and make the parser do the work real letters do.
describe('the benchmark corpus', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(contents(corpus(8))).toEqual(contents(corpus(8)));
    expect(contents(corpus(8, 2))).not.toEqual(contents(corpus(8)));
  });

  it('gives letters that extract cleanly, with claims, footnotes and layout artifacts to repair', async () => {
    const dir = corpus(40);
    const texts = contents(dir);
    expect(texts.some((text) => text.includes('\r\n'))).toBe(true);
    expect(texts.some((text) => /-\n\p{Ll}/u.test(text))).toBe(true);

    const { dataset, files } = await extractLetters([dir]);
    expect(files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String))).toEqual([]);
    expect(dataset.documents).toHaveLength(40);
    for (const document of dataset.documents) {
      expect(dataset.claims.filter((claim) => claim.document === document.id).length, document.id).toBeGreaterThan(0);
    }
    expect(dataset.documents.filter((document) => document.removed.length > 0).length).toBeGreaterThan(5);
    expect(dataset.documents.filter((document) => document.footnotes.length > 0).length).toBeGreaterThan(5);
  });
});
