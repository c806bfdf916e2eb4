import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from './helpers/cli.ts';

const good = 'Geachte leden van de Tweede Kamer,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n\nMet vriendelijke groet,\n\nJan Jansen, voorzitter Stichting Voorbeeld\n';

function extract(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'pleitkaart-cli-'));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), value);
  const run = runExtract(dir);
  // Paths are shown relative to the working directory: keep only the file names.
  return { ...run, report: run.report.replace(/[^\s`]*pleitkaart-cli-\w+\//gu, '') };
}

describe('npm run extract on bad input', () => {
  it('fails with a clear message per unusable letter and keeps the good ones', () => {
    // UTF-8 ("één") with one byte of another encoding in it ("é" in Windows-1252).
    const damaged = new Uint8Array([...new TextEncoder().encode('Geachte heer,\nDe wachttijd is één jaar, de co'), 0xf6, ...new TextEncoder().encode('rdinatie faalt.\n')]);
    const { status, report, dataset } = extract({
      'goed.txt': good,
      'leeg.txt': '',
      'binair.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
      'beschadigd.txt': damaged,
    });
    expect(status).toBe(1);
    expect(report).toContain('binair.txt\n1:5 error Cannot read letter: it contains NUL bytes, so it is binary, not text binary-file pleitkaart');
    expect(report).toContain('beschadigd.txt\n2:32 error Cannot read letter: invalid UTF-8 at byte 47 (the rest is UTF-8: the file is damaged there, or text in another encoding was pasted in; save it as UTF-8 again) invalid-utf8 pleitkaart');
    expect(report).toContain('leeg.txt\n1:1 error Cannot read letter: the file is empty or white space only empty-letter pleitkaart');
    expect(report).not.toMatch(/\n\s+at /u); // no stack trace
    expect(dataset?.documents.map((document) => document.id)).toEqual(['goed']);
    expect(dataset?.claims.map((claim) => claim.type)).toEqual(['problem', 'ask']);
  });

  it('reads CRLF + BOM letters, warns about dubious constructs and exits 0', () => {
    const crlf = `\uFEFF${good.replace('woningen.', 'woningen.1').replaceAll('\n', '\r\n')}`;
    const { status, report, dataset } = extract({
      'crlf.txt': crlf,
      'noot.txt': `${good}\n1 Een noot zonder verwijzing\n`,
      'notities.docx': 'x',
      'kopie.txt': `${good}\n1 Een noot zonder verwijzing\n`,
    });
    expect(status).toBe(0);
    expect(report).toContain('crlf.txt\n3:31 warning Footnote marker `1` has no note; it is kept as text footnote-missing-definition pleitkaart');
    // Letters are read in name order, so the later name is the skipped copy.
    expect(report).toContain('noot.txt\n1:1 warning Same bytes as `kopie.txt`: this copy is skipped so its claims are not counted twice duplicate-letter pleitkaart');
    expect(report).toContain('kopie.txt\n9:1-9:29 warning Footnote `1` is never referenced in the text footnote-unreferenced pleitkaart');
    expect(report).toContain('notities.docx\n1:1 warning Not a letter: only `.txt` files are read');
    expect(dataset?.documents.map((document) => document.id)).toEqual(['crlf', 'kopie']);
    const crlfClaim = dataset?.claims.find((claim) => claim.document === 'crlf' && claim.type === 'ask');
    expect(crlfClaim?.text).toBe('Investeer in betaalbare woningen.');
    expect(crlfClaim?.position.start).toMatchObject({ line: 3, column: 33 });
  });

  it('fails on a broken codebook, naming its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pleitkaart-cli-'));
    writeFileSync(join(dir, 'brief.txt'), good);
    writeFileSync(join(dir, 'codeboek.yaml'), '- id: woningen\n  label: Woningen\n  description: Meer betaalbare woningen.\n  cues: [woning]\n  related: [onbekend]\n');
    const run = spawnSync(process.execPath, ['scripts/extract.ts', join(dir, 'brief.txt'), '--codebook', join(dir, 'codeboek.yaml')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.replace(/[ \t]+/gu, ' ')).toContain('5:13 error Recurring ask 1: unknown id `onbekend` in `related` codebook-unknown-id pleitkaart');
  });

  it('names a missing folder', () => {
    const run = spawnSync(process.execPath, ['scripts/extract.ts', 'no/such/folder'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no/such/folder\n1:1 error Cannot read `no/such/folder`: no such file or folder unreadable-file pleitkaart');
  });

  it('writes the same dataset twice for the same input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pleitkaart-same-'));
    copyFileSync('content/letters/g40-oproep-vws-begroting.txt', join(dir, 'brief.txt'));
    const first = spawnSync(process.execPath, ['scripts/extract.ts', dir], { encoding: 'utf8' }).stdout;
    const second = spawnSync(process.execPath, ['scripts/extract.ts', dir], { encoding: 'utf8' }).stdout;
    expect(first.length).toBeGreaterThan(1000);
    expect(second).toBe(first);
  });
});
