import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  SAFE_SQUARE,
  TEXT_WIDTH,
  escapeXml,
  layoutTitle,
  photoHeaderSvg,
  shareCardLayout,
  shareCardSvg,
} from '../../src/share-cards/layout.ts';
import { charAdvance, lineUnits, textWidth, wrapText } from '../../src/share-cards/line-breaking.ts';
import { entryShareImage, pageShareImage, sharePhoto, siteShareImages } from '../../src/share-cards/pages.ts';
import { ShareCardRenderer } from '../../src/share-cards/draw.ts';
import { ShareCardBuild, plannedCards, type PlannedCard } from '../../src/integration/share-cards.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLOSING = /^[，。、；：？！）》」』】”’…,.;:?!)]/;
const OPENING = /[（《「『【“‘(]$/;

describe('measuring', () => {
  it('counts Chinese characters and full-width punctuation as 1 em, Latin as measured', () => {
    expect(charAdvance('双')).toBe(1);
    expect(charAdvance('，')).toBe(1);
    expect(charAdvance('“')).toBe(1);
    expect(charAdvance('2')).toBeCloseTo(0.59);
    expect(charAdvance(' ')).toBeCloseTo(0.227);
    expect(textWidth('2026年')).toBeCloseTo(4 * 0.59 + 1);
  });
});

describe('line breaking (标点禁则)', () => {
  it('glues closing marks to what they close and opening marks to what they open', () => {
    expect(lineUnits('他说：好。')).toEqual(['他', '说：', '好。']);
    expect(lineUnits('参加（座谈）')).toEqual(['参', '加', '（座谈）']);
    expect(lineUnits('2026年COVID-19防控')).toEqual(['2026', '年', 'COVID-19', '防', '控']);
  });

  it('keeps a short quotation on one line', () => {
    expect(lineUnits('开展“八一”走访')).toContain('“八一”');
  });

  const titles = [
    '县双拥办开展“八一”走访慰问活动',
    '最美退役军人韩立新：脱下军装，扎根田野带富乡亲',
    '示例县召开2025年双拥工作总结表彰会',
    '关于进一步做好2026年度义务兵家庭优待金发放工作的通知（示例县退役军人事务局、县财政局联合发文）及相关政策问答和办理流程说明',
    '好军嫂周晓梅：一个人撑起一个家，“军嫂互助小组”帮了十几户军属家庭！',
  ];

  it.each(titles)('never starts a line with a closing mark or ends one with an opening mark: %s', (title) => {
    for (const width of [6, 9, 13.7, 17, 21]) {
      const { lines } = wrapText(title, width, 30);
      for (const line of lines) {
        expect(line).not.toMatch(CLOSING);
        expect(line).not.toMatch(OPENING);
        expect(textWidth(line)).toBeLessThanOrEqual(width + 1e-6);
      }
      expect(lines.join('')).toBe(title.replace(/\s+/g, ''));
    }
  });

  it('balances lines instead of leaving one lonely character', () => {
    const { lines } = wrapText('示例县召开2025年双拥工作总结表彰会', 13.68, 2);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map(textWidth);
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(2);
  });

  it('prefers to break after punctuation', () => {
    expect(wrapText('最美退役军人韩立新：脱下军装，扎根田野带富乡亲', 13.68, 2).lines[0]).toBe('最美退役军人韩立新：');
  });

  it('keeps words whole when the lines are as even either way', () => {
    // 家庭 stays on one line: 示例县义务兵家 | 庭优待金… would be just as even.
    const { lines } = wrapText('示例县义务兵家庭优待金发放标准（2026年起执行）', TEXT_WIDTH / 54, 3);
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.endsWith('家庭'))).toBe(true);
  });

  it('shortens with an ellipsis what does not fit, without a comma before it', () => {
    const { lines, truncated } = wrapText('一二三四五六七八九十，一二三四五六七八九十，一二三四五六七八九十', 10, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/[^，]…$/);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(10);
  });
});

const site = { name: '示例县双拥宣传站', host: '示例县双拥办', baseUrl: 'https://x.gov.cn/' };
const long = '关于进一步做好2026年度义务兵家庭优待金发放工作的通知（示例县退役军人事务局、县财政局联合发文）及相关政策问答和办理流程说明';
const inSquare = (x: number, width = 0) => x >= SAFE_SQUARE.x + 1 && x + width <= SAFE_SQUARE.x + SAFE_SQUARE.size - 1;

