import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../src/pipeline/schema.ts';

/**
 * Runs `npm run extract` as a user would, on `folder`, writing the dataset to a temporary file.
 * Returns the exit code, the report with its terminal padding folded away, and the dataset.
 */
export function runExtract(folder: string): { status: number | null; report: string; dataset: Dataset | undefined } {
  const out = join(mkdtempSync(join(tmpdir(), 'pleitkaart-out-')), 'dataset.json');
  const run = spawnSync(process.execPath, ['scripts/extract.ts', folder, '--out', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report = run.stderr.replace(/[ \t]+/gu, ' ').replace(/\n /gu, '\n');
  let dataset: Dataset | undefined;
  try {
    dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  } catch {
    dataset = undefined;
  }
  return { status: run.status, report, dataset };
}
