/**
 * Photos end to end. A real phone photo (12 MP, ~5 MB, stored sideways with EXIF Orientation 6,
 * camera make and GPS) goes into the `photos` fixture as a case cover, a case gallery photo and a
 * report gallery photo; every image derived from it must come out upright, small and without any
 * metadata, and the original must not be published. The demo site's case pages are checked for
 * srcset, width, height and alt on every image, and every image the demo publishes for EXIF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildPhotosSite, photosContent, PHONE_PHOTOS } from '../fixtures/photos/build.ts';
import { PHONE, readExifTags } from '../fixtures/photos/make-photos.ts';
import { tmpRoot } from '../helpers/build-site.ts';
import { filesUnder } from '../../tools/files.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;

function html(dist: string, route: string): HTMLElement {
  return parse(readFileSync(join(dist, route, 'index.html'), 'utf8'));
}

/** Average colour of a horizontal strip (fractions of the height) of an image. */
async function stripColour(file: string, from: number, to: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(file).removeAlpha().resize(40, 40, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  let count = 0;
  for (let y = Math.floor(from * info.height); y < Math.ceil(to * info.height); y++) {
    for (let x = 0; x < info.width; x++) {
      for (let c = 0; c < 3; c++) sum[c]! += data[(y * info.width + x) * 3 + c]!;
      count++;
    }
  }
  return sum.map((value) => value / count) as [number, number, number];
}

/** Every <img> and <source> of a page must be a responsive, described, sized image. */
function expectResponsiveImages(page: HTMLElement, where: string) {
  const images = page.querySelectorAll('main img');
  for (const img of images) {
    const label = `${where}: ${img.getAttribute('src')}`;
    expect(img.getAttribute('alt')?.trim(), label).toBeTruthy();
    expect(Number(img.getAttribute('width')), label).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height')), label).toBeGreaterThan(0);
    expect(img.getAttribute('srcset'), label).toMatch(/ \d+w/);
    expect(['lazy', 'eager'], label).toContain(img.getAttribute('loading'));
    const picture = img.parentNode!;
    expect(picture.tagName, label).toBe('PICTURE');
    const types = picture.querySelectorAll('source').map((source) => source.getAttribute('type'));
    expect(types, label).toEqual(['image/avif', 'image/webp']);
    for (const source of picture.querySelectorAll('source')) {
      expect(source.getAttribute('srcset'), label).toMatch(/ \d+w/);
      expect(source.getAttribute('sizes'), label).toBeTruthy();
    }
  }
  return images;
}

describe('a phone photo with EXIF rotation and GPS', () => {
  let dist: string;
  let derived: string[];
  beforeAll(async () => {
    dist = await buildPhotosSite();
    // Astro names derived images after the source file: phone.<hash>_<transform>.<format>.
    derived = filesUnder(join(dist, '_astro')).filter((file) => /\/phone\.[^/]+$/.test(file));
  });

  it('goes in as a real phone photo: big, sideways, Orientation 6, with camera and GPS tags', async () => {
    const file = join(photosContent, PHONE_PHOTOS[0]!);
    expect(statSync(file).size).toBeGreaterThan(5_000_000);
    const meta = await sharp(file).metadata();
    expect(meta.orientation).toBe(6);
    expect([meta.width, meta.height]).toEqual([PHONE.height, PHONE.width]); // stored lying on its side
    const tags = readExifTags(meta.exif!);
    expect(tags.ifd0.get(0x0112)).toBe(6);
    expect(tags.ifd0.has(0x8825)).toBe(true); // GPS IFD pointer
    expect(tags.gps.has(2) && tags.gps.has(4)).toBe(true); // latitude and longitude
  });

  it('comes out in several sizes and formats', () => {
    const formats = new Set(derived.map((file) => file.split('.').pop()));
    expect(formats).toEqual(new Set(['avif', 'webp', 'jpg']));
    expect(derived.length).toBeGreaterThanOrEqual(9);
  });

  it('comes out upright: red above blue, never sideways or upside down', async () => {
    const redness = ([r, , b]: [number, number, number]) => r - b;
    let uncropped = 0;
    for (const file of derived) {
      const meta = await sharp(file).metadata();
      const [top, bottom] = [await stripColour(file, 0, 0.2), await stripColour(file, 0.8, 1)];
      // Sideways, the red and blue halves would be left and right; upright, both sides look alike.
      const { data } = await sharp(file).removeAlpha().resize(2, 1, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
      expect(Math.abs(redness([data[0]!, data[1]!, data[2]!]) - redness([data[3]!, data[4]!, data[5]!])), file).toBeLessThan(40);
      expect(redness(top), file).toBeGreaterThanOrEqual(redness(bottom) - 10);
      if (Math.abs(meta.width / meta.height - PHONE.width / PHONE.height) < 0.01) {
        // The whole photo, not a crop: portrait, red top, blue bottom.
        uncropped++;
        expect(redness(top), file).toBeGreaterThan(60);
        expect(redness(bottom), file).toBeLessThan(-60);
      }
    }
    expect(uncropped).toBeGreaterThanOrEqual(3);
  });

  it('comes out without EXIF, GPS or orientation, and small', async () => {
    const original = statSync(join(photosContent, PHONE_PHOTOS[0]!)).size;
    for (const file of derived) {
      const meta = await sharp(file).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.orientation, file).toBeUndefined();
      expect(meta.xmp, file).toBeUndefined();
      expect(statSync(file).size, file).toBeLessThan(Math.min(500_000, original / 10));
      expect(meta.width, file).toBeLessThanOrEqual(1600);
    }
  });

  it('is never published as it came in', async () => {
    const original = readFileSync(join(photosContent, PHONE_PHOTOS[0]!));
    for (const file of filesUnder(dist).filter((name) => IMAGE.test(name))) {
      expect(statSync(file).size, file).toBeLessThan(1_000_000);
      const meta = await sharp(file).metadata();
      expect(meta.exif, `${file} carries EXIF`).toBeUndefined();
    }
    expect(filesUnder(dist).some((file) => statSync(file).size === original.length)).toBe(false);
  });

  it('is shown with srcset, width and height in the right shape on the case page', () => {
    const page = html(dist, 'cases/shouji-laobing');
    const images = expectResponsiveImages(page, 'photos /cases/shouji-laobing/');
    const hero = page.querySelector('.case-hero img')!;
    expect(hero.getAttribute('loading')).toBe('eager');
    expect(hero.getAttribute('fetchpriority')).toBe('high');
    expect(Number(hero.getAttribute('height'))).toBeGreaterThan(Number(hero.getAttribute('width'))); // portrait, as seen
    expect(images.filter((img) => img.getAttribute('loading') === 'eager')).toHaveLength(1);
  });

  it('opens large from a gallery as an upright WebP', async () => {
    for (const route of ['cases/shouji-laobing', 'reports/2026-03-20-biaozhang-dahui']) {
      const link = html(dist, route).querySelector('.gallery a[data-w]')!;
      const large = join(dist, link.getAttribute('href')!);
      expect(existsSync(large), route).toBe(true);
      const meta = await sharp(large).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.height).toBeGreaterThan(meta.width);
      expect([meta.width, meta.height]).toEqual([Number(link.getAttribute('data-w')), Number(link.getAttribute('data-h'))]);
      expect(meta.exif).toBeUndefined();
    }
  });
});

const demoDist = join(tmpRoot, 'demo', 'dist');

describe.skipIf(!existsSync(demoDist))('the demo site', () => {
  it('gives every image on every case page srcset, width, height and alt', () => {
    const cases = readdirSync(join(demoDist, 'cases'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['category', 'year'].includes(entry.name))
      .map((entry) => `cases/${entry.name}`);
    expect(cases.length).toBeGreaterThan(0);
    let count = 0;
    for (const route of ['cases', ...cases]) count += expectResponsiveImages(html(demoDist, route), route).length;
    expect(count).toBeGreaterThan(cases.length);
  });

  it('publishes no image with EXIF metadata and no oversized original', async () => {
    const images = filesUnder(demoDist).filter((file) => IMAGE.test(file));
    expect(images.length).toBeGreaterThan(0);
    for (const file of images) {
      const meta = await sharp(file).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(statSync(file).size, file).toBeLessThan(1_000_000);
    }
  });
});
