/**
 * Renders share cards (src/lib/share-card.ts lays them out) to PNG at build time, cheaply enough for
 * thousands of pages.
 *
 * Rendering every card's SVG with sharp/librsvg costs about 15 ms a card (2,000 pages: 30 s). So:
 * - the background of a card (star, site name, 栏目 label, gold bar) is rendered once per section
 *   with sharp and turned into palette indices;
 * - every character a title uses is rendered once per font size into a glyph atlas with sharp
 *   (librsvg and pango, so the build machine's CJK font, Noto Sans CJK SC);
 * - a card is then a copy of its background with the title's glyphs placed on it in JavaScript, and
 *   a small palette PNG (flat colours compress well) written with node:zlib, off the main thread.
 * About 3 ms of CPU a card. The cards the content predicts are drawn in a worker thread while
 * Astro renders the pages (ShareCardBuild); after the build the pages' own og:image tags decide
 * what is written, alongside Pagefind's indexing. The build logs the count and time
 * ("分享卡片：…"). Rendering them from an Astro endpoint instead cost about 5 ms more per card in
 * Astro's own per-page work.
 */
import sharp from 'sharp';
import { constants as zlibConstants, crc32, deflate, deflateSync } from 'node:zlib';
import { promisify } from 'node:util';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { COLLECTION_LABELS } from '../model/index.ts';
import {
  CARD_COLORS,
  CARD_FONT_FAMILY,
  CARD_HEIGHT,
  CARD_WIDTH,
  SHARE_SECTIONS,
  charAdvance,
  entryCardPath,
  escapeXml,
  sharePhoto,
  shareCardLayout,
  shareCardSvg,
  type EntryCollection,
  type ShareCardText,
} from '../lib/share-card.ts';

const deflateAsync = promisify(deflate);

// ---------------------------------------------------------------------------------------------
// Palette: ramps between the few colours a card has, 32 steps each (anti-aliased edges).

const STEPS = 32;
type Rgb = [number, number, number];
const hex = (value: string): Rgb => {
  const n = Number.parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const { red, redLight, darkRed, gold, white } = CARD_COLORS;
const RAMPS: [string, string][] = [
  [red, white], // 0: title and site name on red
  [red, gold], // 1: gold star, label and bar edges on red
  [gold, darkRed], // 2: dark red text on gold
  [red, redLight], // 3: the large background star
  [redLight, white], // 4: title over the background star
];
const WHITE_ON_RED = 0;
const LIGHT_RED = 3 * STEPS;
const WHITE_ON_LIGHT = 4 * STEPS;

const PALETTE: Rgb[] = RAMPS.flatMap(([from, to]) => {
  const a = hex(from);
  const b = hex(to);
  return Array.from({ length: STEPS }, (_, step) => {
    const t = step / (STEPS - 1);
    return [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * t)) as Rgb;
  });
});
const PLTE = Buffer.from(PALETTE.flat());

