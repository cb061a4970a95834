/**
 * The last build's search index, kept in the build cache so that a rebuild writes only what changed.
 *
 * Pagefind names every index chunk, result fragment and filter file by a hash of its content, and
 * when a file of that name is already in the output folder it skips compressing and writing it. A
 * rebuild after changing one story of 2,000 therefore seeds the output folder with the previous
 * index, lets Pagefind write the few new files, and then removes the files the new index no longer
 * refers to. Which files it refers to is read from the index's own metadata (pagefind-entry.json
 * names the metadata file; the metadata holds the hash of every chunk, page fragment and filter).
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The kept index's folder inside the build cache. */
export const keptIndexDir = (cacheDir: string | undefined): string | undefined =>
  cacheDir === undefined ? undefined : join(cacheDir, 'search-index');

/** The folders of content-named files; everything else Pagefind writes anew every time. */
const HASHED_FOLDERS = ['index', 'fragment', 'filter'] as const;

/** Copies the kept index into the (empty) output folder before Pagefind writes. */
export function seedIndex(kept: string, outputPath: string): number {
  let seeded = 0;
  for (const folder of HASHED_FOLDERS) {
    const from = join(kept, folder);
    if (!existsSync(from)) continue;
    cpSync(from, join(outputPath, folder), { recursive: true });
    seeded += readdirSync(from).length;
  }
  return seeded;
}

/** The text of every language's metadata file, where the hashes of all referenced files are. */
function metadataText(outputPath: string): string {
  const entry: unknown = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) throw new Error('pagefind-entry.json 里没有 languages');
  return Object.values(languages)
    .map((language: unknown) => {
      const hash = typeof language === 'object' && language !== null && 'hash' in language ? language.hash : undefined;
      if (typeof hash !== 'string') throw new Error('pagefind-entry.json 里的语言没有 hash');
      return gunzipSync(readFileSync(join(outputPath, `pagefind.${hash}.pf_meta`))).toString('latin1');
    })
    .join('\n');
}

/** Removes seeded files the new index does not refer to; returns how many. */
export function pruneIndex(outputPath: string): number {
  const metadata = metadataText(outputPath);
  let removed = 0;
  for (const folder of HASHED_FOLDERS) {
    const path = join(outputPath, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) {
      const hash = name.slice(0, name.indexOf('.'));
      if (hash !== '' && metadata.includes(hash)) continue;
      rmSync(join(path, name));
      removed++;
    }
  }
  return removed;
}

/** Keeps this build's content-named files for the next build (replacing the previous ones). */
export function keepIndex(outputPath: string, kept: string): void {
  rmSync(kept, { recursive: true, force: true });
  for (const folder of HASHED_FOLDERS) {
    const from = join(outputPath, folder);
    if (existsSync(from)) cpSync(from, join(kept, folder), { recursive: true });
  }
}
