import { describe, expect, it } from 'vitest';
import { bulletPattern, numberedPattern } from '../../src/pipeline/layout/lines.ts';

describe('list markers', () => {
  it('reads numbers and letters, lower and upper case, as item numbers', () => {
    expect(['3. Investeer in de wijk.', 'b) Vraag de minister om een reactie.', 'c. een landelijke norm;', 'A. Financier de kinderopvang rechtstreeks.'].map((line) => numberedPattern.exec(line)?.[1])).toEqual(['3', 'b', 'c', 'A']);
  });

  it('does not take a person’s initial for a letter', () => {
    expect(['A. Bakker, voorzitter', 'J. de Vries', 'A.B. Jansen', 'H. Jansen'].map((line) => numberedPattern.test(line))).toEqual([false, false, false, false]);
  });

  it('knows bullets, not a dash inside a word', () => {
    expect(['• Investeer', '- Investeer', '✓ Ouders', '-Investeer'].map((line) => bulletPattern.test(line))).toEqual([true, true, true, false]);
  });
});
