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

it('marks every claim in the letter text when columns are read in turn, paragraph by paragraph', async () => {
  const { dataset, texts } = await extractLetters(['tests/fixtures/layout/prose-in-two-columns-with-paragraphs/input.txt']);
  const [text] = texts;
  // The sentences the letter text marks, in the order they are shown.
  const shown = text!.blocks.flatMap((block) => ('inlines' in block ? block.inlines : [])).flatMap((inline) => (inline.type === 'text' && inline.sentence !== undefined ? (text!.claimsBySentence[String(inline.sentence)] ?? []) : []));
  expect([...new Set(shown)]).toEqual(dataset.claims.map((claim) => claim.id));
  expect(dataset.claims.map((claim) => claim.text.split(' ').slice(0, 3).join(' '))).toEqual([
    'Maar het aantal',
    'Tegelijkertijd sluiten verpleeghuizen',
    'De wachtlijsten voor',
    'Wij vragen de',
    'Zorg ervoor dat',
    'Investeer daarnaast in',
  ]);
});
