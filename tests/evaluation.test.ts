import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLetters } from '../src/pipeline/extract.ts';

/** The reference annotations (tests/fixtures/reference) score the extraction; a regression fails CI. */
describe('evaluation against reference annotations', () => {
  it('meets the quality thresholds', async () => {
    const { dataset } = await extractLetters(['content/letters']);
    const work = mkdtempSync(join(tmpdir(), 'pleitkaart-'));
    const out = join(work, 'dataset.json');
    writeFileSync(out, JSON.stringify(dataset));
    const reference = new URL('./fixtures/reference/', import.meta.url).pathname;
    // The scorer reads each letter under the file name the annotators used.
    const names = JSON.parse(readFileSync(join(reference, 'letters.json'), 'utf8')) as Record<string, string>;
    mkdirSync(join(work, 'letters'));
    for (const [original, ours] of Object.entries(names)) copyFileSync(join('content/letters', ours), join(work, 'letters', original));
    const gold = join(work, 'gold');
    mkdirSync(gold);
    for (const original of Object.keys(names)) {
      const annotation = join(reference, original.replace(/\.txt$/u, '.json'));
      try { copyFileSync(annotation, join(gold, original.replace(/\.txt$/u, '.json'))); } catch { /* no reference for this letter */ }
    }
    const json = execFileSync(process.execPath, [join(reference, 'score.mjs'), '--pred', out, '--gold', gold, '--letters', join(work, 'letters'), '--json'], { encoding: 'utf8' });
    const { totals } = JSON.parse(json) as { totals: Record<string, Record<string, number>> };
    console.log(JSON.stringify(totals));
    expect(totals.ask!.f1).toBeGreaterThanOrEqual(0.95);
    expect(totals.problem!.f1).toBeGreaterThanOrEqual(0.9);
    expect(totals.addressee!.macro).toBeGreaterThanOrEqual(0.95);
    expect(totals.footnotes!.found).toBe(1);
    expect(totals.footnotes!.claimLinks).toBe(1);
    expect(totals.recurrence!.f1).toBeGreaterThanOrEqual(0.8);
    expect(totals.metadata).toEqual({ addressee: 1, date: 1, signatory: 1, sender: 1 });
  });
});
