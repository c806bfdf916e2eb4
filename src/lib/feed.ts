import type { DatasetDocument } from '../pipeline/schema.ts';
import { letterSummary, letterTitle } from './format.ts';
import { absolute, paths } from './paths.ts';

/** The newest letters only: a feed reader wants what is new, and the feed must not grow with the corpus. */
export const feedSize = 50;

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Only for a letter dated to the day: a feed date is a day, and an invented one misleads. */
  pubDate?: Date;
}

/** The feed's items: the newest letters (`documents` come newest first), each linking to its page. */
export function letterFeedItems(documents: readonly DatasetDocument[]): FeedItem[] {
  return documents.slice(0, feedSize).map((document) => ({
    title: letterTitle(document),
    link: absolute(paths.letter(document.id)),
    description: letterSummary(document),
    ...(document.date && /^\d{4}-\d{2}-\d{2}$/u.test(document.date) ? { pubDate: new Date(`${document.date}T00:00:00Z`) } : {}),
  }));
}