describe('title layout', () => {
  it('uses the largest size at which the whole title fits', () => {
    expect(layoutTitle('双拥').fontSize).toBe(64);
    const title = layoutTitle('关于进一步做好2026年度义务兵家庭优待金发放工作的通知');
    expect(title.fontSize).toBeLessThan(64);
    expect(title.truncated).toBe(false);
    for (const line of title.lines) expect(textWidth(line) * title.fontSize).toBeLessThanOrEqual(TEXT_WIDTH + 0.5);
  });
});

describe('card layout: everything it says in the centre square a chat thumbnail keeps', () => {
  const cards = [
    { title: long, header: site.name, kicker: '政策解读', footer: 'shuangyong.example.gov.cn' },
    {
      title: '县双拥办开展“八一”走访慰问活动',
      header: '示例县退役军人事务局双拥工作领导小组办公室宣传站',
      kicker: '活动报道',
      footer: 'x.gov.cn',
    },
    { title: '示例县双拥宣传站', header: '示例县双拥办', footer: 'x.gov.cn' },
  ];

  it.each([false, true])('keeps the site name, the title and the address inside the square (photo: %s)', (photo) => {
    for (const card of cards) {
      const layout = shareCardLayout(card, { photo });
      for (const line of [...layout.title.placed, layout.header, layout.footer]) {
        expect(inSquare(line.x, textWidth(line.text) * line.size), `${line.text} at ${line.x}`).toBe(true);
      }
      expect(inSquare(layout.header.star.cx - layout.header.star.radius)).toBe(true);
      for (const line of layout.title.placed) expect(line.y).toBeLessThan(layout.bar.y);
      // Decoration only outside it: the slogan halves.
      for (const half of layout.slogan) expect(inSquare(half.x) || inSquare(half.x + textWidth(half.text) * half.size)).toBe(false);
    }
  });

  it('centres the title and keeps it below the 栏目 label on a text card', () => {
    const layout = shareCardLayout(cards[0]!);
    expect(layout.title.truncated).toBe(true);
    for (const line of layout.title.placed) {
      const centre = line.x + (textWidth(line.text) * line.size) / 2;
      expect(Math.abs(centre - CARD_WIDTH / 2)).toBeLessThanOrEqual(1);
      expect(line.y - line.size).toBeGreaterThan(layout.kicker!.box.y + layout.kicker!.box.height - 10);
    }
  });

  it('gives a photo card a photo box across the square above the bar, the title at its bottom and the 栏目 label on the side', () => {
    const layout = shareCardLayout(cards[1]!, { photo: true });
    expect(layout.photoBox).toEqual({ x: SAFE_SQUARE.x, y: 0, width: SAFE_SQUARE.size, height: layout.bar.y });
    const last = layout.title.placed.at(-1)!;
    expect(layout.bar.y - last.y).toBeLessThan(40);
    expect(layout.scrims!.bottom.y).toBeLessThan(layout.title.placed[0]!.y - layout.title.fontSize);
    expect(layout.kicker!.box.x + layout.kicker!.box.width).toBeLessThanOrEqual(SAFE_SQUARE.x);
    // The photo's focal point goes between the gradients, nearer the site name than the title.
    const { y } = layout.photoFocus!;
    expect(y).toBeGreaterThan(layout.scrims!.top.height);
    expect(y).toBeLessThan((layout.scrims!.top.height + layout.scrims!.bottom.y) / 2);
  });
});

