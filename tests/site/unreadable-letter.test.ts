import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('an unreadable letter fails the site build with its place and reason, a hint and no stack trace', () => {
  const letters = mkdtempSync(join(tmpdir(), 'pleitkaart-letters-'));
  writeFileSync(join(letters, 'goed.txt'), 'Geachte leden,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n');
  // UTF-8 ("één") with one byte of another encoding in it: damaged, so neither encoding reads it.
  writeFileSync(join(letters, 'beschadigd.txt'), new Uint8Array([...new TextEncoder().encode('Geachte heer,\nDe wachttijd is één jaar, de co'), 0xf6, ...new TextEncoder().encode('rdinatie faalt.\n')]));
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, PLEITKAART_LETTERS: letters, PLEITKAART_OUT_DIR: join(letters, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).toBe(1);
  expect(output).toContain('beschadigd.txt\n2:32 error Cannot read letter: invalid UTF-8 at byte 47 (the rest is UTF-8: the file is damaged there, or text in another encoding was pasted in; save it as UTF-8 again) invalid-utf8 pleitkaart');
  expect(output).toContain(`Some letters in ${letters} cannot be read (see the messages above).`);
  expect(output).toContain('Fix or remove them, then build again; `npm run extract` shows the same messages.');
  expect(output).not.toMatch(/\n\s+at /u);
});
