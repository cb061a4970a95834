/**
 * Draws the illustrative demo photos that the demo content references.
 *
 *   ./node_modules/.bin/node scripts/dev/make-demo-photos.ts            write only the images that are missing
 *   ./node_modules/.bin/node scripts/dev/make-demo-photos.ts --force    redraw every referenced image
 *   ./node_modules/.bin/node scripts/dev/make-demo-photos.ts --dry-run  list what would be drawn
 *
 * It reads every `content/<collection>/<slug>/index.mdx`, takes the `cover` and `gallery[].src` paths from
 * its frontmatter and renders a simple scene for each one from SVG with sharp. The scene (营区, 烈士陵园,
 * 座谈会, 校园, 田野, 义诊, 抗洪, 乡村, 县城, 展厅, 大棚, 人物肖像) is chosen from the image's Chinese alt
 * text and the entry's collection; colours and composition come from a random generator seeded by the
 * image's path, so the same path always gives the same picture. The images contain no text.
 *
 * Without --force it never overwrites an existing file, so real photos that staff put in place are safe.
 * SITE_CONTENT_DIR points it at another content folder, as everywhere else.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { COLLECTIONS } from '../../src/model/index.ts';
import { listEntries, readContentFile } from '../../src/content-layer/read-content.ts';

const CONTENT = resolve(process.env.SITE_CONTENT_DIR || 'content');
const LANDSCAPE = { w: 1600, h: 1067 };
const PORTRAIT = { w: 1200, h: 1500 };
const QUALITY = 78;
const RED = '#c8161d';
const GOLD = '#f2c230';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed || 1;
  }
  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.range(min, max + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// Colour helpers

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function rgbToHex([r, g, b]: [number, number, number]): string {
  const c = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}
/** Mix two colours: t = 0 gives a, t = 1 gives b. */
function mix(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return rgbToHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}
const shade = (c: string, t: number) => (t >= 0 ? mix(c, '#ffffff', t) : mix(c, '#000000', -t));
const f = (n: number) => n.toFixed(1);

// ---------------------------------------------------------------------------------------------
// Palettes

interface Palette {
  skyTop: string;
  skyBottom: string;
  hillFar: string;
  hillNear: string;
  ground: string;
  sun: string;
}
const PALETTES: Record<'day' | 'warm' | 'winter' | 'solemn' | 'golden' | 'storm', Palette[]> = {
  day: [
    { skyTop: '#5b9bd5', skyBottom: '#d7ecf7', hillFar: '#9bbcc9', hillNear: '#6f9a6a', ground: '#8fb36b', sun: '#fff4c8' },
    { skyTop: '#3f86c6', skyBottom: '#e6f2f8', hillFar: '#a7c4cf', hillNear: '#5f8f5e', ground: '#9cbf72', sun: '#fffbe0' },
    { skyTop: '#6aa8d8', skyBottom: '#f3efe0', hillFar: '#b3c7c2', hillNear: '#7a9a5c', ground: '#a9c07a', sun: '#fff0b8' },
  ],
  warm: [
    { skyTop: '#e98a5b', skyBottom: '#fbe3b8', hillFar: '#c79a8a', hillNear: '#8a6f5a', ground: '#b89b6a', sun: '#fff2c4' },
    { skyTop: '#d9735a', skyBottom: '#f8d9a8', hillFar: '#b99089', hillNear: '#7c6a58', ground: '#c2a46e', sun: '#ffe9b0' },
  ],
  winter: [
    { skyTop: '#8fb3d1', skyBottom: '#eef3f6', hillFar: '#c3cfd8', hillNear: '#9aa9a8', ground: '#e9eef0', sun: '#ffffff' },
    { skyTop: '#7aa1c4', skyBottom: '#f2f0ea', hillFar: '#b8c6cf', hillNear: '#8f9e94', ground: '#dfe6e2', sun: '#fffaf0' },
  ],
  solemn: [
    { skyTop: '#8e9ba6', skyBottom: '#dfe3e2', hillFar: '#a9b3b0', hillNear: '#5e7465', ground: '#7f9271', sun: '#f4f4ee' },
    { skyTop: '#9aa8b0', skyBottom: '#e8e8e0', hillFar: '#b1b9b2', hillNear: '#56705c', ground: '#86996f', sun: '#f7f5ec' },
  ],
  golden: [
    { skyTop: '#4f95d0', skyBottom: '#f6ecd0', hillFar: '#b0c3c0', hillNear: '#8ea05a', ground: '#d8b24a', sun: '#fff3c0' },
    { skyTop: '#5ea2d6', skyBottom: '#fbf0d2', hillFar: '#bccac0', hillNear: '#97a35a', ground: '#e0ba50', sun: '#fff6d0' },
  ],
  storm: [{ skyTop: '#5b6670', skyBottom: '#a9b1b3', hillFar: '#7d8a87', hillNear: '#56665a', ground: '#8a7a5c', sun: '#dfe3e4' }],
};

const CIVILIAN = ['#2f3e56', '#4a4a58', '#6b4f3f', '#38506b', '#5a3f4d', '#3d5a4c', '#7a5b3a', '#2d4a5e', '#8a3b3b', '#555f6e'];
const SOLDIER = ['#4b5d3a', '#56683f', '#465636'];
const POLICE = ['#3b5236', '#41593a'];
const VEST = '#f08a1c';

// ---------------------------------------------------------------------------------------------
// Shapes

interface PersonOpts {
  color: string;
  cap?: string | undefined;
  child?: boolean;
  scarf?: boolean;
  bend?: boolean;
  armUp?: boolean;
  seated?: boolean;
  hair?: string;
  skin?: string;
}

/** A simple standing (or bending, or seated) figure whose feet touch y. h is the full height. */
function person(x: number, y: number, h: number, o: PersonOpts): string {
  const skin = o.skin ?? '#e2b48c';
  const hair = o.hair ?? '#2a2623';
  const headR = h * (o.child ? 0.11 : 0.085);
  const legH = o.seated ? 0 : h * 0.42;
  const bodyH = h * (o.child ? 0.36 : 0.38);
  const shoulder = h * (o.child ? 0.13 : 0.15);
  const hip = shoulder * 0.82;
  const parts: string[] = [];
  const bodyBottom = y - legH;
  const bodyTop = bodyBottom - bodyH;
  const lean = o.bend ? h * 0.16 : 0;
  const headCx = x + lean * 1.3;
  const headCy = bodyTop - headR * 0.95 + (o.bend ? h * 0.08 : 0);
  if (!o.seated) {
    const legW = hip * 0.42;
    const legColor = shade(o.color, -0.25);
    parts.push(
      `<rect x="${f(x - hip + 2)}" y="${f(bodyBottom - 2)}" width="${f(legW)}" height="${f(legH + 2)}" rx="${f(legW / 3)}" fill="${legColor}"/>`,
    );
    parts.push(
      `<rect x="${f(x + hip - legW - 2)}" y="${f(bodyBottom - 2)}" width="${f(legW)}" height="${f(legH + 2)}" rx="${f(legW / 3)}" fill="${legColor}"/>`,
    );
  }
  // torso as a rounded trapezoid, leaning forward when bending
  parts.push(
    `<path d="M${f(x - hip)} ${f(bodyBottom)} L${f(x - shoulder + lean)} ${f(bodyTop + shoulder * 0.35)} Q${f(x + lean)} ${f(bodyTop - shoulder * 0.25)} ${f(x + shoulder + lean)} ${f(bodyTop + shoulder * 0.35)} L${f(x + hip)} ${f(bodyBottom)} Z" fill="${o.color}"/>`,
  );
  if (o.armUp) {
    parts.push(
      `<rect x="${f(x + shoulder * 0.7 + lean)}" y="${f(bodyTop - h * 0.22)}" width="${f(shoulder * 0.38)}" height="${f(h * 0.3)}" rx="${f(shoulder * 0.18)}" fill="${o.color}"/>`,
    );
  }
  if (o.scarf) {
    parts.push(
      `<path d="M${f(x - shoulder * 0.55 + lean)} ${f(bodyTop + shoulder * 0.1)} L${f(x + shoulder * 0.55 + lean)} ${f(bodyTop + shoulder * 0.1)} L${f(x + lean)} ${f(bodyTop + shoulder * 0.9)} Z" fill="${RED}"/>`,
    );
  }
  parts.push(`<circle cx="${f(headCx)}" cy="${f(headCy)}" r="${f(headR)}" fill="${skin}"/>`);
  if (o.cap) {
    parts.push(
      `<path d="M${f(headCx - headR * 1.05)} ${f(headCy - headR * 0.15)} A${f(headR * 1.05)} ${f(headR * 1.05)} 0 0 1 ${f(headCx + headR * 1.05)} ${f(headCy - headR * 0.15)} L${f(headCx + headR * 1.35)} ${f(headCy - headR * 0.05)} L${f(headCx - headR * 1.05)} ${f(headCy - headR * 0.05)} Z" fill="${o.cap}"/>`,
    );
    parts.push(`<circle cx="${f(headCx)}" cy="${f(headCy - headR * 0.55)}" r="${f(headR * 0.16)}" fill="${GOLD}"/>`);
  } else {
    parts.push(
      `<path d="M${f(headCx - headR)} ${f(headCy - headR * 0.05)} A${f(headR)} ${f(headR)} 0 0 1 ${f(headCx + headR)} ${f(headCy - headR * 0.05)} Q${f(headCx)} ${f(headCy - headR * 0.55)} ${f(headCx - headR)} ${f(headCy - headR * 0.05)} Z" fill="${hair}"/>`,
    );
  }
  return `<g>${parts.join('')}</g>`;
}

