/** Inline in the <head> of /search/: starts Pagefind and fetches the query's vocabulary while the page is still parsing (see src/search/early-start.ts). */
import { startEarly } from '../search/early-start.ts';

startEarly();
