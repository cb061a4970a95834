// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from './src/lib/content-root.ts';
import shuangyong from './src/integration/index.ts';
import { inlineScripts } from './src/integration/inline-scripts.ts';
import { sitemapSerialize } from './src/integration/sitemap-lastmod.ts';
import { buildCacheDir } from './src/integration/build-cache.ts';

/** The canonical base URL comes from the county's own site.yaml, so a fork only edits content/. */
function siteUrl() {
  try {
    const site = parseYaml(readFileSync(join(contentRoot(), 'site.yaml'), 'utf8'));
    return typeof site?.baseUrl === 'string' ? site.baseUrl : undefined;
  } catch {
    return undefined; // the content check reports a missing or broken site.yaml in Chinese
  }
}

export default defineConfig({
  site: siteUrl(),
  // Benchmarks and tests build fixtures side by side; each gets its own cache (default: node_modules/.astro).
  // Inside it, one folder per version of the code that shapes the cache (src/integration/build-cache.ts).
  cacheDir: buildCacheDir(fileURLToPath(new URL('.', import.meta.url)), process.env.SITE_CACHE_DIR),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Entry pages whose getStaticPaths() gives a cacheKey (src/data/page-cache-key.ts) are copied from
  // the last build when neither their data nor their code changed: publishing one story with the CI
  // cache kept renders that story's pages and the lists, not 2,000 others (issue 18, BENCHMARKS.md).
  // SITE_INCREMENTAL=0 renders every page (as the first build with an empty cache does).
  experimental: { incrementalBuild: process.env.SITE_INCREMENTAL !== '0' },
  // AVIF at sharp's default effort (4) costs ~1.5 s per photo per width; effort 2 is ~6× faster
  // for ~14% larger files, which keeps a county's photo-heavy build in seconds, not minutes.
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { avif: { effort: 2 }, webp: { effort: 2 }, jpeg: { mozjpeg: true } },
    },
  },
  // The stack names remark-gfm, so use the unified processor (Sätteri, the default, has no remark plugins).
  // Content has no code blocks; skipping Shiki saves its start-up in every build.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  vite: {
    // `import code from './island.ts?inline-script'`: an island bundled for a classic inline <script>.
    plugins: [inlineScripts()],
    build: {
      // Never inline assets or stylesheets as data. A bundled script under 2 KB (the gallery's
      // lightbox, the 复制到公众号 button) is written into its page like the tiny helpers it
      // replaced; larger islands (quiz, relative dates, search) stay cacheable files of their own,
      // and no page carries another page's code in its HTML budget.
      assetsInlineLimit: (file, content) => file.endsWith('.js') && content.length < 2048,
      rollupOptions: {
        // Astro's MDX modules carry a directive the bundler warns about once per file: thousands of
        // identical lines on a large site, which hide real problems and slow the build.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // /search/ is a results page, /staff/ is for staff and /admin/ is the editor (noindex): none belongs in the sitemap.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/^\/(search|staff|admin)\//.test(new URL(page).pathname), serialize: sitemapSerialize() }),
    shuangyong(),
  ],
});
