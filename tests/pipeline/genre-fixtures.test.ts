import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterJob } from '../../src/pipeline/extract-letter.ts';
import { extractLetterSafely } from '../../src/pipeline/extract-letter.ts';

const root = new URL('../fixtures/genre/', import.meta.url).pathname;

/**
 * Letters written for these tests in the genre's other layouts (letterheads, date lines, lettered
 * items, running footers, position papers without salutation), none of them among the five:
 * `input.txt` → `expected.txt`, what a reader of the dataset sees of each. UPDATE_FIXTURES=1 rewrites.
 */
describe('letters of the genre beyond the five', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const bytes = new Uint8Array(readFileSync(join(root, name, 'input.txt')));
      const job: LetterJob = { path: 'input.txt', display: 'input.txt', id: name, bytes, sha256: '0' };
      const { result, messages } = await extractLetterSafely(job, () => []);
      const document = result!.document;
      const actual = [
        `title: ${document.title}`,
        `subtitle: ${document.subtitle}`,
        `date: ${document.date} (${document.dateStated ? 'printed' : 'inferred'})`,
        `senders: ${document.senders.map((sender) => sender.name).join('; ')}`,
        `signatories: ${document.signatories.map((person) => `${person.name}, ${person.role ?? '—'}${person.organisation ? ` (${person.organisation})` : ''}`).join('; ')}`,
        `addressees: ${document.addressees.map((addressee) => `${addressee.role} ${addressee.actor} (${addressee.text})`).join('; ')}`,
        `footnotes: ${document.footnotes.map((note) => `${note.label} ${note.text}`).join('; ')}`,
        `removed: ${document.removed.map((artifact) => `${artifact.position.start.line} ${artifact.kind}`).join('; ')}`,
        '--- claims',
        ...result!.claims.map((claim) => `${claim.type} → ${claim.addressee?.name ?? '—'} [${claim.footnotes.join(',')}] ${claim.text}`),
        '--- messages',
        ...messages.map((message) => `${message.place && 'line' in message.place ? `${message.place.line}:${message.place.column}` : ''} ${message.reason} ${message.ruleId}`),
        '',
      ].join('\n');
      const expectedPath = join(root, name, 'expected.txt');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