function crowd(rng: Rng, opts: { x0: number; x1: number; y: number; h: number; n: number; kinds: PersonOpts[]; jitterY?: number }): string {
  const out: string[] = [];
  const step = (opts.x1 - opts.x0) / Math.max(1, opts.n - 1);
  for (let i = 0; i < opts.n; i++) {
    const x = opts.x0 + step * i + rng.range(-step * 0.25, step * 0.25);
    const y = opts.y + rng.range(-(opts.jitterY ?? 0), opts.jitterY ?? 0);
    const kind = rng.pick(opts.kinds);
    out.push(person(x, y, opts.h * rng.range(0.93, 1.06), { ...kind, color: kind.color }));
  }
  return out.join('');
}

/** A smooth ridge line: a sum of a few sine waves with random phases, sampled across the width. */
function hills(rng: Rng, w: number, baseY: number, amp: number, color: string, bumps: number): string {
  const waves = [0, 1, 2].map((k) => ({
    freq: bumps * (k + 1) * rng.range(0.7, 1.1),
    phase: rng.range(0, Math.PI * 2),
    weight: 1 / (k + 1.4),
  }));
  const total = waves.reduce((sum, wave) => sum + wave.weight, 0);
  const pts: string[] = [];
  const n = 48;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const v = waves.reduce((sum, wave) => sum + wave.weight * (0.5 + 0.5 * Math.sin(wave.freq * Math.PI * t + wave.phase)), 0) / total;
    pts.push(`${i === 0 ? 'M' : 'L'}${f(w * t)} ${f(baseY - amp * v)}`);
  }
  return `<path d="${pts.join(' ')} L${w} ${f(baseY + 2000)} L0 ${f(baseY + 2000)} Z" fill="${color}"/>`;
}

function clouds(rng: Rng, w: number, h: number, n: number, color = '#ffffff'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const cx = rng.range(0, w);
    const cy = rng.range(h * 0.06, h * 0.3);
    const s = rng.range(0.6, 1.4);
    out.push(
      `<g opacity="${f(rng.range(0.55, 0.9))}" fill="${color}"><ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(90 * s)}" ry="${f(26 * s)}"/><ellipse cx="${f(cx - 40 * s)}" cy="${f(cy - 10 * s)}" rx="${f(50 * s)}" ry="${f(30 * s)}"/><ellipse cx="${f(cx + 30 * s)}" cy="${f(cy - 18 * s)}" rx="${f(44 * s)}" ry="${f(32 * s)}"/></g>`,
    );
  }
  return out.join('');
}

function flag(x: number, groundY: number, poleH: number, size: number, withStar: boolean): string {
  const top = groundY - poleH;
  const fw = size * 1.5;
  const fh = size;
  let s = `<rect x="${f(x - 3)}" y="${f(top)}" width="6" height="${f(poleH)}" fill="#d9d9d9"/><circle cx="${f(x)}" cy="${f(top)}" r="6" fill="${GOLD}"/>`;
  s += `<path d="M${f(x + 3)} ${f(top + 6)} Q${f(x + fw * 0.3)} ${f(top - fh * 0.08)} ${f(x + fw * 0.55)} ${f(top + 6)} T${f(x + fw)} ${f(top + 6)} L${f(x + fw)} ${f(top + fh)} Q${f(x + fw * 0.75)} ${f(top + fh - fh * 0.1)} ${f(x + fw * 0.55)} ${f(top + fh)} T${f(x + 3)} ${f(top + fh)} Z" fill="${RED}"/>`;
  if (withStar) s += star(x + fw * 0.2, top + fh * 0.3, fh * 0.16, GOLD);
  return s;
}

function star(cx: number, cy: number, r: number, color: string): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    pts.push(`${f(cx + rr * Math.cos(a))},${f(cy + rr * Math.sin(a))}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${color}"/>`;
}

function tree(x: number, y: number, h: number, color: string, kind: 'cypress' | 'round'): string {
  const trunk = `<rect x="${f(x - h * 0.03)}" y="${f(y - h * 0.25)}" width="${f(h * 0.06)}" height="${f(h * 0.25)}" fill="#5a4632"/>`;
  if (kind === 'cypress') {
    return `${trunk}<path d="M${f(x)} ${f(y - h)} C${f(x + h * 0.2)} ${f(y - h * 0.6)} ${f(x + h * 0.18)} ${f(y - h * 0.25)} ${f(x)} ${f(y - h * 0.18)} C${f(x - h * 0.18)} ${f(y - h * 0.25)} ${f(x - h * 0.2)} ${f(y - h * 0.6)} ${f(x)} ${f(y - h)} Z" fill="${color}"/>`;
  }
  return `${trunk}<circle cx="${f(x)}" cy="${f(y - h * 0.58)}" r="${f(h * 0.3)}" fill="${color}"/><circle cx="${f(x - h * 0.16)}" cy="${f(y - h * 0.45)}" r="${f(h * 0.2)}" fill="${shade(color, -0.08)}"/><circle cx="${f(x + h * 0.17)}" cy="${f(y - h * 0.47)}" r="${f(h * 0.21)}" fill="${shade(color, 0.06)}"/>`;
}

function building(
  x: number,
  y: number,
  w: number,
  h: number,
  wall: string,
  roof: string,
  rng: Rng,
  opts: { windows?: boolean; pitched?: boolean } = {},
): string {
  let s = `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${wall}"/>`;
  if (opts.pitched) {
    s += `<path d="M${f(x - w * 0.06)} ${f(y - h)} L${f(x + w / 2)} ${f(y - h - h * 0.35)} L${f(x + w * 1.06)} ${f(y - h)} Z" fill="${roof}"/>`;
  } else {
    s += `<rect x="${f(x - 6)}" y="${f(y - h - 10)}" width="${f(w + 12)}" height="12" fill="${roof}"/>`;
  }
  if (opts.windows !== false) {
    const cols = Math.max(2, Math.floor(w / 46));
    const rows = Math.max(1, Math.floor((h - 30) / 56));
    const gw = w / cols;
    const gh = (h - 30) / rows;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = rng.chance(0.25);
        s += `<rect x="${f(x + c * gw + gw * 0.22)}" y="${f(y - h + 14 + r * gh + gh * 0.18)}" width="${f(gw * 0.56)}" height="${f(gh * 0.52)}" fill="${lit ? '#f7e7b5' : '#8fb0c4'}" opacity="0.9"/>`;
      }
    }
  }
  return s;
}

