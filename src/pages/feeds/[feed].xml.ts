/** Full-content RSS 2.0 for the county portal's 专栏: /feeds/all.xml and one per collection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_NAMES, feedData } from '../../data/feeds.ts';
import { rssFeed } from '../../lib/channels/feeds.ts';
import type { FeedName } from '../../model/urls.ts';

export const getStaticPaths = (() => FEED_NAMES.map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { channel, articles } = await feedData(params.feed as FeedName);
  return new Response(rssFeed(channel, articles), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
