/**
 * Registers the collections with Astro. The schemas themselves are in src/model/schemas/ so that
 * the content check, the scaffold and the guide (plain Node scripts) use exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseSchema,
  educationSchema,
  observanceSchema,
  planSchema,
  policySchema,
  reportSchema,
  siteSchema,
  unitSchema,
} from './model/index.ts';
import { contentRoot } from './lib/content-root.ts';
import { entriesLoader } from './content-layer/entries-loader.ts';

const root = contentRoot();
/**
 * One entry per file (`name.mdx`) or per folder (`name/index.mdx` with its photos). Plain-Markdown
 * bodies are rendered in the content layer (see entries-loader.ts).
 */
const entries = (collection: string) =>
  entriesLoader({
    pattern: ['*.mdx', '*/index.mdx'],
    base: join(root, collection),
    generateId: ({ entry }) => entry.replace(/(\/index)?\.mdx$/, ''),
  });

export const collections = {
  plans: defineCollection({ loader: entries('plans'), schema: ({ image }) => planSchema(image) }),
  reports: defineCollection({ loader: entries('reports'), schema: ({ image }) => reportSchema(image) }),
  cases: defineCollection({ loader: entries('cases'), schema: ({ image }) => caseSchema(image) }),
  policies: defineCollection({ loader: entries('policies'), schema: ({ image }) => policySchema(image) }),
  education: defineCollection({ loader: entries('education'), schema: ({ image }) => educationSchema(image) }),
  site: defineCollection({
    loader: () => [{ id: 'site', ...(parseYaml(readFileSync(join(root, 'site.yaml'), 'utf8')) as Record<string, unknown>) }],
    schema: siteSchema,
  }),
  units: defineCollection({ loader: file(join(root, 'units.yaml')), schema: unitSchema }),
  observances: defineCollection({ loader: file(join(root, 'observances.yaml')), schema: observanceSchema }),
};