describe('card SVG', () => {
  const card = { title: '军民共建<新>篇章 & “八一”', header: '示例县双拥宣传站', kicker: '活动报道', footer: 'shuangyong.example.gov.cn' };

  it('is 1200×630 on 双拥 red with the site name, the 栏目, the escaped title and a CJK font', () => {
    const svg = shareCardSvg(card);
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).toContain('fill="#b3121b"');
    expect(svg).toContain('示例县双拥宣传站');
    expect(svg).toContain('活动报道');
    expect(svg).toContain('&lt;新&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg).not.toContain('<新>');
  });

  it('leaves the title out of the shared background, and the site name out of a photo card background (it goes over the photo)', () => {
    expect(shareCardSvg(card, { withTitle: false })).not.toContain('篇章');
    const photoBackground = shareCardSvg(card, { photo: true });
    expect(photoBackground).not.toContain('篇章');
    expect(photoBackground).not.toContain('示例县双拥宣传站');
    expect(photoBackground).toContain('活动报道');
    expect(photoHeaderSvg(card)).toContain('示例县双拥宣传站');
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('which card a page shares', () => {
  it('gives list pages their section card and everything else the site card', () => {
    const path = (pathname: string) => pageShareImage(pathname, '页面', site).path;
    expect(path('/reports/page/2/')).toBe('/og/reports.png');
    expect(path('/cases/year/2025/')).toBe('/og/cases.png');
    expect(path('/policies/for/tuiyi-junren/')).toBe('/og/policies.png');
    expect(path('/units/ceshi/')).toBe('/og/units.png');
    expect(path('/')).toBe('/og/site.png');
    expect(path('/404.html')).toBe('/og/site.png');
    expect(pageShareImage('/reports/', '活动报道', site)).toMatchObject({
      url: 'https://x.gov.cn/og/reports.png',
      type: 'image/png',
      width: 1200,
      height: 630,
      alt: '活动报道（示例县双拥宣传站）',
      card: { title: '活动报道', header: site.name },
    });
  });

  it('names every section card a list page can ask for, and the site card', () => {
    const paths = siteShareImages(site).map((image) => image.path);
    expect(paths).toContain('/og/site.png');
    for (const pathname of [
      '/reports/',
      '/plans/',
      '/cases/',
      '/policies/',
      '/education/',
      '/timeline/',
      '/calendar/',
      '/units/',
      '/search/',
      '/about/',
      '/',
    ]) {
      expect(paths).toContain(pageShareImage(pathname, 'x', site).path);
    }
  });

  it('gives an entry its own card: a PNG without a photo, a JPEG over its cover or first gallery photo', () => {
    expect(entryShareImage('plans', '2026-jihua', { title: ' 2026年双拥工作计划 ' }, site)).toMatchObject({
      path: '/og/plans/2026-jihua.png',
      url: 'https://x.gov.cn/og/plans/2026-jihua.png',
      type: 'image/png',
      alt: '2026年双拥工作计划（示例县双拥宣传站）',
      card: { title: '2026年双拥工作计划', kicker: '工作计划', header: site.name, footer: 'x.gov.cn' },
    });
    const withPhoto = entryShareImage('reports', 'a', { title: '八一座谈会', gallery: [{ src: './1.jpg', alt: '座谈会现场' }] }, site);
    expect(withPhoto).toMatchObject({
      path: '/og/reports/a.jpg',
      type: 'image/jpeg',
      photo: './1.jpg',
      alt: '八一座谈会（示例县双拥宣传站）：座谈会现场',
    });
  });

  it('shares the cover, else the first gallery photo, else nothing', () => {
    expect(sharePhoto({ cover: 'c', coverAlt: '封面' })).toEqual({ src: 'c', alt: '封面' });
    expect(sharePhoto({ gallery: [{ src: 'g', alt: '图一' }] })).toEqual({ src: 'g', alt: '图一' });
    expect(sharePhoto({ gallery: [] })).toBeUndefined();
  });
});

/** Mean absolute difference of two RGB buffers over the columns [from, to). */
function columnsDiffer(a: Buffer, b: Buffer, from: number, to: number): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < CARD_HEIGHT; y++) {
    for (let x = from; x < to; x++) {
      for (let c = 0; c < 3; c++) sum += Math.abs(a[(y * CARD_WIDTH + x) * 3 + c]! - b[(y * CARD_WIDTH + x) * 3 + c]!);
      count += 3;
    }
  }
  return sum / count;
}
const rgbOf = async (image: Buffer) => (await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })).data;

