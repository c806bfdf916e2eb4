import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { isExtractionInput } from '../../src/integrations/extraction.ts';

/** The dev server under test. */
let server: ChildProcess | undefined;

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Vitest's own variables (NODE_ENV=test, MODE, BASE_URL, …) leave Astro's dev server answering "Cannot GET". */
const environmentWithoutVitest = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/u.test(name)));

/** Polls `url` until `accept` says yes about its body, or gives up after `timeout` ms. */
async function until(url: string, accept: (body: string) => boolean, timeout = 60_000): Promise<string> {
  const end = Date.now() + timeout;
  let body = '';
  // A dev server that stopped (Astro refuses a second one in the same project) has its say in the log.
  while (Date.now() < end && server?.exitCode === null) {
    // A request the dev server leaves hanging (while it reloads) is given up and asked again.
    body = await fetch(url, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5_000) }).then((response) => response.text()).catch(() => '');
    if (accept(body)) return body;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return body;
}

describe('astro dev', () => {
  afterAll(() => {
    server?.kill();
  });

  it('watches the letters, their metadata and the codebook, nothing else', () => {
    expect(isExtractionInput('content/letters/brief.txt')).toBe(true);
    expect(isExtractionInput('content/letters/brief.meta.yaml')).toBe(true);
    expect(isExtractionInput('content/codebook.yaml')).toBe(true);
    expect(isExtractionInput('content/letters/notities.md')).toBe(false);
    expect(isExtractionInput('src/pages/index.astro')).toBe(false);
  });

  it('extracts again when a letter is added, edited or removed, and the pages follow', { timeout: 240_000 }, async () => {
    const letters = mkdtempSync(join(tmpdir(), 'pleitkaart-dev-'));
    copyFileSync('content/letters/koepels-een-leefbare-wijk-voor-iedereen.txt', join(letters, 'leefbare-wijk.txt'));
    const port = await freePort();
    server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      env: { ...environmentWithoutVitest(), PLEITKAART_LETTERS: letters, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout?.on('data', (chunk) => (log += chunk));
    server.stderr?.on('data', (chunk) => (log += chunk));
    const list = `http://localhost:${port}/brieven/`;
    onTestFailed(() => console.log(`astro dev said:\n${log}`));
    expect(await until(list, (body) => body.includes('/brieven/leefbare-wijk/'))).toContain('/brieven/leefbare-wijk/');

    writeFileSync(join(letters, 'nieuwe-brief.txt'), 'Geachte formateur,\n\nEr is een nijpend tekort aan woningen. Investeer in betaalbare woningen.\n\nMet vriendelijke groet,\n\nJan Jansen, voorzitter Stichting Voorbeeld\n');
    expect(await until(list, (body) => body.includes('/brieven/nieuwe-brief/'))).toContain('/brieven/nieuwe-brief/');
    const letter = `http://localhost:${port}/brieven/nieuwe-brief/`;
    expect(await until(letter, (body) => body.includes('nijpend tekort'))).toContain('class="claim problem"');

    writeFileSync(join(letters, 'nieuwe-brief.txt'), 'Geachte formateur,\n\nBouw meer sociale huurwoningen.\n');
    expect(await until(letter, (body) => body.includes('Bouw meer sociale huurwoningen'))).not.toContain('nijpend tekort');

    rmSync(join(letters, 'nieuwe-brief.txt'));
    expect(await until(list, (body) => body.includes('/brieven/leefbare-wijk/') && !body.includes('/brieven/nieuwe-brief/'))).not.toContain('/brieven/nieuwe-brief/');

    // An unreadable letter is reported in the terminal, with its place, reason and a hint; the
    // pages stay on the last good extraction.
    writeFileSync(join(letters, 'kapot.txt'), Buffer.from([0x00, 0x01, 0xff, 0xfe]));
    const end = Date.now() + 60_000;
    while (!log.includes('Hint:') && Date.now() < end) await new Promise((wait) => setTimeout(wait, 250));
    expect(log).toMatch(/kapot\.txt\n1:1 +error +Cannot read letter: it contains NUL bytes.*binary-file/u);
    expect(log).toContain('Hint: Fix or remove them');
    expect(await until(list, () => true)).toContain('/brieven/leefbare-wijk/');
  });
});
