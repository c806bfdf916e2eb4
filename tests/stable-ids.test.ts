import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLetters } from '../src/pipeline/extract.ts';

function copyLetters(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pleitkaart-ids-'));
  for (const name of readdirSync('content/letters').filter((file) => file.endsWith('.txt'))) copyFileSync(join('content/letters', name), join(dir, name));
  return dir;
}

describe('claim ids are stable', () => {
  it('survive a new letter and an edit to an unrelated sentence', async () => {
    const dir = copyLetters();
    const before = (await extractLetters([dir])).dataset.claims;

    // An unrelated sentence of the G40 letter changes; a new letter arrives.
    const g40 = join(dir, 'g40-oproep-vws-begroting.txt');
    const text = readFileSync(g40, 'utf8');
    const edited = text.replace('Als steden doen we met onze partners wat we kunnen.', 'Als steden doen we samen met partners wat we kunnen.');
    expect(edited).not.toBe(text);
    writeFileSync(g40, edited);
    writeFileSync(join(dir, 'nieuwe-brief.txt'), 'Geachte formateur,\n\nEr is een tekort aan woningen. Investeer in betaalbare woningen.\n\nMet vriendelijke groet,\n\nJan Jansen, voorzitter Stichting Voorbeeld\n');
    const after = (await extractLetters([dir])).dataset.claims;

    const afterIds = new Set(after.map((claim) => claim.id));
    expect(before.filter((claim) => !afterIds.has(claim.id)).map((claim) => claim.text)).toEqual([]);
    expect(after.filter((claim) => claim.document === 'nieuwe-brief')).toHaveLength(2);
  });

  it('change only for the claim whose own words change', async () => {
    const dir = copyLetters();
    const before = (await extractLetters([dir])).dataset.claims;
    const g40 = join(dir, 'g40-oproep-vws-begroting.txt');
    writeFileSync(g40, readFileSync(g40, 'utf8').replace('Faciliteer de beweging', 'Faciliteer de omslag'));
    const after = (await extractLetters([dir])).dataset.claims;
    const afterIds = new Set(after.map((claim) => claim.id));
    expect(before.filter((claim) => !afterIds.has(claim.id)).map((claim) => claim.text)).toEqual(['Faciliteer de beweging van zorg naar gezondheid door een verschuiving van budgetten.']);
  });
});
