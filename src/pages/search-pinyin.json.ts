/** The pinyin table for typo tolerance, fetched only when a query holds a word the site does not use. */
import type { APIRoute } from 'astro';
import { searchLexicon } from '../data/search-lexicon.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await searchLexicon()).pinyin));
