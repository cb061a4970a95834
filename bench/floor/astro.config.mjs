// @ts-check
/**
 * The floor of our stack, for `npm run bench`: Astro 7 with its default Markdown processor, one
 * content collection over the benchmark's generated folder (FLOOR_CONTENT_DIR), one bare layout,
 * then the Pagefind CLI. No integrations, no images, no share cards, no lists. Uses the repo's
 * node_modules (resolved upwards from here): nothing to install.
 */
import process from 'node:process';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.gov.cn/',
  cacheDir: process.env.SITE_CACHE_DIR || undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
