import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The build's extraction process, driven as `astro.config.mjs` and the content collections drive it,
// from a Node process of its own: module state and child processes are per process.
function runScript(script: string, letters: string, temporary = tmpdir()) {
  const file = join(letters, '..', 'script.mjs');
  writeFileSync(file, script);
  return spawnSync(process.execPath, [file], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, PLEITKAART_LETTERS: letters, TMPDIR: temporary },
  });
}

function letterFolder(): string {
  const letters = join(mkdtempSync(join(tmpdir(), 'pleitkaart-process-')), 'letters');
  mkdirSync(letters);
  writeFileSync(join(letters, 'goed.txt'), 'Geachte leden,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n');
  return letters;
}

const dataset = `await import(${JSON.stringify(new URL('../../src/lib/dataset.ts', import.meta.url).href)})`;

describe('the extraction process', () => {
  it('prepared but never asked (astro preview, tools that only read the configuration), it lets the process end', () => {
    const run = runScript(`const { prepareExtraction } = ${dataset}; prepareExtraction(); console.log('prepared');`, letterFolder());
    // Without unref the extraction process would wait for its request and the process would hang until the timeout.
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('prepared\n');
  });

  it('prepared early, answers with the letters of the folder it is asked for, and leaves no temporary file', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'pleitkaart-tmp-'));
    const run = runScript(
      `const { prepareExtraction, loadExtraction } = ${dataset};
       prepareExtraction();
       await new Promise((resolve) => setTimeout(resolve, 200));
       const { dataset: data } = await loadExtraction();
       console.log(JSON.stringify(data.claims.map((claim) => [claim.document, claim.type])));`,
      letterFolder(),
      temporary,
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('[["goed","problem"],["goed","ask"]]');
    // The dataset crossed as a file there; the reader deleted it.
    expect(readdirSync(temporary).filter((name) => name.startsWith('pleitkaart-extraction-'))).toEqual([]);
  });

  it('where no temporary file can be written, answers through its channel instead', () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'pleitkaart-tmp-')), 'a-file');
    writeFileSync(blocked, '');
    const run = runScript(
      `const { loadExtraction } = ${dataset};
       const { dataset: data } = await loadExtraction();
       console.log(data.claims.length);`,
      letterFolder(),
      join(blocked, 'tmp'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2');
  });

  it('cancelled, it stops; asked later anyway, a new process answers', () => {
    const run = runScript(
      `const { prepareExtraction, cancelExtraction, loadExtraction } = ${dataset};
       prepareExtraction();
       await cancelExtraction();
       const { dataset: data } = await loadExtraction();
       console.log(data.documents.map((document) => document.id).join(','));`,
      letterFolder(),
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('goed');
  });
});
