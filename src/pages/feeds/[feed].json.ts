/** Full-content JSON Feed 1.1 for the county portal's 专栏: /feeds/all.json and one per collection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_NAMES, feedData } from '../../data/feeds.ts';
import { jsonFeed } from '../../lib/channels/feeds.ts';
import type { FeedName } from '../../model/urls.ts';

export const getStaticPaths = (() => FEED_NAMES.map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { channel, articles } = await feedData(params.feed as FeedName);
  return new Response(`${JSON.stringify(jsonFeed(channel, articles), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