describe('rendering', () => {
  it('makes a 1200×630 palette PNG: red background, white title, gold bar, no metadata', async () => {
    const renderer = new ShareCardRenderer();
    const card = {
      title: '县双拥办开展“八一”走访慰问活动',
      header: '示例县双拥宣传站',
      kicker: '活动报道',
      footer: 'shuangyong.example.gov.cn',
    };
    const png = await renderer.render(card);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT, isPalette: true });
    expect(meta.exif).toBeUndefined();
    const data = await rgbOf(png);
    const at = (x: number, y: number) => [...data.subarray((y * CARD_WIDTH + x) * 3, (y * CARD_WIDTH + x) * 3 + 3)];
    expect(at(10, 10)).toEqual([0xb3, 0x12, 0x1b]);
    expect(at(600, 620)).toEqual([0xf5, 0xc5, 0x42]);
    // The title is drawn: plenty of white pixels where its lines are.
    const { placed, fontSize } = shareCardLayout(card).title;
    let white = 0;
    for (const line of placed) {
      for (let x = SAFE_SQUARE.x; x < SAFE_SQUARE.x + SAFE_SQUARE.size; x++) {
        for (let y = line.y - fontSize; y < line.y; y += 4) if (at(x, y).every((c) => c > 240)) white++;
      }
    }
    expect(white).toBeGreaterThan(1500);
  });

  it("draws nothing of a card's own outside the centre square", async () => {
    const renderer = new ShareCardRenderer();
    const card = (title: string) => ({ title, header: site.name, kicker: '活动报道', footer: 'x.gov.cn' });
    const [a, b] = await Promise.all([renderer.render(card('县双拥办开展“八一”走访慰问活动')), renderer.render(card(long))]);
    const [ra, rb] = [await rgbOf(a), await rgbOf(b)];
    expect(columnsDiffer(ra, rb, 0, SAFE_SQUARE.x)).toBe(0);
    expect(columnsDiffer(ra, rb, SAFE_SQUARE.x + SAFE_SQUARE.size, CARD_WIDTH)).toBe(0);
    expect(columnsDiffer(ra, rb, SAFE_SQUARE.x, SAFE_SQUARE.x + SAFE_SQUARE.size)).toBeGreaterThan(1);
  });

  it('renders glyphs once for many cards and reports what it did', async () => {
    const renderer = new ShareCardRenderer();
    const cards = Array.from({ length: 60 }, (_, i) => ({
      title: `第${i}次双拥工作座谈会在县人武部召开`,
      header: '示例县双拥宣传站',
      kicker: '活动报道',
      footer: 'x.gov.cn',
    }));
    await renderer.prepare(cards);
    const glyphs = renderer.stats.glyphs;
    const started = performance.now();
    for (const card of cards) await renderer.render(card);
    const perCard = (performance.now() - started) / cards.length;
    expect(renderer.stats.glyphs).toBe(glyphs); // nothing re-rendered
    expect(renderer.stats.cards).toBe(60);
    expect(renderer.stats.backgrounds).toBe(1);
    console.info(`share cards: ${perCard.toFixed(1)} ms a card (wall), ${glyphs} glyphs`);
  });
});

/**
 * A landscape photo seen upright: red top half, blue bottom half, stored on its side with EXIF
 * Orientation 6 (as phones do). Landscape, so the card keeps its whole height.
 */
async function sidewaysPhoto(file: string): Promise<void> {
  const width = 1200;
  const height = 900;
  const upright = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) upright.set(y < height / 2 ? [200, 40, 40] : [40, 70, 200], (y * width + x) * 3);
  }
  // Stored rotated 90° anticlockwise; Orientation 6 says "turn clockwise to view".
  await sharp(upright, { raw: { width, height, channels: 3 } })
    .rotate(-90)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(file);
}

