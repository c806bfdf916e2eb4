import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('an unreadable letter fails the site build with its place and reason, a hint and no stack trace', () => {
  const letters = mkdtempSync(join(tmpdir(), 'pleitkaart-letters-'));
  writeFileSync(join(letters, 'goed.txt'), 'Geachte leden,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n');
  writeFileSync(join(letters, 'latin1.txt'), new Uint8Array([...new TextEncoder().encode('Geachte heer,\nDe co'), 0xf6, ...new TextEncoder().encode('rdinatie.\n')]));
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, PLEITKAART_LETTERS: letters, PLEITKAART_OUT_DIR: join(letters, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).toBe(1);
  expect(output).toMatch(/latin1\.txt\n2:6 error Cannot read letter: invalid UTF-8 at byte 19 \(it looks like Latin-1\/Windows-1252: save it as UTF-8\) invalid-utf8 pleitkaart/u);
  expect(output).toContain(`Some letters in ${letters} cannot be read (see the messages above).`);
  expect(output).toContain('Fix or remove them, then build again; `npm run extract` shows the same messages.');
  expect(output).not.toMatch(/\n\s+at /u);
});