function lantern(x: number, y: number, r: number): string {
  return `<line x1="${f(x)}" y1="${f(y - r * 1.8)}" x2="${f(x)}" y2="${f(y - r)}" stroke="#7a5a2a" stroke-width="2"/><rect x="${f(x - r * 0.45)}" y="${f(y - r * 1.08)}" width="${f(r * 0.9)}" height="${f(r * 0.22)}" fill="${GOLD}"/><ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r)}" ry="${f(r * 0.85)}" fill="${RED}"/><rect x="${f(x - r * 0.45)}" y="${f(y + r * 0.78)}" width="${f(r * 0.9)}" height="${f(r * 0.2)}" fill="${GOLD}"/><line x1="${f(x)}" y1="${f(y + r * 0.98)}" x2="${f(x)}" y2="${f(y + r * 1.6)}" stroke="${GOLD}" stroke-width="3"/>`;
}

function wreath(x: number, y: number, r: number, rng: Rng): string {
  let s = `<rect x="${f(x - 3)}" y="${f(y)}" width="6" height="${f(r * 1.6)}" fill="#6b5b3e"/><circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="#2f6a3c"/>`;
  const n = 14;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    s += `<circle cx="${f(x + r * 0.8 * Math.cos(a))}" cy="${f(y + r * 0.8 * Math.sin(a))}" r="${f(r * 0.2)}" fill="${rng.pick(['#ffffff', '#f6f1d8', '#f3d34a'])}"/>`;
  }
  s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r * 0.48)}" fill="#f4f1e6"/>`;
  s += `<path d="M${f(x - r * 0.25)} ${f(y + r * 0.5)} L${f(x - r * 0.45)} ${f(y + r * 1.5)} L${f(x - r * 0.05)} ${f(y + r * 0.7)} Z M${f(x + r * 0.25)} ${f(y + r * 0.5)} L${f(x + r * 0.45)} ${f(y + r * 1.5)} L${f(x + r * 0.05)} ${f(y + r * 0.7)} Z" fill="${RED}"/>`;
  return s;
}

