/**
 * Drawing share cards (src/share-cards/layout.ts lays them out) at build time, cheaply enough for
 * thousands of pages.
 *
 * A text card (an entry without a photo, a section, the site) rendered from its SVG with
 * sharp/librsvg costs about 15 ms (2,000 pages: 30 s). So:
 * - the background of a card (stars, site name, 栏目 label, gold bar) is rendered once per section
 *   with sharp and turned into palette indices;
 * - every character a title uses is rendered once per font size into a glyph atlas with sharp
 *   (librsvg and pango, so the build machine's CJK font, Noto Sans CJK SC);
 * - a card is then a copy of its background with the title's glyphs placed on it in JavaScript, and
 *   a small palette PNG (flat colours compress well) written with node:zlib.
 * About 3 ms of CPU a card.
 *
 * A photo card (an entry with a cover or gallery photo) is a JPEG composed with sharp: the shared
 * background, the photo cut to the safe square (sharp's attention strategy keeps the face or the
 * busiest part), and the site name, 栏目 and title over gradients. About 40 ms a card, for the few
 * entries that have photos.
 */
import sharp from 'sharp';
import { constants as zlibConstants, crc32, deflate, deflateSync } from 'node:zlib';
import { promisify } from 'node:util';
import { charAdvance } from './line-breaking.ts';
import {
  CARD_COLORS,
  CARD_FONT_FAMILY,
  CARD_HEIGHT,
  CARD_WIDTH,
  BOTTOM_SCRIM,
  escapeXml,
  photoHeaderSvg,
  shareCardLayout,
  shareCardSvg,
  type ShareCardText,
} from './layout.ts';

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
  /** Of which photo cards. */
  photoCards: number;
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
  readonly stats: RenderStats = { cards: 0, photoCards: 0, backgrounds: 0, glyphs: 0, milliseconds: 0 };
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

  /** Per header/kicker/footer: a photo card's background (stars, side label, gold bar) as raw RGB. */
  private readonly photoBackgrounds = new Map<string, Promise<Buffer>>();
  /** Per site name: the top of the photo (gradient, star, site name) as raw RGBA. */
  private readonly photoHeaders = new Map<string, Promise<Buffer>>();

  private cached(map: Map<string, Promise<Buffer>>, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    let value = map.get(key);
    if (!value) {
      const started = performance.now();
      value = make().then((buffer) => {
        this.stats.backgrounds++;
        this.stats.milliseconds += performance.now() - started;
        return buffer;
      });
      map.set(key, value);
    }
    return value;
  }

  /** Renders the glyphs of `chars` at `size` that are not in the atlas yet. */
  private ensureGlyphs(size: number, chars: Iterable<string>): Promise<void> {
    const missing = [...new Set(chars)].filter((char) => char.trim() && !this.glyphs.has(`${size}:${char}`));
    if (missing.length === 0) return this.pendingGlyphs;
    this.pendingGlyphs = this.pendingGlyphs.then(async () => {
      const still = missing.filter((char) => !this.glyphs.has(`${size}:${char}`));
      const rendered = await renderGlyphs(still, size, this.fontFamily);
      for (const [char, glyph] of rendered) this.glyphs.set(`${size}:${char}`, glyph);
      this.stats.glyphs += rendered.size;
    });
    return this.pendingGlyphs;
  }

  /**
   * The JPEG of one photo card: `photoFile` cut to the photo box (sharp's attention strategy keeps
   * the face or the busiest part in it), darkened at the top and bottom, the site name over the
   * top and the title, from the glyph atlas, over the bottom.
   */
  async renderPhoto(card: ShareCardText, photoFile: string): Promise<Buffer> {
    const layout = shareCardLayout(card, { photo: true });
    const box = layout.photoBox!;
    const { top, bottom } = layout.scrims!;
    const background = this.cached(this.photoBackgrounds, JSON.stringify([card.header, card.kicker ?? '', card.footer]), () =>
      sharp(Buffer.from(shareCardSvg(card, { photo: true })))
        .removeAlpha()
        .raw()
        .toBuffer(),
    );
    const headerOverlay = this.cached(this.photoHeaders, card.header, () =>
      sharp(Buffer.from(photoHeaderSvg(card)))
        .ensureAlpha()
        .raw()
        .toBuffer(),
    );
    const glyphs = this.ensureGlyphs(layout.title.fontSize, layout.title.lines.join(''));
    // rotate(): a phone photo is stored on its side with an EXIF Orientation; upright it goes.
    // Scaled to cover the box, uncropped; then sharp's attention strategy finds the focal point (a
    // face, the busiest part) and the box is cut so that it sits where the photo shows best:
    // above the title, below the site name (layout.photoFocus).
    const { data: full, info } = await sharp(photoFile)
      .rotate()
      .resize(box.width, box.height, { fit: 'outside' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { info: focus } = await sharp(full, { raw: { width: info.width, height: info.height, channels: 3 } })
      .resize(box.width, box.height, { fit: 'cover', position: 'attention' })
      .toBuffer({ resolveWithObject: true });
    const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));
    const cropLeft = clamp((focus.attentionX ?? info.width / 2) - layout.photoFocus!.x, info.width - box.width);
    const cropTop = clamp((focus.attentionY ?? info.height / 2) - layout.photoFocus!.y, info.height - box.height);
    const rgb = Buffer.from(await background);
    const headerRgba = await headerOverlay;
    await glyphs;
    const started = performance.now();
    const stride = CARD_WIDTH * 3;
    for (let y = 0; y < box.height; y++) {
      const from = ((cropTop + y) * info.width + cropLeft) * 3;
      full.copy(rgb, (box.y + y) * stride + box.x * 3, from, from + box.width * 3);
    }
    // The bottom gradient, row by row.
    const [sr, sg, sb] = BOTTOM_SCRIM.color;
    for (let y = bottom.y; y < bottom.y + bottom.height; y++) {
      const a = BOTTOM_SCRIM.opacity((y - bottom.y) / bottom.height);
      for (let x = bottom.x, p = y * stride + x * 3; x < bottom.x + bottom.width; x++, p += 3) {
        rgb[p] = rgb[p]! + (sr - rgb[p]!) * a;
        rgb[p + 1] = rgb[p + 1]! + (sg - rgb[p + 1]!) * a;
        rgb[p + 2] = rgb[p + 2]! + (sb - rgb[p + 2]!) * a;
      }
    }
    // The top: gradient, star and site name, rendered once.
    for (let y = 0; y < top.height; y++) {
      for (let x = 0; x < top.width; x++) {
        const q = (y * top.width + x) * 4;
        const a = headerRgba[q + 3]! / 255;
        if (a === 0) continue;
        const p = (top.y + y) * stride + (top.x + x) * 3;
        for (let c = 0; c < 3; c++) rgb[p + c] = rgb[p + c]! + (headerRgba[q + c]! - rgb[p + c]!) * a;
      }
    }
    // The title in white.
    for (const line of layout.title.placed) {
      let pen = line.x;
      for (const char of line.text) {
        const glyph = this.glyphs.get(`${line.size}:${char}`);
        if (glyph) {
          for (let k = 0; k < glyph.step.length; k++) {
            const x = Math.round(pen) + glyph.dx[k]!;
            const y = line.y + glyph.dy[k]!;
            if (x < 0 || x >= CARD_WIDTH || y < 0 || y >= CARD_HEIGHT) continue;
            const a = glyph.step[k]! / (STEPS - 1);
            const p = y * stride + x * 3;
            for (let c = 0; c < 3; c++) rgb[p + c] = rgb[p + c]! + (255 - rgb[p + c]!) * a;
          }
        }
        pen += charAdvance(char) * line.size;
      }
    }
    this.stats.milliseconds += performance.now() - started;
    const jpeg = await sharp(rgb, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
      .jpeg({ quality: 82 })
      .toBuffer();
    this.stats.cards++;
    this.stats.photoCards++;
    return jpeg;
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
      else if (under >= LIGHT_RED && under < LIGHT_RED + STEPS)
        rows[at] = (under - LIGHT_RED) * 2 >= STEPS ? WHITE_ON_LIGHT + step : WHITE_ON_RED + step;
      else if (under >= WHITE_ON_LIGHT) rows[at] = Math.max(under, WHITE_ON_LIGHT + step);
      else if (step > STEPS / 2) rows[at] = WHITE_ON_RED + step;
    }
  }
}
