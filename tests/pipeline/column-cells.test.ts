import { describe, expect, it } from 'vitest';
import { cellStarts, cellsUnder } from '../../src/pipeline/column-cells.ts';

const names = 'Arno Visser                  Ellen Bos                   Martin van Rijn            Sharon Dijkma';
const roles = 'voorzitter Bouwend Nederland directeur NEPROM            voorzitter Aedes           voorzitter VNG';

describe('cells of a line set in columns', () => {
  it('finds where each cell begins', () => {
    expect(cellStarts(names)).toEqual([0, 29, 57, 84]);
    expect(cellStarts('  Aedes   VNG')).toEqual([2, 10]);
  });

  it('cuts a cell that runs into the next column where that column begins above', () => {
    expect(cellsUnder(roles, cellStarts(names))).toEqual(['voorzitter Bouwend Nederland', 'directeur NEPROM', 'voorzitter Aedes', 'voorzitter VNG']);
  });

  it('leaves a line alone that has as many cells as the line above, or no columns, or cells that fit no column', () => {
    expect(cellsUnder('voorzitter    directeur    voorzitter    voorzitter', cellStarts(names))).toBeUndefined();
    expect(cellsUnder('Met vriendelijke groet, namens de besturen van ActiZ en Aedes', cellStarts(names))).toBeUndefined();
    // A word that happens to begin under a column, in a line of fewer cells that does not add up.
    expect(cellsUnder('voorzitter en directeur van de vereniging    VNG', [0, 11, 30, 48])).toBeUndefined();
  });
});
