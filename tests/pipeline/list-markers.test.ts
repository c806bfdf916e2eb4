import { describe, expect, it } from 'vitest';
import { bulletPattern, itemNumber, numberedPattern } from '../../src/pipeline/layout/lines.ts';
import { runLetter } from '../helpers/run.ts';

describe('list markers', () => {
  it('reads numbers and letters, lower and upper case, as item numbers', () => {
    expect(['3. Investeer in de wijk.', 'b) Vraag de minister om een reactie.', 'c. een landelijke norm;', 'A. Financier de kinderopvang rechtstreeks.'].map((line) => { const match = numberedPattern.exec(line); return match && itemNumber(match); })).toEqual(['3', 'b', 'c', 'A']);
  });

  it('reads roman numerals in lower case and numerals or letters in brackets as item numbers', () => {
    const numbers = ['ii. het gemeentefonds te indexeren;', 'iv) de korting te schrappen;', '(iii) gemeenten ruimte te geven.', '(b) een norm;', 'i. een minister voor Wonen;'].map((line) => { const match = numberedPattern.exec(line); return match && itemNumber(match); });
    expect(numbers).toEqual(['ii', 'iv', 'iii', 'b', 'i']);
    expect(['ik. Wij', '(zie bijlage) De', 'vi.  '].map((line) => numberedPattern.test(line))).toEqual([false, false, false]);
  });

  it('keeps items counted i, ii, iii in one list, apart from a lettered list, and goes on lettering after h', async () => {
    const { tree } = await runLetter('Geachte formateur,\n\nWij vragen u om:\n(i) de korting te schrappen;\n(ii) het fonds te indexeren;\n(iii) ruimte te geven.\n\nEn:\na. een norm;\nb. een plan.\n');
    const lists = tree.children.filter((node) => node.type === 'list');
    expect(lists.map((list) => [list.start, list.children.map((item) => item.data?.number)])).toEqual([[1, ['i', 'ii', 'iii']], [1, ['a', 'b']]]);
    const letters = 'abcdefghi'.split('');
    const lettered = await runLetter(`Geachte formateur,\n\nWij vragen u om:\n${letters.map((letter) => `${letter}. een punt;`).join('\n')}\n`);
    expect(lettered.tree.children.filter((node) => node.type === 'list').map((list) => list.children.length)).toEqual([9]);
  });

  it('does not take a person’s initial for a letter', () => {
    expect(['A. Bakker, voorzitter', 'J. de Vries', 'A.B. Jansen', 'H. Jansen'].map((line) => numberedPattern.test(line))).toEqual([false, false, false, false]);
  });

  it('knows bullets, not a dash inside a word', () => {
    expect(['• Investeer', '- Investeer', '✓ Ouders', '-Investeer'].map((line) => bulletPattern.test(line))).toEqual([true, true, true, false]);
    // Word's sub-bullet "o": set off by a wide gap or a tab, or by one space before a word in lower case; not a word ("o.a.", "O, wat …").
    expect(['o   bouw woningen', 'o\tbouw woningen', 'o bouw 40.000 woningen;', 'o.a. gemeenten', 'O, wat een kans', 'o Bouw'].map((line) => bulletPattern.test(line))).toEqual([true, true, true, false, false, false]);
  });
});
