import { describe, expect, it } from 'vitest';
import { feedSize, letterFeedItems } from '../../src/lib/feed.ts';
import type { DatasetDocument } from '../../src/pipeline/schema.ts';

const letter = (id: string, date: string | null, title: string | null = `Brief ${id}`) =>
  ({ id, date, title, source: `${id}.txt`, senders: [{ name: 'Vereniging van Nederlandse Gemeenten', abbreviation: 'VNG' }], addressees: [], counts: { asks: 3, problems: 1, sentences: 10 } }) as unknown as DatasetDocument;

describe('the feed of new letters', () => {
  it('links each letter to its page, says who sent it and what it holds, and dates only a letter dated to the day', () => {
    expect(letterFeedItems([letter('a', '2024-06-21'), letter('b', '2024-06'), letter('c', null, null)])).toEqual([
      { title: 'Brief a', link: 'https://pleitkaart.example/brieven/a/', description: 'VNG: 3 vragen en 1 probleem.', pubDate: new Date('2024-06-21T00:00:00Z') },
      { title: 'Brief b', link: 'https://pleitkaart.example/brieven/b/', description: 'VNG: 3 vragen en 1 probleem.' },
      { title: 'Brief van VNG', link: 'https://pleitkaart.example/brieven/c/', description: 'VNG: 3 vragen en 1 probleem.' },
    ]);
  });

  it('holds only the newest letters, so it does not grow with the corpus', () => {
    const letters = Array.from({ length: feedSize + 20 }, (_, index) => letter(`brief-${index}`, null));
    expect(letterFeedItems(letters).map((item) => item.link)).toEqual(letters.slice(0, feedSize).map((document) => `https://pleitkaart.example/brieven/${document.id}/`));
  });
});
