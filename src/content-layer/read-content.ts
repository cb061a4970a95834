/**
 * The one reader of content/: every entry and data file, decoded, split into frontmatter and body,
 * and parsed with positions. The content check, the lint, `npm run new`, the importer and the dev
 * scripts all read content through here; src/lib/content-check.ts stays pure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { COLLECTIONS, DATA_FILES, type CollectionName, type DataFileName } from '../model/index.ts';
import type { CheckInput } from '../lib/content-check.ts';
import { decodeContentBytes, splitFrontmatter, type ContentFile, type DataFile } from './source.ts';
import { parseYamlSource, type ParsedYaml } from './yaml-source.ts';
import { SYNONYMS_FILE } from '../search/synonyms.ts';

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

const NOTHING: ParsedYaml = { data: undefined, problems: [], lineOf: () => undefined };

/** Reads one entry: decoded text, frontmatter data with positions, body, and the problems met on the way. */
export function readContentFile(collection: CollectionName, id: string, path: string, shownFrom: string): ContentFile {
  const file = relative(shownFrom, path);
  const decoded = decodeContentBytes(readFileSync(path), file);
  if ('problem' in decoded) return { collection, id, file, text: '', body: '', bodyFirstLine: 1, ...NOTHING, problems: [decoded.problem] };
  const split = splitFrontmatter(decoded.text);
  if ('problem' in split)
    return { collection, id, file, text: decoded.text, body: '', bodyFirstLine: 1, ...NOTHING, problems: [split.problem] };
  const parsed = parseYamlSource(split.yaml, split.yamlFirstLine);
  return { collection, id, file, text: decoded.text, body: split.body, bodyFirstLine: split.bodyFirstLine, ...parsed };
}

/** Reads one data file (site.yaml, units.yaml, observances.yaml). */
export function readDataFile(root: string, name: DataFileName, shownFrom: string): DataFile {
  const path = join(root, DATA_FILES[name].file);
  const file = relative(shownFrom, path);
  if (!existsSync(path)) {
    return {
      name,
      file,
      text: '',
      ...NOTHING,
      problems: [
        {
          code: 'missing-file',
          message: `找不到文件 ${file}。`,
          fix: `请从示例站点复制一份 ${DATA_FILES[name].file}，再按本单位的情况修改。`,
        },
      ],
    };
  }
  const decoded = decodeContentBytes(readFileSync(path), file);
  if ('problem' in decoded) return { name, file, text: '', ...NOTHING, problems: [decoded.problem] };
  return { name, file, text: decoded.text, ...parseYamlSource(decoded.text, 1) };
}

/** An optional text file of content/ (search-synonyms.yaml), decoded like every other file; absent → nothing. */
function readOptionalText<K extends string>(
  root: string,
  name: string,
  shownFrom: string,
  key: K,
): Partial<Record<K, { file: string; text: string }>> {
  const path = join(root, name);
  if (!existsSync(path)) return {};
  const file = relative(shownFrom, path);
  const decoded = decodeContentBytes(readFileSync(path), file);
  // A file that cannot be decoded is checked as empty text: readSynonyms reports it, and nothing of it is used.
  return { [key]: { file, text: 'text' in decoded ? decoded.text : '' } } as Partial<Record<K, { file: string; text: string }>>;
}

/** Every entry of every collection under `root` (or of the collections named; paths shown relative to `shownFrom`). */
export function readEntries(root: string, shownFrom = process.cwd(), collections: readonly CollectionName[] = COLLECTIONS): ContentFile[] {
  return collections.flatMap((collection) =>
    listEntries(root, collection).map(({ id, path }) => readContentFile(collection, id, path, shownFrom)),
  );
}

/** Everything the content check needs, read from `root` (paths shown relative to `shownFrom`). */
export function readContent(root: string, shownFrom = process.cwd()): CheckInput {
  return {
    files: readEntries(root, shownFrom),
    site: readDataFile(root, 'site', shownFrom),
    units: readDataFile(root, 'units', shownFrom),
    observances: readDataFile(root, 'observances', shownFrom),
    ...readOptionalText(root, SYNONYMS_FILE, shownFrom, 'synonyms'),
    ...(existsSync(join(root, DATA_FILES.wording.file)) ? { wording: readDataFile(root, 'wording', shownFrom) } : {}),
    photo: (entryFile, src) => {
      const path = resolve(shownFrom, dirname(entryFile), src);
      if (!existsSync(path)) return { exists: false };
      return { exists: true, bytes: statSync(path).size };
    },
  };
}