function sky(w: number, h: number, p: Palette, rng: Rng, horizon: number): string {
  const sunX = rng.range(w * 0.15, w * 0.85);
  const sunY = rng.range(h * 0.1, horizon * 0.45);
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/></linearGradient><radialGradient id="sun"><stop offset="0" stop-color="${p.sun}" stop-opacity="1"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient><linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.ground}"/><stop offset="1" stop-color="${shade(p.ground, -0.18)}"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#sky)"/><circle cx="${f(sunX)}" cy="${f(sunY)}" r="${f(h * 0.16)}" fill="url(#sun)"/><circle cx="${f(sunX)}" cy="${f(sunY)}" r="${f(h * 0.045)}" fill="${p.sun}"/>`;
}

function landscape(w: number, h: number, p: Palette, rng: Rng, horizon: number): string {
  return (
    sky(w, h, p, rng, horizon) +
    clouds(rng, w, h, rng.int(2, 5)) +
    hills(rng, w, horizon - h * 0.02, h * rng.range(0.1, 0.2), p.hillFar, rng.int(2, 4)) +
    hills(rng, w, horizon + h * 0.02, h * rng.range(0.05, 0.1), p.hillNear, rng.int(3, 6)) +
    `<rect x="0" y="${f(horizon + h * 0.02)}" width="${w}" height="${f(h - horizon)}" fill="url(#ground)"/>`
  );
}

function kidsAndSoldiers(rng: Rng, soldierShare: number): PersonOpts[] {
  const kinds: PersonOpts[] = [];
  for (let i = 0; i < 10; i++) {
    if (rng.chance(soldierShare)) kinds.push({ color: rng.pick(SOLDIER), cap: shade(rng.pick(SOLDIER), -0.1) });
    else kinds.push({ color: rng.pick(['#ffffff', '#2f5fa5', '#e8e8e8', '#3a68b0']), child: true, scarf: true, hair: '#1f1b18' });
  }
  return kinds;
}

// ---------------------------------------------------------------------------------------------
// Scenes: each returns the inner SVG for a w × h canvas.

/** text is the image's alt text plus the entry's type and title, for seasonal touches (春节 → 冬景和灯笼). */
type Scene = (w: number, h: number, rng: Rng, text: string) => string;
const festive = (text: string) => /春节|新春|春联|灯笼|年画|元旦|年夜饭/.test(text);

const scenes: Record<string, Scene> = {
  camp(w, h, rng, text) {
    const p = rng.pick(
      festive(text) ? PALETTES.winter : /八一|夏|防暑/.test(text) ? PALETTES.day : rng.chance(0.3) ? PALETTES.warm : PALETTES.day,
    );
    const horizon = h * rng.range(0.5, 0.58);
    let s = landscape(w, h, p, rng, horizon);
    const wall = rng.pick(['#d9d2bf', '#cfd6cc', '#e0d8c6']);
    const roof = rng.pick(['#56683f', '#7a3b32', '#5d6b78']);
    const bx = rng.range(w * 0.05, w * 0.3);
    s += building(bx, horizon + h * 0.06, w * 0.34, h * 0.2, wall, roof, rng);
    s += building(bx + w * 0.38, horizon + h * 0.06, w * 0.26, h * 0.15, shade(wall, -0.05), roof, rng);
    // training ground
    s += `<rect x="0" y="${f(horizon + h * 0.06)}" width="${w}" height="${f(h)}" fill="${rng.pick(['#b8a27a', '#a99370', '#c2ae85'])}"/>`;
    s += flag(w * rng.range(0.72, 0.9), horizon + h * 0.06, h * 0.42, h * 0.09, rng.chance(0.5));
    if (festive(text)) for (let i = 0; i < 4; i++) s += lantern(bx + w * (0.04 + i * 0.09), horizon - h * 0.12, h * 0.028);
    const rows = rng.int(2, 3);
    for (let r = 0; r < rows; r++) {
      const y = horizon + h * (0.2 + r * 0.13);
      s += crowd(rng, {
        x0: w * 0.12,
        x1: w * 0.88,
        y,
        h: h * (0.2 + r * 0.05),
        n: rng.int(7, 10),
        kinds: [{ color: rng.pick(SOLDIER), cap: SOLDIER[2] }],
      });
    }
    if (rng.chance(0.6))
      s +=
        person(w * 0.08, h * 0.97, h * 0.4, { color: rng.pick(CIVILIAN) }) +
        person(w * 0.17, h * 0.98, h * 0.38, { color: rng.pick(CIVILIAN) });
    return s;
  },

  memorial(w, h, rng) {
    const p = rng.pick(PALETTES.solemn);
    const horizon = h * rng.range(0.55, 0.62);
    let s = landscape(w, h, p, rng, horizon);
    const cx = w * rng.range(0.42, 0.58);
    const baseY = horizon + h * 0.12;
    // steps
    for (let i = 0; i < 4; i++) {
      const sw = w * (0.34 - i * 0.06);
      s += `<rect x="${f(cx - sw / 2)}" y="${f(baseY - i * h * 0.025)}" width="${f(sw)}" height="${f(h * 0.025)}" fill="${shade('#cfcac0', -i * 0.04)}"/>`;
    }
    const top = baseY - 4 * h * 0.025;
    const mh = h * rng.range(0.42, 0.5);
    const mw = w * 0.045;
    s += `<path d="M${f(cx - mw)} ${f(top)} L${f(cx - mw * 0.7)} ${f(top - mh)} L${f(cx)} ${f(top - mh - mw * 0.9)} L${f(cx + mw * 0.7)} ${f(top - mh)} L${f(cx + mw)} ${f(top)} Z" fill="#eeeae0"/>`;
    s += `<path d="M${f(cx)} ${f(top - mh - mw * 0.9)} L${f(cx + mw * 0.7)} ${f(top - mh)} L${f(cx + mw)} ${f(top)} L${f(cx)} ${f(top)} Z" fill="#d6d1c5"/>`;
    s += star(cx, top - mh * 0.78, mw * 0.5, RED);
    const treeColor = rng.pick(['#2f5a3a', '#2b5236', '#355f3e']);
    for (let i = 0; i < 5; i++) {
      const d = w * (0.12 + i * 0.075);
      const th = h * (0.3 - i * 0.025);
      s += tree(cx - d, baseY + h * 0.02, th, treeColor, 'cypress') + tree(cx + d, baseY + h * 0.02, th, treeColor, 'cypress');
    }
    s += wreath(cx - w * 0.06, baseY + h * 0.02, h * 0.035, rng) + wreath(cx + w * 0.06, baseY + h * 0.02, h * 0.035, rng);
    const kinds: PersonOpts[] = rng.chance(0.5)
      ? [{ color: rng.pick(POLICE), cap: POLICE[1] }, { color: '#2f3e56' }, { color: '#3b3b44' }]
      : [{ color: '#2f3e56' }, { color: '#ffffff', child: true, scarf: true }, { color: rng.pick(SOLDIER), cap: SOLDIER[0] }];
    s += crowd(rng, { x0: w * 0.08, x1: w * 0.92, y: h * 0.86, h: h * 0.22, n: rng.int(9, 12), kinds });
    s += crowd(rng, { x0: w * 0.04, x1: w * 0.96, y: h * 1.0, h: h * 0.27, n: rng.int(8, 11), kinds });
    return s;
  },

  meeting(w, h, rng) {
    const wall = rng.pick(['#efe6d6', '#e9e4da', '#f1ece2', '#e6ddd0']);
    let s = `<rect width="${w}" height="${h}" fill="${wall}"/>`;
    s += `<rect x="0" y="${f(h * 0.62)}" width="${w}" height="${f(h * 0.38)}" fill="${rng.pick(['#8a6a4a', '#7d5d42', '#936f4c'])}"/>`;
    // red banner and a backdrop panel
    s += `<rect x="${f(w * 0.12)}" y="${f(h * 0.08)}" width="${f(w * 0.76)}" height="${f(h * 0.1)}" fill="${RED}"/><rect x="${f(w * 0.12)}" y="${f(h * 0.17)}" width="${f(w * 0.76)}" height="4" fill="${GOLD}"/>`;
    s += `<rect x="${f(w * 0.2)}" y="${f(h * 0.22)}" width="${f(w * 0.6)}" height="${f(h * 0.28)}" fill="${rng.pick(['#3c6ea6', '#2e5f8f', '#456f9a'])}" opacity="0.85"/>`;
    s += `<circle cx="${f(w * 0.5)}" cy="${f(h * 0.36)}" r="${f(h * 0.07)}" fill="#ffffff" opacity="0.18"/>`;
    // plants at sides
    s += tree(w * 0.06, h * 0.62, h * 0.3, '#3f7a45', 'round') + tree(w * 0.94, h * 0.62, h * 0.3, '#3f7a45', 'round');
    // long table in perspective with people on both sides
    const ty = h * 0.66;
    const back: string[] = [];
    const n = rng.int(6, 8);
    for (let i = 0; i < n; i++) {
      const x = w * 0.2 + (w * 0.6 * i) / (n - 1);
      const kind: PersonOpts = rng.chance(0.45)
        ? { color: rng.pick(SOLDIER), cap: undefined, hair: '#1e1a17' }
        : { color: rng.pick(CIVILIAN) };
      back.push(person(x, ty + h * 0.02, h * 0.3, { ...kind, seated: true }));
    }
    s += back.join('');
    s += `<path d="M${f(w * 0.12)} ${f(ty)} L${f(w * 0.88)} ${f(ty)} L${f(w * 0.98)} ${f(h * 0.8)} L${f(w * 0.02)} ${f(h * 0.8)} Z" fill="#fbfbf8"/>`;
    s += `<path d="M${f(w * 0.02)} ${f(h * 0.8)} L${f(w * 0.98)} ${f(h * 0.8)} L${f(w * 0.98)} ${f(h * 0.84)} L${f(w * 0.02)} ${f(h * 0.84)} Z" fill="#d9d6cc"/>`;
    for (let i = 0; i < n; i++) {
      const x = w * 0.2 + (w * 0.6 * i) / (n - 1);
      s += `<rect x="${f(x - 8)}" y="${f(ty + h * 0.03)}" width="16" height="22" rx="3" fill="#ffffff" stroke="#c9c3b4"/>`;
      s += `<rect x="${f(x + 14)}" y="${f(ty + h * 0.045)}" width="40" height="28" fill="#f2efe6" stroke="#d5d0c2"/>`;
    }
    s += `<ellipse cx="${f(w * 0.5)}" cy="${f(ty + h * 0.07)}" rx="${f(w * 0.06)}" ry="${f(h * 0.025)}" fill="#3c7a42"/>`;
    for (let i = 0; i < 7; i++)
      s += `<circle cx="${f(w * 0.5 + rng.range(-w * 0.05, w * 0.05))}" cy="${f(ty + h * 0.06 + rng.range(-8, 8))}" r="${f(rng.range(7, 12))}" fill="${rng.pick([RED, GOLD, '#f08a5d', '#ffffff'])}"/>`;
    // backs of the people on the near side
    const m = rng.int(4, 6);
    for (let i = 0; i < m; i++) {
      const x = w * 0.1 + (w * 0.8 * i) / (m - 1);
      s += person(x, h * 1.08, h * 0.42, {
        color: rng.chance(0.4) ? rng.pick(SOLDIER) : rng.pick(CIVILIAN),
        seated: true,
        hair: '#1e1a17',
        skin: '#2a2623',
      });
    }
    return s;
  },

  stage(w, h, rng) {
    const wall = rng.pick(['#5a1f22', '#4a2a2c', '#3d2630']);
    let s = `<rect width="${w}" height="${h}" fill="${wall}"/>`;
    s += `<rect x="0" y="0" width="${w}" height="${f(h * 0.55)}" fill="${RED}"/>`;
    for (let i = 0; i < 12; i++)
      s += `<rect x="${f((w / 12) * i)}" y="0" width="${f(w / 24)}" height="${f(h * 0.55)}" fill="#ffffff" opacity="0.05"/>`;
    s += `<rect x="${f(w * 0.15)}" y="${f(h * 0.08)}" width="${f(w * 0.7)}" height="${f(h * 0.09)}" fill="#a70f16"/><rect x="${f(w * 0.15)}" y="${f(h * 0.17)}" width="${f(w * 0.7)}" height="5" fill="${GOLD}"/>`;
    s += star(w * 0.5, h * 0.32, h * 0.08, GOLD);
    s += `<rect x="0" y="${f(h * 0.55)}" width="${w}" height="${f(h * 0.08)}" fill="#8b6a48"/>`;
    s += `<rect x="0" y="${f(h * 0.63)}" width="${w}" height="${f(h * 0.37)}" fill="#3a2e2a"/>`;
    // people on stage holding plaques
    const n = rng.int(4, 6);
    for (let i = 0; i < n; i++) {
      const x = w * 0.22 + (w * 0.56 * i) / (n - 1);
      s += person(x, h * 0.56, h * 0.3, { color: rng.chance(0.3) ? rng.pick(SOLDIER) : rng.pick(CIVILIAN) });
      s += `<rect x="${f(x - 26)}" y="${f(h * 0.4)}" width="52" height="40" fill="${GOLD}" stroke="#8a6a1a" stroke-width="3"/>`;
    }
    // audience heads
    for (let r = 0; r < 3; r++) {
      for (let i = 0; i < 14; i++) {
        const x = (w / 13) * i + (r % 2) * 40 + rng.range(-10, 10);
        const y = h * (0.76 + r * 0.1);
        const rr = h * (0.035 + r * 0.008);
        s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rr)}" fill="#1c1714"/><rect x="${f(x - rr * 1.6)}" y="${f(y + rr * 0.8)}" width="${f(rr * 3.2)}" height="${f(rr * 3)}" rx="${f(rr)}" fill="${rng.pick(CIVILIAN)}"/>`;
      }
    }
    return s;
  },

  party(w, h, rng) {
    const wall = rng.pick(['#f1ebe0', '#ece6dc', '#f3eee6']);
    let s = `<rect width="${w}" height="${h}" fill="${wall}"/>`;
    s += `<rect x="${f(w * 0.08)}" y="${f(h * 0.06)}" width="${f(w * 0.84)}" height="${f(h * 0.09)}" fill="${RED}"/><rect x="${f(w * 0.08)}" y="${f(h * 0.15)}" width="${f(w * 0.84)}" height="4" fill="${GOLD}"/>`;
    for (let i = 0; i < 9; i++)
      s += `<path d="M${f(w * 0.08 + (w * 0.84 * i) / 9)} ${f(h * 0.2)} l${f(w * 0.047)} ${f(h * 0.05)} l${f(w * 0.047)} ${f(-h * 0.05)}" fill="${rng.pick([RED, GOLD, '#2f6db0', '#3a8a5a'])}"/>`;
    s += `<rect x="0" y="${f(h * 0.58)}" width="${w}" height="${f(h * 0.42)}" fill="${rng.pick(['#b08d64', '#a3825e'])}"/>`;
    s += `<rect x="${f(w * 0.15)}" y="${f(h * 0.54)}" width="${f(w * 0.7)}" height="${f(h * 0.06)}" fill="#8b6a48"/>`;
    const n = rng.int(5, 7);
    for (let i = 0; i < n; i++)
      s += person(w * 0.22 + (w * 0.56 * i) / (n - 1), h * 0.55, h * 0.34, { color: rng.pick(SOLDIER), cap: SOLDIER[2] });
    s += tree(w * 0.07, h * 0.58, h * 0.32, '#3f7a45', 'round') + tree(w * 0.93, h * 0.58, h * 0.32, '#3f7a45', 'round');
    // audience on chairs, seen from behind: many grey-haired
    for (let r = 0; r < 2; r++) {
      const m = 6 - r;
      for (let i = 0; i < m; i++) {
        const x = w * (0.1 + (0.8 * i) / (m - 1)) + rng.range(-25, 25);
        s += person(x, h * (0.98 + r * 0.12), h * (0.34 + r * 0.08), {
          color: rng.pick(CIVILIAN),
          seated: true,
          hair: rng.pick(['#d9d9d9', '#bdbdbd', '#2a2623']),
          skin: '#2a2623',
        });
      }
    }
    return s;
  },

  school(w, h, rng) {
    const p = rng.pick(PALETTES.day);
    const horizon = h * rng.range(0.48, 0.55);
    let s = landscape(w, h, p, rng, horizon);
    const bw = w * rng.range(0.5, 0.62);
    const bx = rng.range(w * 0.05, w - bw - w * 0.05);
    s += building(
      bx,
      horizon + h * 0.05,
      bw,
      h * 0.26,
      rng.pick(['#f1e6d2', '#efe2cc', '#f4ecde']),
      rng.pick(['#b5452f', '#c05a3a', '#8a4a3a']),
      rng,
    );
    s +=
      tree(bx - 40, horizon + h * 0.05, h * 0.25, '#4e8a4a', 'round') +
      tree(bx + bw + 50, horizon + h * 0.05, h * 0.28, '#4e8a4a', 'round');
    // running track and field
    s += `<rect x="0" y="${f(horizon + h * 0.05)}" width="${w}" height="${f(h)}" fill="#b9503f"/>`;
    s += `<rect x="0" y="${f(horizon + h * 0.09)}" width="${w}" height="${f(h)}" fill="#5f9e52"/>`;
    for (let i = 0; i < 4; i++)
      s += `<rect x="0" y="${f(horizon + h * (0.055 + i * 0.009))}" width="${w}" height="2" fill="#ffffff" opacity="0.6"/>`;
    s += flag(rng.chance(0.5) ? w * 0.08 : w * 0.88, horizon + h * 0.07, h * 0.4, h * 0.08, true);
    const kinds = kidsAndSoldiers(rng, 0.2);
    for (let r = 0; r < 3; r++)
      s += crowd(rng, { x0: w * 0.1, x1: w * 0.9, y: horizon + h * (0.2 + r * 0.12), h: h * (0.16 + r * 0.035), n: rng.int(9, 13), kinds });
    return s;
  },

  classroom(w, h, rng) {
    const wall = rng.pick(['#eef0e6', '#f3eee2', '#e8efe9']);
    let s = `<rect width="${w}" height="${h}" fill="${wall}"/>`;
    s += `<rect x="0" y="${f(h * 0.7)}" width="${w}" height="${f(h * 0.3)}" fill="#c7ad86"/>`;
    s += `<rect x="${f(w * 0.2)}" y="${f(h * 0.12)}" width="${f(w * 0.6)}" height="${f(h * 0.32)}" fill="#2f5946" stroke="#8a6a48" stroke-width="10"/>`;
    // chalk-drawn flag and star shapes, no letters
    s +=
      `<rect x="${f(w * 0.28)}" y="${f(h * 0.18)}" width="${f(w * 0.14)}" height="${f(h * 0.1)}" fill="${RED}"/>` +
      star(w * 0.31, h * 0.215, h * 0.022, GOLD);
    s += `<path d="M${f(w * 0.5)} ${f(h * 0.34)} q 40 -60 80 0 t 80 0 t 80 0" stroke="#ffffff" stroke-width="4" fill="none" opacity="0.7"/>`;
    s += `<rect x="${f(w * 0.05)}" y="${f(h * 0.14)}" width="${f(w * 0.1)}" height="${f(h * 0.26)}" fill="#cfe3ee" stroke="#ffffff" stroke-width="6"/>`;
    s += `<rect x="${f(w * 0.85)}" y="${f(h * 0.14)}" width="${f(w * 0.1)}" height="${f(h * 0.26)}" fill="#cfe3ee" stroke="#ffffff" stroke-width="6"/>`;
    const teacherSoldier = rng.chance(0.6);
    s += person(
      w * rng.range(0.3, 0.7),
      h * 0.72,
      h * 0.42,
      teacherSoldier ? { color: rng.pick(SOLDIER), cap: SOLDIER[0], armUp: rng.chance(0.5) } : { color: rng.pick(CIVILIAN), armUp: true },
    );
    // rows of desks with pupils seen from behind
    for (let r = 0; r < 2; r++) {
      const y = h * (0.86 + r * 0.12);
      const n = 5 - r;
      for (let i = 0; i < n; i++) {
        const x = w * (0.12 + (0.76 * i) / (n - 1)) + rng.range(-20, 20);
        s += person(x, y + h * 0.05, h * (0.3 + r * 0.06), {
          color: rng.pick(['#2f5fa5', '#ffffff', '#e9e9e9', '#3a68b0']),
          child: true,
          seated: true,
          skin: '#2a2623',
        });
        s += `<rect x="${f(x - w * 0.07)}" y="${f(y)}" width="${f(w * 0.14)}" height="${f(h * 0.03)}" fill="#b88a56"/>`;
      }
    }
    return s;
  },

  exhibit(w, h, rng) {
    const wall = rng.pick(['#f2eee6', '#ebe5d9', '#e7e9e4']);
    let s = `<rect width="${w}" height="${h}" fill="${wall}"/>`;
    s += `<rect x="0" y="${f(h * 0.72)}" width="${w}" height="${f(h * 0.28)}" fill="#a08a6c"/>`;
    s += `<rect x="0" y="0" width="${w}" height="${f(h * 0.06)}" fill="${RED}"/>`;
    const n = rng.int(4, 6);
    for (let i = 0; i < n; i++) {
      const x = w * 0.05 + (w * 0.9 * i) / n + 20;
      const pw = (w * 0.9) / n - 40;
      s += `<rect x="${f(x)}" y="${f(h * 0.16)}" width="${f(pw)}" height="${f(h * 0.36)}" fill="#fbfaf6" stroke="#c9bfa9" stroke-width="4"/>`;
      s += `<rect x="${f(x + 14)}" y="${f(h * 0.19)}" width="${f(pw - 28)}" height="${f(h * 0.18)}" fill="${rng.pick(['#8b8f86', '#a39a86', '#7f8b94', '#9a8c7c'])}"/>`;
      for (let k = 0; k < 3; k++)
        s += `<rect x="${f(x + 14)}" y="${f(h * (0.4 + k * 0.035))}" width="${f((pw - 28) * rng.range(0.6, 1))}" height="8" fill="#cfc8b8"/>`;
      s += `<circle cx="${f(x + pw / 2)}" cy="${f(h * 0.1)}" r="8" fill="#fff6d0"/>`;
    }
    const kinds: PersonOpts[] = [
      { color: '#ffffff', child: true, scarf: true },
      { color: rng.pick(CIVILIAN) },
      { color: '#2f5fa5', child: true },
    ];
    s += crowd(rng, { x0: w * 0.1, x1: w * 0.9, y: h * 0.98, h: h * 0.4, n: rng.int(5, 7), kinds });
    return s;
  },

  field(w, h, rng) {
    const p = rng.pick(PALETTES.golden);
    const horizon = h * rng.range(0.42, 0.5);
    let s = landscape(w, h, p, rng, horizon);
    for (let i = 0; i < 14; i++) {
      const y = horizon + h * 0.03 + ((h - horizon) * i) / 14;
      s += `<rect x="0" y="${f(y)}" width="${w}" height="${f(h * 0.012 + i * 0.6)}" fill="${shade(p.ground, i % 2 ? 0.12 : -0.1)}" opacity="0.7"/>`;
    }
    for (let i = 0; i < 6; i++) s += tree(rng.range(0, w), horizon + h * 0.03, h * rng.range(0.1, 0.16), '#5d7f43', 'round');
    // farm truck
    const tx = rng.range(w * 0.6, w * 0.8);
    const ty = horizon + h * 0.22;
    s += `<rect x="${f(tx)}" y="${f(ty - 70)}" width="170" height="60" fill="#2f6db0"/><rect x="${f(tx + 170)}" y="${f(ty - 95)}" width="70" height="85" rx="8" fill="#2a5f9c"/><rect x="${f(tx + 185)}" y="${f(ty - 85)}" width="42" height="30" fill="#cfe3ee"/><circle cx="${f(tx + 40)}" cy="${f(ty - 5)}" r="22" fill="#222"/><circle cx="${f(tx + 205)}" cy="${f(ty - 5)}" r="22" fill="#222"/>`;
    for (let i = 0; i < 5; i++) s += `<ellipse cx="${f(tx + 25 + i * 30)}" cy="${f(ty - 78)}" rx="18" ry="14" fill="#efe2b8"/>`;
    const kinds: PersonOpts[] = [
      { color: rng.pick(SOLDIER), cap: SOLDIER[0], bend: true },
      { color: rng.pick(SOLDIER), cap: SOLDIER[1] },
      { color: rng.pick(POLICE), cap: POLICE[0], bend: true },
      { color: rng.pick(CIVILIAN), hair: '#dcdcdc' },
    ];
    s += crowd(rng, { x0: w * 0.08, x1: w * 0.55, y: h * 0.8, h: h * 0.26, n: rng.int(4, 6), kinds, jitterY: h * 0.04 });
    s += crowd(rng, { x0: w * 0.1, x1: w * 0.9, y: h * 0.98, h: h * 0.34, n: rng.int(3, 5), kinds });
    return s;
  },

  greenhouse(w, h, rng) {
    const p = rng.pick(PALETTES.day);
    const horizon = h * rng.range(0.45, 0.52);
    let s = landscape(w, h, p, rng, horizon);
    const n = rng.int(4, 6);
    for (let i = 0; i < n; i++) {
      const x0 = (w / n) * i + 10;
      const gw = w / n - 20;
      const y = horizon + h * (0.12 + (i % 2) * 0.02);
      s += `<path d="M${f(x0)} ${f(y)} Q${f(x0 + gw / 2)} ${f(y - h * 0.2)} ${f(x0 + gw)} ${f(y)} Z" fill="#e4eef0" opacity="0.95"/>`;
      for (let k = 1; k < 5; k++)
        s += `<line x1="${f(x0 + (gw * k) / 5)}" y1="${f(y)}" x2="${f(x0 + (gw * k) / 5)}" y2="${f(y - h * 0.16)}" stroke="#b9c8cc" stroke-width="3"/>`;
    }
    s += `<rect x="0" y="${f(horizon + h * 0.14)}" width="${w}" height="${f(h)}" fill="#6e9a52"/>`;
    for (let r = 0; r < 6; r++) {
      const y = horizon + h * (0.18 + r * 0.07);
      for (let i = 0; i < 18; i++)
        s += `<ellipse cx="${f((w / 18) * i + rng.range(0, 30))}" cy="${f(y)}" rx="${f(22 + r * 4)}" ry="${f(12 + r * 2)}" fill="${rng.pick(['#3f7d3a', '#4f8f44', '#5da24c'])}"/>`;
    }
    s += crowd(rng, {
      x0: w * 0.2,
      x1: w * 0.8,
      y: h * 0.97,
      h: h * 0.38,
      n: rng.int(2, 3),
      kinds: [{ color: '#2d3b52' }, { color: '#7a5b3a' }, { color: rng.pick(CIVILIAN), bend: true }],
    });
    return s;
  },

  medical(w, h, rng) {
    const p = rng.pick(PALETTES.day);
    const horizon = h * rng.range(0.5, 0.56);
    let s = landscape(w, h, p, rng, horizon);
    s += building(w * 0.55, horizon + h * 0.04, w * 0.4, h * 0.22, '#e6ddcf', '#56683f', rng);
    s += `<rect x="0" y="${f(horizon + h * 0.04)}" width="${w}" height="${f(h)}" fill="#a9a59b"/>`;
    // white tents with a green cross
    const n = rng.int(2, 3);
    for (let i = 0; i < n; i++) {
      const x = w * (0.06 + i * 0.3);
      const y = horizon + h * 0.24;
      s += `<path d="M${f(x)} ${f(y - h * 0.16)} L${f(x + w * 0.13)} ${f(y - h * 0.24)} L${f(x + w * 0.26)} ${f(y - h * 0.16)} Z" fill="${rng.pick(['#2f6db0', '#ffffff', '#3a8a5a'])}"/>`;
      s += `<rect x="${f(x + 10)}" y="${f(y - h * 0.16)}" width="${f(w * 0.26 - 20)}" height="${f(h * 0.02)}" fill="#ffffff"/>`;
      s += `<rect x="${f(x + 12)}" y="${f(y - h * 0.14)}" width="6" height="${f(h * 0.14)}" fill="#888"/><rect x="${f(x + w * 0.26 - 18)}" y="${f(y - h * 0.14)}" width="6" height="${f(h * 0.14)}" fill="#888"/>`;
      s += `<rect x="${f(x + 30)}" y="${f(y - h * 0.06)}" width="${f(w * 0.26 - 60)}" height="${f(h * 0.03)}" fill="#f4f4f4"/>`;
      s += `<rect x="${f(x + w * 0.13 - 6)}" y="${f(y - h * 0.22)}" width="12" height="34" fill="#2e9a58"/><rect x="${f(x + w * 0.13 - 17)}" y="${f(y - h * 0.22 + 11)}" width="34" height="12" fill="#2e9a58"/>`;
      s += person(x + w * 0.08, y - h * 0.02, h * 0.2, { color: '#ffffff', hair: '#1e1a17' });
      s += person(x + w * 0.18, y, h * 0.2, { color: rng.pick(SOLDIER), cap: SOLDIER[0], seated: false });
    }
    s += crowd(rng, {
      x0: w * 0.05,
      x1: w * 0.95,
      y: h * 0.99,
      h: h * 0.33,
      n: rng.int(4, 6),
      kinds: [{ color: rng.pick(SOLDIER), cap: SOLDIER[1] }, { color: '#ffffff' }, { color: rng.pick(CIVILIAN), hair: '#d8d8d8' }],
    });
    return s;
  },

  flood(w, h, rng) {
    const p = rng.pick(PALETTES.storm);
    const horizon = h * rng.range(0.45, 0.5);
    let s = landscape(w, h, p, rng, horizon);
    for (let i = 0; i < 4; i++)
      s += building(w * (0.05 + i * 0.24), horizon + h * 0.12, w * 0.16, h * 0.14, '#d8d0c0', '#6b4a3a', rng, {
        pitched: true,
        windows: false,
      });
    s += `<rect x="0" y="${f(horizon + h * 0.08)}" width="${w}" height="${f(h)}" fill="#8a6f4c"/>`;
    for (let i = 0; i < 10; i++)
      s += `<path d="M0 ${f(horizon + h * (0.1 + i * 0.05))} q ${f(w / 16)} -12 ${f(w / 8)} 0 t ${f(w / 8)} 0 t ${f(w / 8)} 0 t ${f(w / 8)} 0 t ${f(w / 8)} 0 t ${f(w / 8)} 0 t ${f(w / 8)} 0 t ${f(w / 8)} 0" stroke="#a88e68" stroke-width="4" fill="none" opacity="0.6"/>`;
    if (rng.chance(0.6)) {
      // embankment with sandbags
      s += `<path d="M0 ${f(h * 0.78)} L${w} ${f(h * 0.7)} L${w} ${h} L0 ${h} Z" fill="#7d6a4a"/>`;
      for (let i = 0; i < 22; i++)
        s += `<ellipse cx="${f((w / 21) * i)}" cy="${f(h * 0.78 - (h * 0.08 * i) / 21)}" rx="40" ry="18" fill="#d8c89a" stroke="#a8946a"/>`;
      s += crowd(rng, {
        x0: w * 0.05,
        x1: w * 0.95,
        y: h * 0.96,
        h: h * 0.3,
        n: rng.int(7, 9),
        kinds: [
          { color: VEST, cap: POLICE[0] },
          { color: rng.pick(POLICE), cap: POLICE[1], bend: true },
        ],
      });
    } else {
      // rescue boat
      const bx = w * rng.range(0.3, 0.5);
      const by = h * 0.78;
      s += `<path d="M${f(bx)} ${f(by)} L${f(bx + w * 0.35)} ${f(by)} L${f(bx + w * 0.31)} ${f(by + h * 0.07)} L${f(bx + w * 0.03)} ${f(by + h * 0.07)} Z" fill="#e25a1c"/>`;
      s += crowd(rng, {
        x0: bx + w * 0.05,
        x1: bx + w * 0.3,
        y: by + 4,
        h: h * 0.22,
        n: 4,
        kinds: [
          { color: VEST, cap: POLICE[0] },
          { color: VEST, hair: '#d8d8d8' },
          { color: VEST, child: true },
        ],
      });
      s += crowd(rng, { x0: w * 0.05, x1: w * 0.25, y: h * 0.99, h: h * 0.3, n: 2, kinds: [{ color: VEST, cap: POLICE[0] }] });
    }
    return s;
  },

  village(w, h, rng, text) {
    const season = festive(text) ? 'winter' : /八一|夏|麦/.test(text) ? 'day' : rng.pick(['day', 'warm', 'winter'] as const);
    const p = rng.pick(PALETTES[season]);
    const horizon = h * rng.range(0.52, 0.6);
    let s = landscape(w, h, p, rng, horizon);
    const n = rng.int(2, 3);
    for (let i = 0; i < n; i++) {
      const bw = w * rng.range(0.22, 0.3);
      const x = w * (0.04 + i * 0.34) + rng.range(0, w * 0.04);
      const y = horizon + h * 0.16;
      s += building(x, y, bw, h * 0.18, rng.pick(['#ece4d4', '#e5dccb', '#f1eadc']), rng.pick(['#5b5b62', '#7a3b32', '#4f5f6a']), rng, {
        pitched: true,
        windows: false,
      });
      s += `<rect x="${f(x + bw * 0.4)}" y="${f(y - h * 0.12)}" width="${f(bw * 0.2)}" height="${f(h * 0.12)}" fill="#7a4a2a"/>`;
      // red couplet strips beside the door
      s += `<rect x="${f(x + bw * 0.33)}" y="${f(y - h * 0.12)}" width="${f(bw * 0.05)}" height="${f(h * 0.11)}" fill="${RED}"/><rect x="${f(x + bw * 0.62)}" y="${f(y - h * 0.12)}" width="${f(bw * 0.05)}" height="${f(h * 0.11)}" fill="${RED}"/>`;
      s += lantern(x + bw * 0.2, y - h * 0.12, h * 0.025) + lantern(x + bw * 0.8, y - h * 0.12, h * 0.025);
    }
    s += tree(w * rng.range(0.85, 0.97), horizon + h * 0.16, h * 0.3, season === 'winter' ? '#7c8c70' : '#4e8a4a', 'round');
    s += `<rect x="0" y="${f(horizon + h * 0.16)}" width="${w}" height="${f(h)}" fill="${shade(p.ground, -0.05)}"/>`;
    const kinds: PersonOpts[] = [
      { color: rng.pick(CIVILIAN) },
      { color: rng.pick(CIVILIAN), hair: '#dcdcdc' },
      { color: rng.pick(SOLDIER), cap: SOLDIER[0] },
      { color: '#8a3b3b', hair: '#cfcfcf' },
    ];
    s += crowd(rng, { x0: w * 0.15, x1: w * 0.85, y: h * 0.95, h: h * 0.36, n: rng.int(3, 5), kinds });
    if (rng.chance(0.5))
      s += `<rect x="${f(w * 0.46)}" y="${f(h * 0.66)}" width="${f(w * 0.08)}" height="${f(h * 0.09)}" fill="${RED}" stroke="${GOLD}" stroke-width="5"/>`;
    return s;
  },

  town(w, h, rng) {
    const p = rng.pick(rng.chance(0.5) ? PALETTES.day : PALETTES.warm);
    const horizon = h * rng.range(0.55, 0.62);
    let s = landscape(w, h, p, rng, horizon);
    let x = -20;
    while (x < w) {
      const bw = rng.range(w * 0.08, w * 0.16);
      const bh = rng.range(h * 0.14, h * 0.36);
      s += building(
        x,
        horizon + h * 0.05,
        bw,
        bh,
        rng.pick(['#e9e1d3', '#dcd8cf', '#efe6d8', '#d5dde0', '#e7d8c7']),
        rng.pick(['#8a8f94', '#7a3b32', '#5f6a70']),
        rng,
      );
      x += bw + rng.range(6, 30);
    }
    s += `<rect x="0" y="${f(horizon + h * 0.05)}" width="${w}" height="${f(h)}" fill="#cdc6b8"/>`;
    for (let i = 0; i < 8; i++) s += `<rect x="${f((w / 8) * i)}" y="${f(horizon + h * 0.05)}" width="2" height="${f(h)}" fill="#b8b0a0"/>`;
    const ly = horizon + h * 0.1;
    for (let i = 0; i < 7; i++) s += lantern((w / 7) * i + w / 14, ly, h * 0.022);
    s += `<line x1="0" y1="${f(ly - h * 0.04)}" x2="${w}" y2="${f(ly - h * 0.04)}" stroke="#6b5a3a" stroke-width="2"/>`;
    if (rng.chance(0.6)) s += flag(w * rng.range(0.05, 0.95), horizon + h * 0.06, h * 0.34, h * 0.07, true);
    for (let i = 0; i < 4; i++) s += tree(rng.range(0, w), h * 0.8, h * 0.22, '#4e8a4a', 'round');
    const kinds: PersonOpts[] = [
      { color: rng.pick(CIVILIAN) },
      { color: rng.pick(CIVILIAN) },
      { color: rng.pick(SOLDIER), cap: SOLDIER[0] },
      { color: rng.pick(POLICE), cap: POLICE[0] },
      { color: '#ffffff', child: true, scarf: true },
    ];
    s += crowd(rng, { x0: w * 0.05, x1: w * 0.95, y: h * 0.86, h: h * 0.2, n: rng.int(7, 10), kinds, jitterY: h * 0.02 });
    s += crowd(rng, { x0: w * 0.1, x1: w * 0.9, y: h * 0.99, h: h * 0.3, n: rng.int(3, 5), kinds });
    return s;
  },

  portrait(w, h, rng) {
    const bgA = rng.pick(['#dfe7ee', '#ece4d8', '#e2ebe2', '#efe1df', '#e4e2ee']);
    const bgB = shade(bgA, -0.18);
    let s = `<defs><radialGradient id="bg" cx="0.5" cy="0.35" r="0.8"><stop offset="0" stop-color="${shade(bgA, 0.3)}"/><stop offset="1" stop-color="${bgB}"/></radialGradient></defs><rect width="${w}" height="${h}" fill="url(#bg)"/>`;
    // soft outdoor hint: a far hill line and a red accent stripe
    s += `<path d="M0 ${f(h * 0.62)} Q${f(w * 0.3)} ${f(h * 0.55)} ${f(w * 0.6)} ${f(h * 0.6)} T${w} ${f(h * 0.57)} L${w} ${h} L0 ${h} Z" fill="${shade(bgA, -0.08)}" opacity="0.6"/>`;
    s += `<rect x="0" y="${f(h * 0.92)}" width="${w}" height="${f(h * 0.08)}" fill="${RED}" opacity="0.9"/>`;
    const cx = w * rng.range(0.46, 0.54);
    const coat = rng.pick(['#2f3e56', '#4a5a3a', '#6b4f3f', '#3a4a5e', '#7c6a5a', '#556070']);
    const skin = rng.pick(['#e8bf98', '#ddb08a', '#e2b48c']);
    const hair = rng.pick(['#1f1b18', '#2a2623', '#3a312b', '#595450']);
    const long = rng.chance(0.5);
    // shoulders and torso
    s += `<path d="M${f(cx - w * 0.42)} ${h} C${f(cx - w * 0.4)} ${f(h * 0.74)} ${f(cx - w * 0.26)} ${f(h * 0.66)} ${f(cx - w * 0.12)} ${f(h * 0.64)} L${f(cx + w * 0.12)} ${f(h * 0.64)} C${f(cx + w * 0.26)} ${f(h * 0.66)} ${f(cx + w * 0.4)} ${f(h * 0.74)} ${f(cx + w * 0.42)} ${h} Z" fill="${coat}"/>`;
    s += `<path d="M${f(cx - w * 0.09)} ${f(h * 0.64)} L${f(cx)} ${f(h * 0.76)} L${f(cx + w * 0.09)} ${f(h * 0.64)} Z" fill="${rng.pick(['#f4f1ea', '#dfe6ee', '#e9e2d6'])}"/>`;
    s += `<rect x="${f(cx - w * 0.05)}" y="${f(h * 0.55)}" width="${f(w * 0.1)}" height="${f(h * 0.1)}" fill="${shade(skin, -0.08)}"/>`;
    if (long)
      s += `<path d="M${f(cx - w * 0.15)} ${f(h * 0.36)} Q${f(cx - w * 0.2)} ${f(h * 0.58)} ${f(cx - w * 0.12)} ${f(h * 0.63)} L${f(cx + w * 0.12)} ${f(h * 0.63)} Q${f(cx + w * 0.2)} ${f(h * 0.58)} ${f(cx + w * 0.15)} ${f(h * 0.36)} Z" fill="${hair}"/>`;
    s += `<ellipse cx="${f(cx)}" cy="${f(h * 0.43)}" rx="${f(w * 0.125)}" ry="${f(h * 0.125)}" fill="${skin}"/>`;
    s += `<path d="M${f(cx - w * 0.135)} ${f(h * 0.42)} Q${f(cx - w * 0.14)} ${f(h * 0.29)} ${f(cx)} ${f(h * 0.285)} Q${f(cx + w * 0.14)} ${f(h * 0.29)} ${f(cx + w * 0.135)} ${f(h * 0.42)} Q${f(cx + w * 0.1)} ${f(h * 0.34)} ${f(cx)} ${f(h * 0.345)} Q${f(cx - w * 0.1)} ${f(h * 0.34)} ${f(cx - w * 0.135)} ${f(h * 0.42)} Z" fill="${hair}"/>`;
    if (rng.chance(0.5))
      s +=
        `<circle cx="${f(cx + w * 0.2)}" cy="${f(h * 0.78)}" r="${f(w * 0.025)}" fill="${RED}"/>` +
        star(cx + w * 0.2, h * 0.78, w * 0.018, GOLD);
    return s;
  },
};

