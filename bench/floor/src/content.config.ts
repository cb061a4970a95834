/**
 * One collection over every entry the benchmark generated: reports/<id>/index.mdx and
 * <collection>/<id>.mdx. The bodies are plain Markdown (the generator writes no MDX syntax), so the
 * floor renders them with Astro's own Markdown pipeline (renderMarkdown, Astro's default processor)
 * instead of compiling MDX modules.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.env.FLOOR_CONTENT_DIR ?? '';

function files(): { collection: string; id: string; path: string }[] {
  const found: { collection: string; id: string; path: string }[] = [];
  for (const collection of readdirSync(root)) {
    const dir = join(root, collection);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.mdx')) found.push({ collection, id: name.slice(0, -4), path: join(dir, name) });
      else if (statSync(join(dir, name)).isDirectory()) found.push({ collection, id: name, path: join(dir, name, 'index.mdx') });
    }
  }
  return found;
}

const loader: Loader = {
  name: 'floor-entries',
  async load({ store, renderMarkdown, generateDigest }) {
    for (const { collection, id, path } of files()) {
      const text = readFileSync(path, 'utf8');
      const end = text.indexOf('\n---', 3);
      const data = parse(text.slice(3, end)) as Record<string, unknown>;
      const body = text.slice(text.indexOf('\n', end + 1) + 1);
      store.set({
        id: `${collection}/${id}`,
        data: { ...data, collection, slug: id },
        body,
        digest: generateDigest(text),
        rendered: await renderMarkdown(body),
      });
    }
  },
};

export const collections = { entries: defineCollection({ loader }) };
