/**
 * One entry as JSON for the command-line exports: the article (metadata, 政务公开 fields, photos,
 * HTML) and its 公众号 version, exactly as the staff page shows it. `npm run export:wechat` and
 * `npm run export:portal` read these files from dist/, so both print what the build made.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { channelArticle, channelArticleKey, publishedEntries } from '../../../../data/channel-articles.ts';
import type { AnyEntry } from '../../../../data/content.ts';
import { COLLECTIONS } from '../../../../model/index.ts';
import { exportRecord } from '../../../../lib/channels/export.ts';

export const getStaticPaths = (async () => {
  const entries = await publishedEntries(COLLECTIONS);
  return Promise.all(
    entries.map(async (entry) => ({
      params: { collection: entry.collection, id: entry.id },
      props: { entry },
      cacheKey: await channelArticleKey(entry),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: AnyEntry }> = async ({ props }) => {
  const { article, wechat, sourceFile } = await channelArticle(props.entry);
  return new Response(JSON.stringify(exportRecord(article, wechat, sourceFile), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};