const nearestCache = new Map<number, number>();
function nearest(r: number, g: number, b: number): number {
  const key = (r << 16) | (g << 8) | b;
  let index = nearestCache.get(key);
  if (index === undefined) {
    let bestDistance = Infinity;
    index = 0;
    PALETTE.forEach(([pr, pg, pb], i) => {
      const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        index = i;
      }
    });
    nearestCache.set(key, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// PNG (colour type 3, 8-bit palette)

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * `rows` holds each row prefixed by its filter byte (0, none). `sync` compresses on the calling
 * thread: right for a worker, where the async stream's bookkeeping cost more than the compression.
 */
async function encodePalettePng(width: number, height: number, rows: Buffer, sync: boolean): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // palette
  // Run-length matching suits flat colours: 5× faster than the default for the same size.
  const options = { strategy: zlibConstants.Z_RLE };
  const idat = sync ? deflateSync(rows, options) : await deflateAsync(rows, options);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', PLTE), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------
// Glyphs

interface Glyph {
  /** The inked pixels only, relative to the pen position on the baseline, with their coverage step. */
  dx: Int16Array;
  dy: Int16Array;
  step: Uint8Array;
}

function cellOf(size: number) {
  const originX = Math.ceil(size * 0.12);
  const baseline = Math.ceil(size * 1.1);
  return { originX, baseline, width: Math.ceil(size * 1.1) + 2 * originX, height: baseline + Math.ceil(size * 0.35) };
}

/** Renders glyphs of one size in batches, one sharp call per batch. */
async function renderGlyphs(chars: string[], size: number, fontFamily: string): Promise<Map<string, Glyph>> {
  const cell = cellOf(size);
  const columns = Math.max(1, Math.floor(4000 / cell.width));
  const result = new Map<string, Glyph>();
  const batchSize = columns * 12;
  for (let start = 0; start < chars.length; start += batchSize) {
    const batch = chars.slice(start, start + batchSize);
    const rows = Math.ceil(batch.length / columns);
    const width = columns * cell.width;
    const height = rows * cell.height;
    const texts = batch.map((char, i) => {
      const x = (i % columns) * cell.width + cell.originX;
      const y = Math.floor(i / columns) * cell.height + cell.baseline;
      return `<text x="${x}" y="${y}">${escapeXml(char)}</text>`;
    });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g font-family="${escapeXml(fontFamily)}" font-weight="700" font-size="${size}" fill="#fff">${texts.join('')}</g></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer({ resolveWithObject: true });
    batch.forEach((char, i) => {
      const left = (i % columns) * cell.width;
      const top = Math.floor(i / columns) * cell.height;
      const dx: number[] = [];
      const dy: number[] = [];
      const steps: number[] = [];
      for (let y = 0; y < cell.height; y++) {
        for (let x = 0; x < cell.width; x++) {
          const a = data[(top + y) * info.width + left + x]!;
          if (a < 4) continue;
          dx.push(x - cell.originX);
          dy.push(y - cell.baseline);
          steps.push(Math.round((a * (STEPS - 1)) / 255));
        }
      }
      result.set(char, { dx: Int16Array.from(dx), dy: Int16Array.from(dy), step: Uint8Array.from(steps) });
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

export interface RenderStats {
  cards: number;
  backgrounds: number;
  glyphs: number;
  milliseconds: number;
}

export class ShareCardRenderer {
  /** Per header/kicker/footer: the background as PNG rows, each with its filter byte. */
  private readonly backgrounds = new Map<string, Promise<Buffer>>();
  private readonly layouts = new WeakMap<ShareCardText, ReturnType<typeof shareCardLayout>>();
  /** Row buffers (750 KB each) reused across cards: one per card in flight, not one per card. */
  private readonly spare: Buffer[] = [];
  private readonly glyphs = new Map<string, Glyph>();
  private pendingGlyphs: Promise<void> = Promise.resolve();
  readonly stats: RenderStats = { cards: 0, backgrounds: 0, glyphs: 0, milliseconds: 0 };
  private readonly fontFamily: string;

  /** Compress on this thread (in a worker) rather than on the thread pool (on the main thread). */
  private readonly syncCompression: boolean;

  constructor(fontFamily = CARD_FONT_FAMILY, { syncCompression = false } = {}) {
    this.syncCompression = syncCompression;
    this.fontFamily = fontFamily;
  }

  /** Renders, in few sharp calls, every glyph the given cards need. Optional: render() does it too. */
  prepare(cards: ShareCardText[]): Promise<void> {
    const wanted = new Map<number, Set<string>>();
    for (const card of cards) {
      const { title } = this.layout(card);
      for (const line of title.placed) {
        for (const char of line.text) {
          if (char.trim() && !this.glyphs.has(`${title.fontSize}:${char}`)) {
            if (!wanted.has(title.fontSize)) wanted.set(title.fontSize, new Set());
            wanted.get(title.fontSize)!.add(char);
          }
        }
      }
    }
    if (wanted.size === 0) return this.pendingGlyphs;
    this.pendingGlyphs = this.pendingGlyphs.then(async () => {
      const started = performance.now();
      for (const [size, chars] of wanted) {
        const missing = [...chars].filter((char) => !this.glyphs.has(`${size}:${char}`));
        const rendered = await renderGlyphs(missing, size, this.fontFamily);
        for (const [char, glyph] of rendered) this.glyphs.set(`${size}:${char}`, glyph);
        this.stats.glyphs += rendered.size;
      }
      this.stats.milliseconds += performance.now() - started;
    });
    return this.pendingGlyphs;
  }

  private layout(card: ShareCardText) {
    let layout = this.layouts.get(card);
    if (!layout) {
      layout = shareCardLayout(card);
      this.layouts.set(card, layout);
    }
    return layout;
  }

  private background(card: ShareCardText): Promise<Buffer> {
    const key = JSON.stringify([card.header, card.kicker ?? '', card.footer]);
    let background = this.backgrounds.get(key);
    if (!background) {
      background = (async () => {
        const started = performance.now();
        const svg = shareCardSvg({ ...card, title: '' }, { withTitle: false });
        const { data } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        const rows = Buffer.alloc((CARD_WIDTH + 1) * CARD_HEIGHT);
        for (let y = 0, p = 0; y < CARD_HEIGHT; y++) {
          for (let x = 0; x < CARD_WIDTH; x++, p += 3) rows[y * (CARD_WIDTH + 1) + 1 + x] = nearest(data[p]!, data[p + 1]!, data[p + 2]!);
        }
        this.stats.backgrounds++;
        this.stats.milliseconds += performance.now() - started;
        return rows;
      })();
      this.backgrounds.set(key, background);
    }
    return background;
  }

  /** The PNG of one card. */
  async render(card: ShareCardText): Promise<Buffer> {
    const background = this.background(card);
    await this.prepare([card]);
    const base = await background;
    const started = performance.now();
    const rows = this.spare.pop() ?? Buffer.allocUnsafe(base.length);
    rows.set(base);
    const { title } = this.layout(card);
    for (const line of title.placed) {
      let pen = line.x;
      for (const char of line.text) {
        const glyph = this.glyphs.get(`${title.fontSize}:${char}`);
        if (glyph) this.blit(rows, glyph, Math.round(pen), line.y);
        pen += charAdvance(char) * title.fontSize;
      }
    }
    const blitted = performance.now();
    const png = await encodePalettePng(CARD_WIDTH, CARD_HEIGHT, rows, this.syncCompression);
    this.spare.push(rows);
    this.stats.cards++;
    // Main-thread time only: deflate runs on the thread pool, in parallel with the build.
    this.stats.milliseconds += blitted - started;
    return png;
  }

  /** White text over the background: the coverage picks a step of the matching ramp. */
  private blit(rows: Buffer, glyph: Glyph, penX: number, baseline: number) {
    const rowBytes = CARD_WIDTH + 1;
    const { dx, dy, step: steps } = glyph;
    for (let k = 0; k < steps.length; k++) {
      const x = penX + dx[k]!;
      const y = baseline + dy[k]!;
      if (x < 0 || x >= CARD_WIDTH || y < 0 || y >= CARD_HEIGHT) continue;
      const at = y * rowBytes + 1 + x;
      const step = steps[k]!;
      const under = rows[at]!;
      if (under < STEPS) rows[at] = Math.max(under, WHITE_ON_RED + step);
      else if (under >= LIGHT_RED && under < LIGHT_RED + STEPS) rows[at] = (under - LIGHT_RED) * 2 >= STEPS ? WHITE_ON_LIGHT + step : WHITE_ON_RED + step;
      else if (under >= WHITE_ON_LIGHT) rows[at] = Math.max(under, WHITE_ON_LIGHT + step);
      else if (step > STEPS / 2) rows[at] = WHITE_ON_RED + step;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Build step: every card the built pages ask for

export interface ShareCardSite {
  name: string;
  host: string;
  baseUrl: string;
}

export interface WrittenCards extends RenderStats {
  /** Wall-clock time of the whole step, scanning pages included. */
  wallMs: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

function metaContent(head: string, property: string): string | undefined {
  const match = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(head);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** Which card a /og/… path is, given the title of a page that shares it. */
export function cardFor(path: string, pageTitle: string, site: ShareCardSite, collectionLabels: Record<string, string>): ShareCardText | undefined {
  const footer = new URL(site.baseUrl).host;
  const parts = path.replace(/^\/og\/|\.png$/g, '').split('/');
  if (parts.length === 1 && parts[0] === 'site') return { title: site.name, header: site.host, footer };
  if (parts.length === 1 && SHARE_SECTIONS[parts[0]!]) return { title: SHARE_SECTIONS[parts[0]!]!, header: site.name, footer };
  if (parts.length === 2 && collectionLabels[parts[0]!]) return { title: pageTitle, kicker: collectionLabels[parts[0]!], header: site.name, footer };
  return undefined;
}

/** Runs `task` over `items`, `concurrency` at a time. */
async function eachLimited<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** An entry as the content folder has it: enough to tell whether its page will want a card. */
export interface ContentEntry {
  collection: string;
  id: string;
  data: unknown;
}

/**
 * The cards the entry pages will ask for, known from the content before any page is built:
 * published entries without a share photo (Head.astro gives those a photo crop instead).
 */
export function expectedEntryCards(entries: ContentEntry[], site: ShareCardSite, collectionLabels: Record<string, string>): Map<string, ShareCardText> {
  const cards = new Map<string, ShareCardText>();
  for (const { collection, id, data } of entries) {
    if (!data || typeof data !== 'object') continue;
    const fields = data as { title?: unknown; draft?: unknown; cover?: unknown; coverAlt?: string; gallery?: { src: unknown; alt: string }[] };
    if (fields.draft === true || typeof fields.title !== 'string' || sharePhoto(fields)) continue;
    const path = entryCardPath(collection as EntryCollection, id);
    const card = cardFor(path, fields.title, site, collectionLabels);
    if (card) cards.set(path, card);
  }
  return cards;
}

/** What the early worker (share-card-worker.ts) sends back: one drawn card, or that it is done. */
export type EarlyCardMessage = { path: string; key: string; png: Uint8Array } | { done: true };

/** The identity of a card's content: a card drawn early is used only for exactly the same text. */
export const cardKey = (card: ShareCardText) => JSON.stringify([card.title, card.kicker ?? '', card.header, card.footer]);

/**
 * The share cards of one build. `startEarly` draws, in a worker thread, the cards the content
 * predicts while Astro builds the pages: page rendering keeps the main thread busy and leaves the
 * second core mostly idle. `write` then writes exactly the cards the built pages ask for (their
 * og:image tags): a predicted card is used only if its text matches the page's; any other is drawn
 * then, and a predicted card no page asks for (a draft, say) is never written.
 */
export class ShareCardBuild {
  private readonly renderer = new ShareCardRenderer();
  private readonly early = new Map<string, { key: string; png: Uint8Array }>();
  private earlyDone: Promise<void> = Promise.resolve();

  readonly site: ShareCardSite;
  readonly collectionLabels: Record<string, string>;

  constructor(site: ShareCardSite, collectionLabels: Record<string, string>) {
    this.site = site;
    this.collectionLabels = collectionLabels;
  }

  startEarly(cards: Map<string, ShareCardText>): void {
    if (cards.size === 0) return;
    this.earlyDone = new Promise<void>((done) => {
      try {
        const worker = new Worker(new URL('./share-card-worker.ts', import.meta.url), { workerData: [...cards] });
        worker.on('message', (message: EarlyCardMessage) => {
          if ('done' in message) return void worker.terminate().then(() => done());
          this.early.set(message.path, { key: message.key, png: message.png });
        });
        // Nothing is lost if the worker fails: write() draws whatever is missing.
        worker.on('error', () => done());
        worker.on('exit', () => done());
      } catch {
        done();
      }
    });
  }

  async write(distDir: string): Promise<WrittenCards & { predicted: number }> {
    const started = performance.now();
    await this.earlyDone;
    const wanted = new Map<string, ShareCardText>();
    const ogPrefix = new URL('/og/', this.site.baseUrl).href;
    const pages = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
    for (const file of pages) {
      const html = await readFile(join(distDir, file), 'utf8');
      const end = html.indexOf('</head>');
      const head = end >= 0 ? html.slice(0, end) : html;
      const image = metaContent(head, 'og:image');
      if (!image?.startsWith(ogPrefix)) continue;
      const path = new URL(image).pathname;
      if (wanted.has(path)) continue;
      const card = cardFor(path, metaContent(head, 'og:title') ?? this.site.name, this.site, this.collectionLabels);
      if (card) wanted.set(path, card);
    }
    const cards = [...wanted];
    const missing = cards.filter(([path, card]) => this.early.get(path)?.key !== cardKey(card)).map(([, card]) => card);
    await this.renderer.prepare(missing);
    // A few cards in flight: JavaScript draws one while zlib compresses others on the thread pool.
    await eachLimited(cards, 4, async ([path, card]) => {
      const early = this.early.get(path);
      const png = early?.key === cardKey(card) ? early.png : await this.renderer.render(card);
      const file = join(distDir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, png);
    });
    this.early.clear();
    return { ...this.renderer.stats, cards: cards.length, predicted: cards.length - missing.length, wallMs: performance.now() - started };
  }
}

/**
 * The share cards of a build of `content` (as the content check read it): the site's name,
 * 主办单位 and address from site.yaml, the 栏目 names from the schema; the predicted entry cards
 * start drawing at once.
 */
export function startShareCards(content: { site: { data: unknown }; files: ContentEntry[] }): ShareCardBuild {
  const build = new ShareCardBuild(content.site.data as ShareCardSite, COLLECTION_LABELS);
  build.startEarly(expectedEntryCards(content.files, build.site, build.collectionLabels));
  return build;
}

/** For the `astro:build:done` hook of src/integration/index.ts: writes the cards and logs what it took. */
export async function writeShareCards(build: ShareCardBuild, distDir: string, logger: { info: (message: string) => void }): Promise<WrittenCards> {
  const written = await build.write(distDir);
  logger.info(
    `分享卡片：${written.cards} 张，其中 ${written.predicted} 张在生成页面时已画好；收尾用时 ${Math.round(written.wallMs)} ms（主线程绘制 ${Math.round(written.milliseconds)} ms，字形 ${written.glyphs} 个）`,
  );
  return written;
}
