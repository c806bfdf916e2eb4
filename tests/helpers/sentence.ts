import type { Sentence } from '../../src/pipeline/sentences.ts';

/** A sentence on its own, as the sentence stage would give it: one paragraph, one line. */
export const sentence = (text: string, extra: Partial<Sentence> = {}): Sentence => ({
  text,
  start: 0,
  end: text.length,
  position: { start: { line: 1, column: 1 }, end: { line: 1, column: text.length + 1 } },
  footnotes: [],
  block: { kind: 'paragraph', index: 0, sentence: 0, sentences: 1 },
  label: false,
  ...extra,
});
