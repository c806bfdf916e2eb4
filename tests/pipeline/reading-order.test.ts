import { expect, it } from 'vitest';
import { extractLetters } from '../../src/pipeline/extract.ts';

it('lists a letter\'s claims in reading order: a page in two columns down the left column first', async () => {
  const { dataset } = await extractLetters(['tests/fixtures/genre/actiz-position-paper-twee-kolommen/input.txt']);
  expect(dataset.claims.map((claim) => claim.text.split(' ').slice(0, 3).join(' '))).toEqual([
    'Maar het aantal',
    'Tegelijkertijd sluiten verpleeghuizen',
    'Wij vragen de',
    'Zorg ervoor dat',
    'Investeer daarnaast in',
  ]);
});
