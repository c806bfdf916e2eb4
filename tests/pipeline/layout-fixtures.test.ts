import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../helpers/outline.ts';
import { runLetter } from '../helpers/run.ts';

const root = new URL('../fixtures/layout/', import.meta.url).pathname;

/** Each folder: `input.txt` → `expected.txt` (tree outline, repaired hyphens, removed lines, messages). */
describe('layout repair fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const input = readFileSync(join(root, name, 'input.txt'));
      const { file, tree } = await runLetter(new Uint8Array(input), 'input.txt');
      const actual = [
        outline(tree),
        '--- hyphens',
        ...(file.data.hyphens ?? []).map((hyphen) => `${hyphen.result} (${hyphen.rule}) ${hyphen.position.start.line}:${hyphen.position.start.column}`),
        '--- removed',
        ...(file.data.removed ?? []).map((artifact) => `${artifact.kind} ${artifact.position.start.line}:${artifact.position.start.column} ${artifact.text}`),
        '--- messages',
        ...file.messages.map(String),
        '',
      ].join('\n');
      const expectedPath = join(root, name, 'expected.txt');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
