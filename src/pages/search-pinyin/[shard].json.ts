/**
 * Typo tolerance by sound in shards: characters' readings (/search-pinyin/r0.json …) and the site's
 * words by fuzzy pinyin key (/search-pinyin/w0.json …), fetched only for a word the site does not use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchLexicon } from '../../data/search-lexicon.ts';
import { SOUND_SHARDS } from '../../search/pinyin.ts';

export const getStaticPaths = (() =>
  ['r', 'w'].flatMap((kind) =>
    Array.from({ length: SOUND_SHARDS }, (_, shard) => ({ params: { shard: `${kind}${shard}` } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { readings, words } = (await searchLexicon()).sounds;
  const name = params.shard ?? '';
  const shard = (name.startsWith('r') ? readings : words)[Number(name.slice(1))];
  if (!shard) throw new Error(`拼音纠错表：没有 ${name} 这一片`);
  return new Response(JSON.stringify(shard));
};
