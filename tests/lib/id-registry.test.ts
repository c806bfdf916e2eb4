import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistry, RegistryError } from '../../src/lib/id-registry.ts';

const folder = mkdtempSync(join(tmpdir(), 'pleitkaart-registry-'));
const registryFile = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const failure = (path: string) => {
  try {
    readRegistry(path);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('the id registry', () => {
  it('is empty before the first ids are recorded', () => {
    expect(readRegistry(join(folder, 'none.json'))).toEqual({ documents: {}, claims: {} });
  });

  it('reads a registry of letters and claims', () => {
    const path = registryFile('good.json', JSON.stringify({ documents: { brief: { sha256: 'ab' } }, claims: { 'ask-1': { document: 'brief', type: 'ask', text: 'Investeer.' } } }));
    expect(readRegistry(path).claims['ask-1']).toEqual({ document: 'brief', type: 'ask', text: 'Investeer.' });
  });

  it('reports a broken registry at its line and column with a rule id and a hint, instead of starting an empty one', () => {
    const syntax = registryFile('syntax.json', '{\n  "documents": {\n    "brief": {"sha256": "ab"},\n  }\n}\n');
    const shape = registryFile('shape.json', '{"documents": {"brief": {"sha256": "ab"}}, "claims": {\n  "ask-1": {"document": "brief"}\n}}\n');
    const empty = registryFile('empty.json', '{}');
    expect([syntax, shape, empty].map((path) => String((failure(path) as Error).message))).toEqual([
      `${syntax}:4:3: The id registry is not valid JSON: Expected double-quoted property name [invalid-id-registry]`,
      `${shape}:2:3: The id registry entry of claim \`ask-1\` lacks its letter, type or text [invalid-id-registry]`,
      `${empty}:1:1: The id registry needs its two lists, of letters and of claims [invalid-id-registry]`,
    ]);
    const error = failure(shape) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.hint).toContain('git checkout');
    // Astro's error overlay takes any message with the word for a browser API used on the server, and replaces the hint.
    expect(`${error.message} ${error.hint}`).not.toMatch(/document|window/u);
  });

  it('is left as it is by `npm run ids:record` when it is broken', () => {
    const text = '{"documents": {"brief": {"sha256": "ab"}}, "claims": {\n  "ask-1": {"document": "brief"}\n}}\n';
    const path = registryFile('kept.json', text);
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/record-ids.ts', path], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`${path}:2:3: The id registry entry of claim \`ask-1\` lacks its letter, type or text [invalid-id-registry]\n  Hint: Restore it from git`);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
