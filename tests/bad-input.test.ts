import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from './helpers/cli.ts';

const fixtures = 'tests/fixtures/bad-input';
const good = readFileSync(join(fixtures, 'empty/input/goed.txt'), 'utf8');

const extract = runExtract;

function expectNoStackTrace(report: string) {
  expect(report).not.toMatch(/\n\s*at .+:\d+:\d+\)?\n/u);
  expect(report).not.toMatch(/TypeError|RangeError|SyntaxError|ReferenceError/u);
}

describe('bad input: every case gets a clear message, the right exit code, and the good letters survive', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as { exit: number; documents: string[]; messages: Array<{ file: string; message: string }> };
      const { status, report, dataset } = extract(join(fixtures, name, 'input'));
      expect(status).toBe(expected.exit);
      for (const { file, message } of expected.messages) expect(report).toContain(`${join(fixtures, name, 'input', file)}\n${message}`);
      expect(report.match(/ (error|warning) /gu) ?? []).toHaveLength(expected.messages.length);
      expectNoStackTrace(report);
      expect(dataset?.documents.map((document) => document.id)).toEqual(expected.documents);
      // The good letter is always extracted in full.
      expect(dataset?.claims.filter((claim) => claim.document === 'goed').map((claim) => claim.type)).toEqual(['problem', 'ask']);
    });
  }

  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pleitkaart-bad-'));
    writeFileSync(join(dir, 'goed.txt'), good);
    return dir;
  };

  it('duplicate letter under two names: one is kept, the other named', () => {
    const dir = folder();
    writeFileSync(join(dir, 'kopie.txt'), good);
    const { status, report, dataset } = extract(dir);
    expect(status).toBe(0);
    expect(report).toMatch(/kopie\.txt\n1:1 warning Same bytes as `[^`]*goed\.txt`: this copy is skipped so its claims are not counted twice duplicate-letter pleitkaart/u);
    expect(dataset?.documents.map((document) => document.id)).toEqual(['goed']);
  });

  it('unreadable files: a folder named like a letter, and a link to nowhere', () => {
    const dir = folder();
    mkdirSync(join(dir, 'map.txt'));
    symlinkSync(join(dir, 'bestaat-niet'), join(dir, 'weg.txt'));
    const { status, report, dataset } = extract(dir);
    expect(status).toBe(1);
    expect(report).toMatch(/map\.txt\n1:1 error Cannot read letter: it is a folder unreadable-file pleitkaart/u);
    expect(report).toMatch(/weg\.txt\n1:1 error Cannot read letter: no such file or folder unreadable-file pleitkaart/u);
    expectNoStackTrace(report);
    expect(dataset?.documents.map((document) => document.id)).toEqual(['goed']);
  });

  it('a 200 KB letter on a single line', () => {
    const dir = folder();
    const sentence = 'Er is een tekort aan betaalbare woningen in alle gemeenten van het land. Investeer in woningbouw voor aandachtsgroepen. ';
    writeFileSync(join(dir, 'een-regel.txt'), `Geachte heer,\n\n${sentence.repeat(Math.ceil(200_000 / sentence.length))}\n`);
    const { status, dataset } = extract(dir);
    expect(status).toBe(0);
    const claims = dataset!.claims.filter((claim) => claim.document === 'een-regel');
    expect(claims.length).toBeGreaterThan(3000);
    // Identical sentences get numbered ids rather than colliding.
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
  });

  it('a 10 MB letter is extracted', { timeout: 120_000 }, () => {
    const dir = folder();
    const lines = readFileSync('content/letters/vng-propositie-in-samenhang-investeren.txt', 'utf8').split('\n').slice(1, 821).join('\n');
    writeFileSync(join(dir, 'tien-mb.txt'), `${lines}\n`.repeat(Math.ceil(10_000_000 / Buffer.byteLength(lines))));
    const { status, dataset } = extract(dir);
    expect(status).toBe(0);
    expect(dataset!.claims.filter((claim) => claim.document === 'tien-mb').length).toBeGreaterThan(10_000);
  });
});
