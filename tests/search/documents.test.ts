import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import type { SiteData } from '../../src/lib/site-data.ts';
import { extractLetters } from '../../src/pipeline/extract.ts';

describe('search documents', () => {
  it('finds the text of a table of text, not only its claims', async () => {
    const dir = fileURLToPath(new URL('../fixtures/layout/text-in-two-columns/', import.meta.url));
    const { dataset, texts } = await extractLetters([`${dir}input.txt`]);
    const data = {
      documents: dataset.documents,
      texts: new Map(texts.map((text) => [text.id, text])),
      claimsByDocument: new Map([[dataset.documents[0]!.id, dataset.claims]]),
      recurring: [],
    } as unknown as SiteData;
    const sections = searchDocuments(data).filter((document) => document.kind === 'section');
    // The column heads and the cell that is no claim are running text of the letter's section.
    expect(sections.map((section) => section.text).join(' ')).toContain('Wat gaat er mis Wat het kabinet kan doen');
  });
});
