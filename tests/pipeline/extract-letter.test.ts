import { describe, expect, it } from 'vitest';
import type { LetterJob } from '../../src/pipeline/extract-letter.ts';
import { extractLetterSafely } from '../../src/pipeline/extract-letter.ts';

const job = (bytes: Uint8Array): LetterJob => ({ path: 'brief.txt', display: 'brief.txt', id: 'brief', bytes, sha256: '0' });

describe('extracting one letter', () => {
  it('reports an unexpected failure as a fatal message on that letter', async () => {
    const outcome = await extractLetterSafely(job(null as unknown as Uint8Array), () => []);
    expect(outcome.result).toBeUndefined();
    expect(outcome.messages).toMatchObject([{ ruleId: 'internal-error', source: 'pleitkaart', fatal: true }]);
    expect(outcome.messages[0]!.reason).toMatch(/^Extraction failed: /u);
  });

  it('extracts a letter that can be read', async () => {
    const outcome = await extractLetterSafely(job(new TextEncoder().encode('Geachte heer,\n\nWij vragen u de wachtlijsten in de jeugdzorg aan te pakken.\n')), () => []);
    expect(outcome.result?.claims.map((claim) => claim.type)).toContain('ask');
  });
});
