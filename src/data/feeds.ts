/** The feeds' channels and items: the whole site, or one collection (src/lib/channels/feeds.ts writes them). */
import { getSite } from './content.ts';
import { channelArticle, publishedEntries } from './channel-articles.ts';
import { COLLECTIONS, COLLECTION_LABELS } from '../model/index.ts';
import { collectionUrl } from '../model/urls.ts';
import { feedUrl, type FeedName } from '../model/urls.ts';
import { FEED_ITEM_LIMIT, type FeedChannel } from '../lib/channels/feeds.ts';
import type { Article } from '../lib/channels/article.ts';

export const FEED_NAMES: FeedName[] = ['all', ...COLLECTIONS];

export async function feedData(name: FeedName): Promise<{ channel: FeedChannel; articles: Article[] }> {
  const site = await getSite();
  const absolute = (path: string) => new URL(path, site.baseUrl).href;
  const entries = (await publishedEntries(name === 'all' ? COLLECTIONS : [name])).slice(0, FEED_ITEM_LIMIT);
  const articles = await Promise.all(entries.map(async (entry) => (await channelArticle(entry)).article));
  return {
    channel: {
      title: name === 'all' ? site.name : `${site.name}·${COLLECTION_LABELS[name]}`,
      description: name === 'all' ? site.description : `${site.name}“${COLLECTION_LABELS[name]}”栏目的全文订阅。`,
      homeUrl: absolute(name === 'all' ? '/' : collectionUrl(name)),
      rssUrl: absolute(feedUrl(name, 'rss')),
      jsonUrl: absolute(feedUrl(name, 'json')),
      host: site.host,
    },
    articles,
  };
}
