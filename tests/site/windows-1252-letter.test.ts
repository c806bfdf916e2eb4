import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('a letter saved as Windows-1252 builds with a warning: its text reads right, its raw file is kept byte for byte beside a copy in UTF-8', () => {
  const letters = mkdtempSync(join(tmpdir(), 'pleitkaart-letters-'));
  const ascii = (text: string) => [...new TextEncoder().encode(text)];
  // "De coördinatie schiet tekort. Investeer € 5 miljoen in de wijkteams." with ö and € as Word saves them.
  const bytes = new Uint8Array([...ascii('Geachte leden van de Tweede Kamer,\r\n\r\nDe co'), 0xf6, ...ascii('rdinatie schiet tekort. Investeer '), 0x80, ...ascii(' 5 miljoen in de wijkteams.\r\n')]);
  writeFileSync(join(letters, 'word-export.txt'), bytes);
  const out = join(letters, 'dist');
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, PLEITKAART_LETTERS: letters, PLEITKAART_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status, output).toBe(0);
  expect(output).toContain('word-export.txt\n3:6 warning Not UTF-8: read as Windows-1252, as Word and Windows save plain text (byte 0xF6 here is `ö`); if an accented letter looks wrong, save the file as UTF-8 windows-1252 pleitkaart');

  const dataset = JSON.parse(readFileSync(join(out, 'data/pleitkaart.json'), 'utf8')) as { documents: Array<{ encoding: string }>; claims: Array<{ type: string; text: string }> };
  expect(dataset.documents.map((document) => document.encoding)).toEqual(['windows-1252']);
  expect(dataset.claims.map((claim) => `${claim.type}: ${claim.text}`)).toEqual(['problem: De coördinatie schiet tekort.', 'ask: Investeer € 5 miljoen in de wijkteams.']);
  const page = readFileSync(join(out, 'brieven/word-export/index.html'), 'utf8');
  expect(page).toContain('De coördinatie schiet tekort.');
  expect(page).toContain('ruwe tekst</a>, tekenset Windows-1252; <a href="/brieven/word-export.utf-8.txt">omgezet naar UTF-8</a>)');
  // The raw text is the file as it was: its SHA-256 on the page must be the file's.
  expect(new Uint8Array(readFileSync(join(out, 'brieven/word-export.txt')))).toEqual(bytes);
  // A static host serves every .txt as UTF-8: the converted copy is what reads right there.
  expect(readFileSync(join(out, 'brieven/word-export.utf-8.txt'), 'utf8')).toBe('Geachte leden van de Tweede Kamer,\r\n\r\nDe coördinatie schiet tekort. Investeer € 5 miljoen in de wijkteams.\r\n');
  expect(readFileSync(join(out, 'data/brieven.csv'), 'utf8')).toMatch(/,windows-1252,/u);
});
