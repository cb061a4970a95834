/**
 * The build step of share cards: which cards a build draws, drawn in a worker thread while Astro
 * renders the pages, written into dist/og/ after the build.
 *
 * What to draw is known from the content before any page is built: the site card, one card per
 * section, and one card per published entry, from the same function the entry pages name their
 * image with (entryShareImage in src/share-cards/pages.ts). So the build never reads its own HTML
 * back, and a page and its card agree by construction. Page rendering keeps the main thread busy
 * and leaves the second core mostly idle: the worker (share-card-worker.ts) draws meanwhile. The
 * build logs the count and time ("分享卡片：…"). Drawing is in src/share-cards/draw.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { COLLECTIONS, type CollectionName } from '../model/index.ts';
import { ShareCardRenderer, type RenderStats } from '../share-cards/draw.ts';
import type { ShareCardText } from '../share-cards/layout.ts';
import { entryShareImage, siteShareImages, type ShareSite } from '../share-cards/pages.ts';
import { ShareCardCache } from './share-card-cache.ts';

/** One card to draw: where it goes under dist/, what it says and, for a photo card, the photo file. */
export interface PlannedCard {
  path: string;
  card: ShareCardText;
  photo?: string;
}

/** An entry as the content check read it (src/integration/read-content.ts). */
export interface ContentEntry {
  collection: string;
  id: string;
  /** The entry's file, relative to `root`: photo paths in its frontmatter are relative to it. */
  file: string;
  data: unknown;
}

interface ShareFields {
  title?: unknown;
  draft?: unknown;
  cover?: string;
  coverAlt?: string;
  gallery?: { src: string; alt: string }[];
}

/** Every card a build of this content publishes: the site's, the sections', and each published entry's. */
export function plannedCards(entries: ContentEntry[], site: ShareSite, root = process.cwd()): PlannedCard[] {
  const cards: PlannedCard[] = siteShareImages(site).map(({ path, card }) => ({ path, card }));
  for (const { collection, id, file, data } of entries) {
    if (!(COLLECTIONS as readonly string[]).includes(collection) || !data || typeof data !== 'object') continue;
    const fields = data as ShareFields;
    // A draft has no page in a build; an entry without a title has failed the content check.
    if (fields.draft === true || typeof fields.title !== 'string') continue;
    const image = entryShareImage(collection as CollectionName, id, { ...fields, title: fields.title }, site);
    cards.push({
      path: image.path,
      card: image.card,
      ...(image.photo === undefined ? {} : { photo: resolve(root, dirname(file), image.photo) }),
    });
  }
  return cards;
}

/** Draws one planned card. */
export function drawCard(renderer: ShareCardRenderer, { card, photo }: PlannedCard): Promise<Buffer> {
  return photo === undefined ? renderer.render(card) : renderer.renderPhoto(card, photo);
}

/** What the early worker (share-card-worker.ts) sends back: one drawn card, or that it is done. */
export type EarlyCardMessage = { path: string; image: Uint8Array } | { done: true };

export interface WrittenCards extends RenderStats {
  /** Cards the worker had drawn while the pages were built, or taken from the cache. */
  predicted: number;
  /** Cards taken from the last build's cache (share-card-cache.ts). */
  cached: number;
  /** Wall-clock time of the step after the build. */
  wallMs: number;
}

/** Runs `task` over `items`, `concurrency` at a time. */
async function eachLimited<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * The share cards of one build. `startEarly` draws them in a worker thread while Astro builds the
 * pages; `write` writes them all, drawing on this thread whatever the worker did not get to.
 */
export class ShareCardBuild {
  private readonly renderer = new ShareCardRenderer();
  private readonly early = new Map<string, Uint8Array>();
  private earlyDone: Promise<void> = Promise.resolve();
  private readonly keys = new Map<string, string>();
  private readonly cached = new Set<string>();
  readonly cards: PlannedCard[];
  private readonly cache: ShareCardCache | undefined;

  constructor(cards: PlannedCard[], cache?: ShareCardCache) {
    this.cards = cards;
    this.cache = cache;
  }

  private taken: PlannedCard[] | undefined;

  /** Takes the cards the cache has (once); returns the ones still to draw. */
  private fromCache(): PlannedCard[] {
    const { cache } = this;
    if (!cache) return this.cards;
    if (this.taken) return this.taken;
    return (this.taken = this.cards.filter((planned) => {
      const key = cache.keyOf(planned);
      this.keys.set(planned.path, key);
      const image = cache.read(key);
      if (image === undefined) return true;
      this.early.set(planned.path, image);
      this.cached.add(planned.path);
      return false;
    }));
  }

  startEarly(): void {
    const toDraw = this.fromCache();
    if (toDraw.length === 0) return;
    this.earlyDone = new Promise<void>((done) => {
      try {
        const worker = new Worker(new URL('./share-card-worker.ts', import.meta.url), { workerData: toDraw });
        worker.on('message', (message: EarlyCardMessage) => {
          if ('done' in message) return void worker.terminate().then(() => done());
          this.early.set(message.path, message.image);
        });
        // Nothing is lost if the worker fails: write() draws whatever is missing.
        worker.on('error', () => done());
        worker.on('exit', () => done());
      } catch {
        done();
      }
    });
  }

  async write(distDir: string): Promise<WrittenCards> {
    const started = performance.now();
    await this.earlyDone;
    this.fromCache();
    const missing = this.cards.filter(({ path }) => !this.early.has(path));
    await this.renderer.prepare(missing.filter(({ photo }) => photo === undefined).map(({ card }) => card));
    // A few cards in flight: JavaScript draws one while zlib compresses others on the thread pool.
    await eachLimited(this.cards, 4, async (planned) => {
      const image = this.early.get(planned.path) ?? (await drawCard(this.renderer, planned));
      const file = join(distDir, planned.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, image);
      const key = this.keys.get(planned.path);
      if (key !== undefined && !this.cached.has(planned.path)) this.cache?.write(key, image);
    });
    this.cache?.prune();
    this.early.clear();
    return {
      ...this.renderer.stats,
      cards: this.cards.length,
      predicted: this.cards.length - missing.length,
      cached: this.cached.size,
      wallMs: performance.now() - started,
    };
  }
}

/**
 * The share cards of a build of `content` (as the content check read it): the site's name,
 * 主办单位 and address from site.yaml; the worker starts drawing at once.
 */
export function startShareCards(content: { site: { data: unknown }; files: ContentEntry[] }, cacheDir?: string): ShareCardBuild {
  const cache = cacheDir === undefined ? undefined : new ShareCardCache(join(cacheDir, 'share-cards'));
  const build = new ShareCardBuild(plannedCards(content.files, content.site.data as ShareSite), cache);
  build.startEarly();
  return build;
}

/** For the `astro:build:done` hook of src/integration/index.ts: writes the cards and logs what it took. */
export async function writeShareCards(
  build: ShareCardBuild,
  distDir: string,
  logger: { info: (message: string) => void },
): Promise<WrittenCards> {
  const written = await build.write(distDir);
  const photos = build.cards.filter(({ photo }) => photo !== undefined).length;
  logger.info(
    `分享卡片：${written.cards} 张（${photos} 张带照片），其中 ${written.predicted} 张在生成页面时已画好（${written.cached} 张取自上次构建的缓存）；收尾用时 ${Math.round(written.wallMs)} ms（主线程绘制 ${Math.round(written.milliseconds)} ms，字形 ${written.glyphs} 个）`,
  );
  return written;
}
