import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { letterFeedItems } from '../lib/feed.ts';
import { absolute, paths } from '../lib/paths.ts';
import { siteData } from '../lib/site-data.ts';
import { strings } from '../lib/strings.ts';

/** The newest letters as an RSS feed, for readers who follow what is added. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  return rss({
    title: strings.feed.title,
    description: strings.feed.description,
    site: absolute(paths.home()),
    items: letterFeedItems(data.documents),
    customData: '<language>nl</language>',
  });
};
