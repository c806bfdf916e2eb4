import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { movedText, sourceStream, treeStream } from '../../src/pipeline/coverage.ts';
import { runLetter } from '../helpers/run.ts';

const letters = 'content/letters';
const fixtures = ['layout', 'genre'].map((folder) => new URL(`../fixtures/${folder}/`, import.meta.url).pathname);
const inputs = [
  ...readdirSync(letters).filter((name) => name.endsWith('.txt')).map((name) => join(letters, name)),
  ...fixtures.flatMap((folder) => readdirSync(folder).map((name) => join(folder, name, 'input.txt'))),
];

/**
 * Every word of every letter is in the tree, in order, except page furniture recorded as removed; notes
 * at the foot of a page follow the paragraph they interrupt, and a table's right-hand cell its left-hand one.
 */
describe('no letter text is lost or invented', () => {
  for (const path of inputs) {
    it(path, async () => {
      const { tree, file } = await runLetter(new Uint8Array(readFileSync(path)), path);
      const source = file.data.source ?? '';
      const actual = treeStream(tree);
      const expected = sourceStream(source, file.data.removed ?? [], movedText(tree));
      let at = 0;
      while (at < expected.length && actual[at] === expected[at]) at++;
      // On failure, show where the streams part: far more useful than two long strings.
      expect(actual.slice(at, at + 60)).toBe(expected.slice(at, at + 60));
      expect(actual.length).toBe(expected.length);
    });
  }
});
