import { describe, expect, it } from 'vitest';
import { mentionedNotes } from '../../src/pipeline/note-mentions.ts';

describe('notes mentioned in words', () => {
  it('reads the numbers of notes named in words, ranges spelled out', () => {
    expect(mentionedNotes('De huur steeg (zie noot 2).')).toEqual(['2']);
    expect(mentionedNotes('Zie de eindnoten 1 en 4, en voetnoot 6.')).toEqual(['1', '4', '6']);
    expect(mentionedNotes('Zie noten 1 t/m 3.')).toEqual(['1', '2', '3']);
    expect(mentionedNotes('Zie noten 2-4 en 7.')).toEqual(['2', '3', '4', '7']);
    expect(mentionedNotes('Zie noten 2-100.')).toEqual(['2', '100']);
  });

  it('reads no numbers where no note is named', () => {
    expect(mentionedNotes('De nota 2025 en artikel 3 van de wet.')).toEqual([]);
    expect(mentionedNotes('In 2024 steeg de huur met 5 procent.')).toEqual([]);
  });
});