describe('photo cards', () => {
  it('put the photo upright in the centre square under the site name and the title, as a JPEG without metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-photo-'));
    try {
      const file = join(dir, 'phone.jpg');
      await sidewaysPhoto(file);
      const renderer = new ShareCardRenderer();
      const card = { title: '好军嫂：一个人撑起一个家', header: site.name, kicker: '双拥典型', footer: 'x.gov.cn' };
      const jpeg = await renderer.renderPhoto(card, file);
      const meta = await sharp(jpeg).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(meta.exif).toBeUndefined();
      const data = await rgbOf(jpeg);
      const at = (x: number, y: number) =>
        [...data.subarray((y * CARD_WIDTH + x) * 3, (y * CARD_WIDTH + x) * 3 + 3)] as [number, number, number];
      const near = (pixel: number[], colour: number[], tolerance = 24) => pixel.every((c, i) => Math.abs(c - colour[i]!) <= tolerance);
      // Upright: down the middle of the photo, between the gradients, red rows come first and blue rows after.
      const layout = shareCardLayout(card, { photo: true });
      const rows: string[] = [];
      for (let y = layout.scrims!.top.height; y < layout.scrims!.bottom.y; y += 4) {
        rows.push(near(at(400, y), [200, 40, 40]) ? 'r' : near(at(400, y), [40, 70, 200]) ? 'b' : '?');
      }
      expect(rows.join(''), 'red above blue').toMatch(/^r+\??b+$/);
      // The sides are the red card, the bar is gold.
      for (const [x, y] of [
        [10, 10],
        [1190, 10],
        [1190, 530],
      ] as const)
        expect(near(at(x, y), [0xb3, 0x12, 0x1b], 6), `side ${x},${y}: ${at(x, y).join(',')}`).toBe(true);
      expect(near(at(600, 620), [0xf5, 0xc5, 0x42], 10)).toBe(true);
      // The title is white over the darkened bottom of the photo.
      const { placed, fontSize } = shareCardLayout(card, { photo: true }).title;
      let white = 0;
      for (const line of placed)
        for (let x = SAFE_SQUARE.x; x < SAFE_SQUARE.x + SAFE_SQUARE.size; x++)
          for (let y = line.y - fontSize; y < line.y; y += 3) if (at(x, y).every((c) => c > 225)) white++;
      expect(white).toBeGreaterThan(800);
      // The site name is white over the top of the photo.
      const header = shareCardLayout(card, { photo: true }).header;
      let headerWhite = 0;
      for (let x = header.x; x < header.x + textWidth(header.text) * header.size; x++)
        for (let y = header.y - header.size; y < header.y; y += 2) if (at(x, y).every((c) => c > 225)) headerWhite++;
      expect(headerWhite).toBeGreaterThan(200);
      expect(renderer.stats).toMatchObject({ cards: 1, photoCards: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the build step', () => {
  it('plans the site card, every section card and one card per published entry, from the content', () => {
    const entries = [
      { collection: 'reports', id: 'a', file: 'content/reports/a.mdx', data: { title: '八一座谈会' } },
      { collection: 'reports', id: 'draft', file: 'content/reports/draft.mdx', data: { title: '草稿', draft: true } },
      {
        collection: 'reports',
        id: 'photo',
        file: 'content/reports/photo/index.mdx',
        data: { title: '有封面', cover: './c.jpg', coverAlt: '封面' },
      },
      {
        collection: 'cases',
        id: 'gallery',
        file: 'content/cases/gallery/index.mdx',
        data: { title: '有相册', gallery: [{ src: './1.jpg', alt: '照片' }] },
      },
      { collection: 'cases', id: 'broken', file: 'content/cases/broken.mdx', data: undefined },
    ];
    const planned = plannedCards(entries, site, '/repo');
    const byPath = new Map(planned.map((card) => [card.path, card]));
    expect([...byPath.keys()].filter((path) => path.split('/').length === 4)).toEqual([
      '/og/reports/a.png',
      '/og/reports/photo.jpg',
      '/og/cases/gallery.jpg',
    ]);
    expect(byPath.get('/og/reports/a.png')).toEqual({
      path: '/og/reports/a.png',
      card: { title: '八一座谈会', kicker: '活动报道', header: site.name, footer: 'x.gov.cn' },
    });
    expect(byPath.get('/og/reports/photo.jpg')!.photo).toBe('/repo/content/reports/photo/c.jpg');
    expect(byPath.get('/og/cases/gallery.jpg')!.photo).toBe('/repo/content/cases/gallery/1.jpg');
    expect(byPath.has('/og/site.png') && byPath.has('/og/reports.png') && byPath.has('/og/about.png')).toBe(true);
    // The entry's card is the one its page names.
    expect(byPath.get('/og/reports/a.png')!.card).toEqual(entryShareImage('reports', 'a', { title: '八一座谈会' }, site).card);
  });

  it('draws the planned cards in a worker while pages build, writes each once, and draws on this thread what the worker did not', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'share-cards-')), mkdtempSync(join(tmpdir(), 'share-cards-'))];
    const [dist, fresh] = dirs as [string, string];
    try {
      const photo = join(dist, 'photo.jpg');
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2f7d4a' } })
        .jpeg()
        .toFile(photo);
      const cards: PlannedCard[] = [
        ...siteShareImages(site)
          .slice(0, 2)
          .map(({ path, card }) => ({ path, card })),
        { path: '/og/reports/a.png', card: { title: '八一座谈会', kicker: '活动报道', header: site.name, footer: 'x.gov.cn' } },
        { path: '/og/reports/b.jpg', card: { title: '有照片的报道', kicker: '活动报道', header: site.name, footer: 'x.gov.cn' }, photo },
      ];
      const early = new ShareCardBuild(cards);
      early.startEarly();
      expect(await early.write(dist)).toMatchObject({ cards: 4, predicted: 4 });
      // Without the worker everything is drawn at the end, to the same bytes.
      expect(await new ShareCardBuild(cards).write(fresh)).toMatchObject({ cards: 4, predicted: 0, photoCards: 1 });
      for (const { path } of cards) {
        expect(existsSync(join(dist, path)), path).toBe(true);
        expect(readFileSync(join(dist, path)).equals(readFileSync(join(fresh, path))), path).toBe(true);
      }
      expect((await sharp(join(dist, 'og/reports/b.jpg')).metadata()).format).toBe('jpeg');
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
