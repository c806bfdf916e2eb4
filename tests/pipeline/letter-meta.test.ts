import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { readLetterMeta } from '../../src/pipeline/letter-meta.ts';

function read(text: string) {
  const file = new VFile({ path: 'content/letters/brief.meta.yaml', value: text });
  const meta = readLetterMeta(text, file);
  return { meta, messages: file.messages.map(String), fatal: file.messages.every((message) => message.fatal) };
}

describe('letter metadata', () => {
  it('reads a date with its evidence, a bare year as text', () => {
    expect(read('date: 2024-02\ndateEvidence: Het briefhoofd noemt februari 2024.\n')).toEqual({ meta: { date: '2024-02', dateEvidence: 'Het briefhoofd noemt februari 2024.' }, messages: [], fatal: true });
    expect(read('date: 2021\ndateEvidence: De brief noemt de formatie van 2021.\n').meta?.date).toBe('2021');
  });

  it('reports bad YAML, a malformed field and a date without evidence where they stand', () => {
    expect(read('title: [niet gesloten\n')).toEqual({ meta: undefined, messages: ['content/letters/brief.meta.yaml:1:1: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'], fatal: true });
    expect(read('title: Brief\ndate: 12-03-2024\ndateEvidence: gedrukt\n').messages).toEqual(['content/letters/brief.meta.yaml:2:7: Invalid metadata `date`: use YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(read('date: 2025-02-30\ndateEvidence: gedrukt\n').messages).toEqual(['content/letters/brief.meta.yaml:1:7: Invalid metadata `date`: this month or day does not exist']);
    expect(read('date: 2025-13\ndateEvidence: gedrukt\n').messages).toEqual(['content/letters/brief.meta.yaml:1:7: Invalid metadata `date`: this month or day does not exist']);
    expect(read('date: 2024-03-12\n').messages).toEqual(['content/letters/brief.meta.yaml:1:1: Invalid metadata `dateEvidence`: an inferred date needs `dateEvidence`: say why']);
  });

  it('reports a value read as an alias without a stack trace', () => {
    expect(read('title: Brief\ndateEvidence: *gedrukt\n')).toEqual({
      meta: undefined,
      messages: ['content/letters/brief.meta.yaml:2:15: Invalid YAML: `*gedrukt` reads as a YAML alias to an anchor that does not exist: put a text that starts with `*` in quotes ("*gedrukt")'],
      fatal: true,
    });
  });
});
