/** The search vocabulary and synonym table, fetched by the search island with the index. */
import type { APIRoute } from 'astro';
import { searchLexicon } from '../data/search-lexicon.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await searchLexicon()).file));
