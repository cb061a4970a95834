/**
 * The search vocabulary and synonym table in LEXICON_SHARDS shards by first character
 * (/search-lexicon/0.json …): the search island fetches only the shards a query's characters need.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchLexicon } from '../../data/search-lexicon.ts';
import { LEXICON_SHARDS } from '../../search/understand.ts';

export const getStaticPaths = (() =>
  Array.from({ length: LEXICON_SHARDS }, (_, shard) => ({ params: { shard: String(shard) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = (await searchLexicon()).shards[Number(params.shard)];
  if (!shard) throw new Error(`搜索词表：没有第 ${params.shard ?? ''} 片`);
  return new Response(JSON.stringify(shard));
};
