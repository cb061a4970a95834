/**
 * Typo tolerance by sound in SOUND_SHARDS shards (/search-pinyin/0.json …): characters' readings
 * and the site's words by fuzzy pinyin key, fetched only for a word the site does not use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchLexicon } from '../../data/search-lexicon.ts';
import { SOUND_SHARDS } from '../../search/pinyin.ts';

export const getStaticPaths = (() =>
  Array.from({ length: SOUND_SHARDS }, (_, shard) => ({ params: { shard: String(shard) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = (await searchLexicon()).sounds[Number(params.shard)];
  if (!shard) throw new Error(`拼音纠错表：没有第 ${params.shard ?? ''} 片`);
  return new Response(JSON.stringify(shard));
};
