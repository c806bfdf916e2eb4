import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Running-text paragraphs of the real letters, joined to one line each. */
function paragraphs(lettersDir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(lettersDir).filter((file) => file.endsWith('.txt'))) {
    const text = readFileSync(join(lettersDir, name), 'utf8').replace(/\r\n/gu, '\n');
    for (const block of text.split(/\n\s*\n/u)) {
      const joined = block.replace(/-\n(?=\p{Ll})/gu, '').replace(/\s*\n\s*/gu, ' ').trim();
      if (joined.length > 120 && /[.!?]$/u.test(joined) && !/^\d/u.test(joined)) found.push(joined);
    }
  }
  return found;
}

/** Wraps a paragraph at `width`, sometimes hyphenating a long word across the line end, as PDF extraction does. */
function wrap(text: string, width: number, next: () => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 <= width) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (word.length > 9 && next() < 0.3 && /^\p{Ll}+$/u.test(word)) {
      const cut = 4 + Math.floor(next() * (word.length - 7));
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Writes `count` synthetic letters: recombined paragraphs of the real letters with salutation,
 * headings, running headers, page numbers, footnotes and a signature, in varying layouts.
 */
export function writeCorpus(dir: string, count: number, lettersDir = 'content/letters', seed = 1): { bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pool = paragraphs(lettersDir);
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const width = 70 + Math.floor(next() * 40);
    const header = pick(['Wonen en zorg', 'Bestaanszekerheid', 'Samen sterker', 'Position paper']);
    const lines: string[] = [pick(['Geachte leden van de Tweede Kamer,', 'Geachte (in)formateur,', 'Geachte onderhandelaars,', 'Geachte minister,']), ''];
    const notes: string[] = [];
    const paragraphCount = 6 + Math.floor(next() * 18);
    for (let p = 0; p < paragraphCount; p++) {
      if (next() < 0.3) lines.push(pick(['Wat is nodig?', 'Het probleem', 'Oproep', 'Wat vragen wij van het rijk?', 'Investeer in de wijk']), '');
      let paragraph = pick(pool);
      if (next() < 0.25) {
        notes.push(`${notes.length + 1} https://example.org/bron/${index}/${notes.length + 1}`);
        paragraph = paragraph.replace(/\.$/u, `.${notes.length}`);
      }
      lines.push(...wrap(paragraph, width, next), '');
      if (next() < 0.2) lines.push(` ${header} `, String(2 + Math.floor(next() * 9)), '');
    }
    lines.push('Met vriendelijke groet,', '', `${pick(['Anna de Vries', 'Jan Jansen', 'Fatima El Amrani', 'Pieter van Dijk'])}, ${pick(['voorzitter', 'directeur'])} ${pick(['Stichting Voorbeeld', 'Vereniging Proef', 'VNG', 'G40'])}`, '', ...notes, '');
    let text = lines.join('\n');
    if (next() < 0.1) text = text.replace(/\n/gu, '\r\n');
    if (next() < 0.05) text = `\uFEFF${text}`;
    writeFileSync(join(dir, `brief-${String(index).padStart(4, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes };
}