/** Which scene suits an image, judged from its Chinese alt text, the entry's collection and type. */
const RULES: [RegExp, string][] = [
  [/洪水|河堤|沙袋|救生衣|淤泥|抢险/, 'flood'],
  [/烈士|纪念碑|墓|祭扫|花篮|礼兵|陵园|默哀/, 'memorial'],
  [/联唱|节目|表演|联欢|活动室|竞赛|抢答/, 'party'],
  [/操场|方阵/, 'school'],
  [/颁奖|奖牌|表彰|主席台|领取奖|在台上/, 'stage'],
  [/教室|课堂|讲台|报告厅|授课|辅导|上课|举手|提问/, 'classroom'],
  [/会议|座谈|会场|发言|签订|签约|记录|宣讲|包饺子/, 'meeting'],
  [/展厅|展板|陈列/, 'exhibit'],
  [/义诊|体检|血压|心电图|问诊|医生|医护|医院|门诊/, 'medical'],
  [/学生|小学生|学校|少先队员|中学/, 'school'],
  [/大棚|蔬菜|分拣|车间/, 'greenhouse'],
  [/麦|收割|晒场|农用车|田野|田里|抢收|村民|绿豆汤/, 'field'],
  [/广场|社区|街道|县城|外景/, 'town'],
  [/营区|官兵|哨|训练|执勤|食堂|部队|军地/, 'camp'],
  [/家中|家门|入户|堂屋|老人|村|锣鼓|年画|慰问金|老兵|军人家/, 'village'],
];

