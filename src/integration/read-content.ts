/**
 * Reads the content folder from disk for the content check: frontmatter of every entry and the
 * three data files. IO lives here so that src/lib/content-check.ts stays pure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS } from '../content.schema.ts';
import type { CheckInput, ContentFile, DataFile } from '../lib/content-check.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

function parse(text: string): { data: unknown; yamlError?: string } {
  try {
    return { data: parseYaml(text) };
  } catch (error) {
    const yamlError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: undefined, yamlError };
  }
}

function readData(root: string, name: string, shownFrom: string): DataFile {
  const path = join(root, name);
  const file = relative(shownFrom, path);
  if (!existsSync(path)) return { file, text: '', data: undefined, yamlError: `找不到文件 ${file}` };
  const text = readFileSync(path, 'utf8');
  return { file, text, ...parse(text) };
}

/** The entries of one collection: `name.mdx` or `name/index.mdx`. */
export function listEntries(root: string, collection: string): { id: string; path: string }[] {
  const dir = join(root, collection);
  if (!existsSync(dir)) return [];
  const entries: { id: string; path: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.endsWith('.mdx') && statSync(path).isFile()) entries.push({ id: name.slice(0, -4), path });
    else if (statSync(path).isDirectory() && existsSync(join(path, 'index.mdx'))) entries.push({ id: name, path: join(path, 'index.mdx') });
  }
  return entries;
}

export function readContentFile(collection: ContentFile['collection'], id: string, path: string, shownFrom: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const file = relative(shownFrom, path);
  const match = FRONTMATTER.exec(text);
  if (!match) return { collection, id, file, text, data: undefined };
  return { collection, id, file, text, ...parse(match[1]) };
}

/** Everything the content check needs, read from `root` (paths shown relative to `shownFrom`). */
export function readContent(root: string, shownFrom = process.cwd()): CheckInput {
  const files = COLLECTIONS.flatMap((collection) =>
    listEntries(root, collection).map(({ id, path }) => readContentFile(collection, id, path, shownFrom)),
  );
  return {
    files,
    site: readData(root, 'site.yaml', shownFrom),
    units: readData(root, 'units.yaml', shownFrom),
    observances: readData(root, 'observances.yaml', shownFrom),
    wording: existsSync(join(root, 'wording.yaml')) ? readData(root, 'wording.yaml', shownFrom) : undefined,
    photo: (entryFile, src) => {
      const path = resolve(shownFrom, dirname(entryFile), src);
      if (!existsSync(path)) return { exists: false };
      return { exists: true, bytes: statSync(path).size };
    },
  };
}
