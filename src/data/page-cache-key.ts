/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * getStaticPaths() gives a `cacheKey` is copied from the previous build when its key and its code
 * (Astro hashes the page's module graph, the config and the lockfile) are unchanged. A key that
 * stays the same while what the page shows has changed would publish a stale page, so a key is a
 * digest of everything a page reads besides its code:
 * - what getStaticPaths hands it (its props, or any other parts named): a content entry counts by
 *   its file's digest, its text, its parsed data (a photo by its file's name and bytes) and, for an
 *   entry kept as a folder (`name/index.mdx`), the bytes of every file in the folder (photos,
 *   attachments);
 * - what every page reads: the files at the top of content/ (site.yaml, units.yaml,
 *   observances.yaml, wording, the QR code…) and the settings that hide drafts;
 * - the build's date, for pages that show what is in force today (`today: true`).
 * A page of a list is keyed by what it is rendered from too: the entries it shows, its place in the
 * list and the list's size and links (src/data/reports.ts, all-entries.ts, timeline.ts), so a story
 * changed renders again only the list pages that show it. The home page, the first page of each
 * section and the sitemap get no key and are rendered every time. tests/site/incremental.test.ts
 * checks that a rebuild after changes equals a cold build of the same content.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { COLLECTIONS } from '../model/index.ts';
import { contentRoot } from '../lib/content-root.ts';
import { todayIso } from '../model/dates.ts';

interface EntryLike {
  id: string;
  collection: string;
  data: object;
  digest?: string | undefined;
  filePath?: string | undefined;
  body?: string | undefined;
}

function isEntry(value: unknown): value is EntryLike {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<EntryLike>;
  return typeof entry.id === 'string' && typeof entry.collection === 'string' && typeof entry.data === 'object';
}

/** Every file under a folder, sorted, with its bytes. */
function hashFolder(hash: Hash, folder: string, skip: ReadonlySet<string> = new Set()): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || skip.has(name)) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      hash.update(`dir:${name}\0`);
      hashFolder(hash, path);
      hash.update('\0end\0');
    } else {
      hash.update(`file:${name}\0`).update(readFileSync(path)).update('\0');
    }
  }
}

const siteDigests = new Map<string, string>();
/** The files every page may read (everything in content/ outside the entry collections) and the draft settings. */
function siteInputs(): string {
  const root = contentRoot();
  const drafts = `drafts:${process.env.SITE_HIDE_DRAFTS ?? ''}:${process.env.SHUANGYONG_DROP_DRAFTS ?? ''}`;
  const known = siteDigests.get(root + drafts);
  if (known) return known;
  const hash = createHash('sha256');
  hashFolder(hash, root, new Set(COLLECTIONS));
  hash.update(drafts);
  const digest = hash.digest('hex');
  siteDigests.set(root + drafts, digest);
  return digest;
}

const entryDigests = new WeakMap<object, string>();
/** An entry's file digest and parsed data, and the files beside it when it is a folder. */
function entryDigest(entry: EntryLike): string {
  const known = entryDigests.get(entry);
  if (known) return known;
  const hash = createHash('sha256');
  hash.update(`${entry.collection}/${entry.id}\0${entry.digest ?? ''}\0${entry.body ?? ''}\0`);
  hash.update(stableJson(entry.data));
  if (entry.filePath && /^index\.mdx?$/.test(basename(entry.filePath))) hashFolder(hash, dirname(resolve(entry.filePath)));
  const digest = hash.digest('hex');
  entryDigests.set(entry, digest);
  return digest;
}

const fileDigests = new Map<string, string>();
/**
 * A photo (Astro's image metadata) by its file's name and bytes; undefined for anything else. Only
 * `in` and fsPath: reading any other field of Astro's image proxy marks the original photo as used
 * by the page, and Astro then publishes it untouched, with its EXIF (the publishing gate refuses that).
 */
function imageDigest(item: object): string | undefined {
  if (!('src' in item && 'width' in item && 'height' in item && 'format' in item)) return undefined;
  const path: unknown = Reflect.get(item, 'fsPath');
  if (typeof path !== 'string') return undefined;
  let digest = fileDigests.get(path);
  if (digest === undefined) {
    // The name and the bytes (the published file is named after both), not the folder the site is built in.
    digest = `${basename(path)}:${existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing'}`;
    fileDigests.set(path, digest);
  }
  return digest;
}

const listDigests = new WeakMap<object, string>();
/** A list by its contents, worked out once per list: many pages get the same one (every report page gets all plans). */
function listDigest(list: object): string {
  let digest = listDigests.get(list);
  if (digest === undefined) {
    digest = createHash('sha256').update(stableJson(list)).digest('hex');
    listDigests.set(list, digest);
  }
  return digest;
}

/** JSON of a value with entries, photos and nested lists replaced by their digests, Maps and Sets as arrays; functions cannot be keyed. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, item: unknown) => {
    const image = typeof item === 'object' && item !== null ? imageDigest(item) : undefined;
    if (image) return `image:${image}`;
    if (key !== '' && isEntry(item)) return `entry:${entryDigest(item)}`;
    if (key !== '' && (Array.isArray(item) || item instanceof Map || item instanceof Set)) return `list:${listDigest(item)}`;
    if (item instanceof Map) return { map: [...item] };
    if (item instanceof Set) return { set: [...item] };
    if (typeof item === 'function' || typeof item === 'symbol') throw new Error('a page cache key cannot hold a function');
    return item;
  });
}

export interface PageKeyOptions {
  /** The page shows what is in force today (a policy's status): a new day renders it again. */
  today?: boolean;
}

/** The cache key of a page rendered from `parts` (its props and anything else it reads). */
export function pageCacheKey(parts: unknown, options: PageKeyOptions = {}): string {
  const hash = createHash('sha256');
  hash.update(siteInputs()).update('\0');
  if (options.today) hash.update(`today:${todayIso()}\0`);
  hash.update(isEntry(parts) ? `entry:${entryDigest(parts)}` : stableJson(parts));
  return hash.digest('hex').slice(0, 32);
}