/**
 * The alt text decides first; the entry's type or category (走访慰问, 清明祭扫 …) only when the alt text
 * names nothing the rules know; then the collection.
 */
function chooseScene(alt: string, hint: string, collection: string, portrait: boolean): string {
  if (portrait) return 'portrait';
  for (const text of [alt, hint]) for (const [re, scene] of RULES) if (re.test(text)) return scene;
  return collection === 'education' ? 'school' : 'town';
}

// ---------------------------------------------------------------------------------------------
// Finding the images the content references

interface Job {
  file: string;
  alt: string;
  hint: string;
  collection: string;
  portrait: boolean;
}

const PORTRAIT_CATEGORIES = new Set(['好军嫂', '最美退役军人', '先进个人']);

function findJobs(): Job[] {
  const jobs: Job[] = [];
  for (const collection of COLLECTIONS) {
    for (const { id, path: entry } of listEntries(CONTENT, collection)) {
      const data = readContentFile(collection, id, entry, process.cwd()).data as Record<string, unknown> | undefined;
      if (!data) continue;
      const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
      const hint = `${text(data.type)} ${text(data.category)} ${text(data.kind)} ${text(data.title)}`;
      const add = (src: unknown, alt: unknown, isCover: boolean) => {
        if (typeof src !== 'string' || !/\.jpe?g$/i.test(src)) return;
        const portrait = isCover && collection === 'cases' && PORTRAIT_CATEGORIES.has(text(data.category));
        jobs.push({ file: resolve(dirname(entry), src), alt: text(alt), hint, collection, portrait });
      };
      add(data.cover, data.coverAlt, true);
      if (Array.isArray(data.gallery))
        for (const g of data.gallery as ({ src?: unknown; alt?: unknown } | null)[]) add(g?.src, g?.alt, false);
    }
  }
  return jobs;
}

