import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { extractLetters } from '../../src/pipeline/extract.ts';

it('worker threads extract a corpus exactly as this thread alone does, in the same order', async () => {
  // Letters with the layout artifacts of real letters; the parallel path asked for with fewer letters than it needs by default.
  const dir = join(mkdtempSync(join(tmpdir(), 'pleitkaart-parallel-')), 'letters');
  writeCorpus(dir, 40);
  const extract = async (threads: number) => {
    const result = await extractLetters([dir], { threads, cwd: dir, parallelFrom: 24 });
    return { ok: result.ok, dataset: result.dataset, texts: result.texts, report: result.report, messages: result.files.flatMap((file) => file.messages.map(String)) };
  };
  const alone = await extract(1);
  const parallel = await extract(3);
  expect(alone.dataset.documents).toHaveLength(40);
  expect(alone.messages.length).toBeGreaterThan(0);
  expect(parallel).toEqual(alone);
});