async function render(job: Job): Promise<Buffer> {
  const seedPath = relative(CONTENT, job.file).split('\\').join('/');
  const rng = new Rng(hashString(seedPath));
  const { w, h } = job.portrait ? PORTRAIT : LANDSCAPE;
  const sceneName = chooseScene(job.alt, job.hint, job.collection, job.portrait);
  const scene = scenes[sceneName];
  if (!scene) throw new Error(`no scene named ${sceneName}`);
  const body = scene(w, h, rng, `${job.alt} ${job.hint}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: QUALITY, mozjpeg: true }).toBuffer();
}

async function main() {
  const force = process.argv.includes('--force');
  const dry = process.argv.includes('--dry-run');
  const jobs = findJobs();
  let written = 0;
  let skipped = 0;
  let bytes = 0;
  for (const job of jobs) {
    const rel = relative(process.cwd(), job.file);
    if (existsSync(job.file) && !force) {
      skipped++;
      continue;
    }
    const scene = chooseScene(job.alt, job.hint, job.collection, job.portrait);
    if (dry) {
      console.log(`would draw ${rel} (${scene})`);
      continue;
    }
    const jpeg = await render(job);
    writeFileSync(job.file, jpeg);
    bytes += jpeg.length;
    written++;
    console.log(`${rel}  ${scene}  ${(jpeg.length / 1024).toFixed(0)} KB`);
  }
  if (!dry)
    console.log(`drew ${written} image(s), ${(bytes / 1024 / 1024).toFixed(2)} MB; kept ${skipped} existing (use --force to redraw)`);
}

await main();
