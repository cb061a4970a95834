import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  TITLE_WIDTH,
  articleJsonLd,
  charAdvance,
  entryCardPath,
  entryOfPath,
  escapeXml,
  jsonForScript,
  layoutTitle,
  lineUnits,
  ogCropSize,
  sectionCardPath,
  shareCardLayout,
  shareCardSvg,
  sharePhoto,
  textWidth,
  wrapText,
} from '../../src/lib/share-card.ts';
import { ShareCardBuild, ShareCardRenderer, cardFor, expectedEntryCards } from '../../src/integration/share-cards.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('shortens with an ellipsis what does not fit, without a comma before it', () => {
    const { lines, truncated } = wrapText('一二三四五六七八九十，一二三四五六七八九十，一二三四五六七八九十', 10, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/[^，]…$/);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(10);
  });
});

describe('title layout', () => {
  it('uses the largest size at which the whole title fits', () => {
    expect(layoutTitle('双拥').fontSize).toBe(76);
    const long = layoutTitle('关于进一步做好2026年度义务兵家庭优待金发放工作的通知及有关问题的说明');
    expect(long.fontSize).toBeLessThan(76);
    expect(long.truncated).toBe(false);
    for (const line of long.lines) expect(textWidth(line) * long.fontSize).toBeLessThanOrEqual(TITLE_WIDTH + 0.5);
  });

  it('keeps every line of a card inside the card and above the gold bar', () => {
    const layout = shareCardLayout({ title: '关于进一步做好2026年度义务兵家庭优待金发放工作的通知（示例县退役军人事务局、县财政局联合发文）及相关政策问答和办理流程说明', header: '示例县双拥宣传站', kicker: '政策解读', footer: 'shuangyong.example.gov.cn' });
    expect(layout.title.truncated).toBe(true);
    for (const line of layout.title.placed) {
      expect(line.y).toBeLessThan(layout.bar.y);
      expect(line.y - layout.title.fontSize).toBeGreaterThan(layout.kicker!.box.y + layout.kicker!.box.height - 10);
    }
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

  it('leaves the title out of the shared background', () => {
    expect(shareCardSvg(card, { withTitle: false })).not.toContain('篇章');
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('which card a page shares', () => {
  it('recognises entry pages', () => {
    expect(entryOfPath('/reports/2026-08-01-bayi/')).toEqual({ collection: 'reports', id: '2026-08-01-bayi' });
    expect(entryOfPath('/reports/page/2/')).toBeUndefined();
    expect(entryOfPath('/cases/category/hao-junsao/')).toBeUndefined();
    expect(entryOfPath('/units/ceshi/')).toBeUndefined();
  });

  it('gives list pages their section card and everything else the site card', () => {
    expect(sectionCardPath('/reports/page/2/')).toBe('/og/reports.png');
    expect(sectionCardPath('/cases/year/2025/')).toBe('/og/cases.png');
    expect(sectionCardPath('/policies/for/tuiyi-junren/')).toBe('/og/policies.png');
    expect(sectionCardPath('/')).toBe('/og/site.png');
    expect(sectionCardPath('/404.html')).toBe('/og/site.png');
    expect(entryCardPath('plans', '2026-jihua')).toBe('/og/plans/2026-jihua.png');
  });

  it('shares the cover, else the first gallery photo, else nothing', () => {
    expect(sharePhoto({ cover: 'c', coverAlt: '封面' })).toEqual({ src: 'c', alt: '封面' });
    expect(sharePhoto({ gallery: [{ src: 'g', alt: '图一' }] })).toEqual({ src: 'g', alt: '图一' });
    expect(sharePhoto({ gallery: [] })).toBeUndefined();
  });

  it('crops photos to 1.91:1 without upscaling', () => {
    expect(ogCropSize(4000, 3000)).toEqual({ width: 1200, height: 630 });
    expect(ogCropSize(800, 1200)).toEqual({ width: 800, height: 420 });
    expect(ogCropSize(1600, 500)).toEqual({ width: 952, height: 500 });
  });
});

describe('JSON-LD', () => {
  const input = {
    collection: 'cases' as const,
    url: 'https://x.gov.cn/cases/a/',
    title: '好军嫂',
    published: '2026-03-06',
    images: ['https://x.gov.cn/og/cases/a.png'],
    unitName: '城关街道',
    publisher: { name: '县双拥办', url: 'https://x.gov.cn/', logo: 'https://x.gov.cn/og/site.png' },
    about: { name: '周晓梅', person: true, awards: ['2024年示例县“好军嫂”'] },
  };

  it('describes an article with publisher, dates, image and who it is about', () => {
    const data = articleJsonLd(input);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '好军嫂',
      datePublished: '2026-03-06',
      dateModified: '2026-03-06',
      image: input.images,
      author: { '@type': 'Organization', name: '城关街道' },
      publisher: { '@type': 'GovernmentOrganization', name: '县双拥办' },
      about: { '@type': 'Person', name: '周晓梅', award: ['2024年示例县“好军嫂”'] },
    });
    expect(articleJsonLd({ ...input, collection: 'reports', about: undefined, author: '李文' })).toMatchObject({ '@type': 'NewsArticle', author: { '@type': 'Person', name: '李文' } });
  });

  it('cannot be closed early by the text inside it', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('rendering', () => {
  it('makes a 1200×630 palette PNG: red background, white title, gold bar, no metadata', async () => {
    const renderer = new ShareCardRenderer();
    const card = { title: '县双拥办开展“八一”走访慰问活动', header: '示例县双拥宣传站', kicker: '活动报道', footer: 'shuangyong.example.gov.cn' };
    const png = await renderer.render(card);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT, isPalette: true });
    expect(meta.exif).toBeUndefined();
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    expect(at(10, 10)).toEqual([0xb3, 0x12, 0x1b]);
    expect(at(600, 620)).toEqual([0xf5, 0xc5, 0x42]);
    // The title is drawn: plenty of white pixels where its lines are.
    const { placed, fontSize } = shareCardLayout(card).title;
    let white = 0;
    for (const line of placed) {
      for (let x = 80; x < 1100; x++) {
        for (let y = line.y - fontSize; y < line.y; y += 4) if (at(x, y).every((c) => c > 240)) white++;
      }
    }
    expect(white).toBeGreaterThan(2000);
  });

  it('renders glyphs once for many cards and reports what it did', async () => {
    const renderer = new ShareCardRenderer();
    const cards = Array.from({ length: 60 }, (_, i) => ({ title: `第${i}次双拥工作座谈会在县人武部召开`, header: '示例县双拥宣传站', kicker: '活动报道', footer: 'x.gov.cn' }));
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

describe('the build step', () => {
  const site = { name: '示例县双拥宣传站', host: '示例县双拥办', baseUrl: 'https://x.gov.cn/' };
  const labels = { reports: '活动报道', cases: '双拥典型' };

  it('knows each card from its path', () => {
    expect(cardFor('/og/site.png', '首页', site, labels)).toEqual({ title: '示例县双拥宣传站', header: '示例县双拥办', footer: 'x.gov.cn' });
    expect(cardFor('/og/reports.png', '2025年活动报道', site, labels)).toEqual({ title: '活动报道', header: '示例县双拥宣传站', footer: 'x.gov.cn' });
    expect(cardFor('/og/reports/a.png', '八一座谈会', site, labels)).toEqual({ title: '八一座谈会', kicker: '活动报道', header: '示例县双拥宣传站', footer: 'x.gov.cn' });
    expect(cardFor('/og/unknown/a/b.png', 'x', site, labels)).toBeUndefined();
  });

  it('writes the cards that built pages point to, with their titles', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'share-cards-'));
    try {
      const page = (route: string, image: string, title: string) => {
        mkdirSync(join(dist, route), { recursive: true });
        writeFileSync(join(dist, route, 'index.html'), `<!doctype html><html><head><meta property="og:title" content="${title}"><meta property="og:image" content="https://x.gov.cn${image}"></head><body></body></html>`);
      };
      page('', '/og/site.png', '示例县双拥宣传站');
      page('reports', '/og/reports.png', '活动报道');
      page('reports/page/2', '/og/reports.png', '活动报道（第2页）');
      page('reports/a', '/og/reports/a.png', '军民共建&amp;“八一”座谈');
      page('reports/b', '/_astro/photo.jpg', '有照片的报道');
      const written = await new ShareCardBuild(site, labels).write(dist);
      expect(written).toMatchObject({ cards: 3, predicted: 0 });
      for (const file of ['og/site.png', 'og/reports.png', 'og/reports/a.png']) expect(existsSync(join(dist, file)), file).toBe(true);
      expect(existsSync(join(dist, '_astro/photo.jpg'))).toBe(false);
      expect((await sharp(join(dist, 'og/reports/a.png')).metadata()).width).toBe(CARD_WIDTH);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('predicts entry cards from the content: published entries without a share photo', () => {
    const entries = [
      { collection: 'reports', id: 'a', data: { title: '八一座谈会' } },
      { collection: 'reports', id: 'draft', data: { title: '草稿', draft: true } },
      { collection: 'reports', id: 'photo', data: { title: '有封面', cover: './c.jpg', coverAlt: '封面' } },
      { collection: 'cases', id: 'gallery', data: { title: '有相册', gallery: [{ src: './1.jpg', alt: '照片' }] } },
      { collection: 'cases', id: 'broken', data: undefined },
    ];
    expect([...expectedEntryCards(entries, site, labels)]).toEqual([
      ['/og/reports/a.png', { title: '八一座谈会', kicker: '活动报道', header: '示例县双拥宣传站', footer: 'x.gov.cn' }],
    ]);
  });

  it('draws predicted cards in a worker and uses one only when the built page asks for the same card', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'share-cards-')), mkdtempSync(join(tmpdir(), 'share-cards-'))];
    const [dist, fresh] = dirs as [string, string];
    const page = (root: string, route: string, image: string, title: string) => {
      mkdirSync(join(root, route), { recursive: true });
      writeFileSync(join(root, route, 'index.html'), `<!doctype html><html><head><meta property="og:title" content="${title}"><meta property="og:image" content="https://x.gov.cn${image}"></head><body></body></html>`);
    };
    try {
      page(dist, 'reports/a', '/og/reports/a.png', '八一座谈会');
      page(dist, 'reports/b', '/og/reports/b.png', '改过的标题');
      const card = (title: string) => ({ title, kicker: '活动报道', header: site.name, footer: 'x.gov.cn' });
      const build = new ShareCardBuild(site, labels);
      build.startEarly(new Map([
        ['/og/reports/a.png', card('八一座谈会')],
        ['/og/reports/b.png', card('旧标题')],
        ['/og/reports/draft.png', card('没有页面的草稿')],
      ]));
      const written = await build.write(dist);
      // a came from the worker; b's title changed, so it was drawn again; the draft's card is not published.
      expect(written).toMatchObject({ cards: 2, predicted: 1 });
      expect(existsSync(join(dist, 'og/reports/draft.png'))).toBe(false);
      page(fresh, 'reports/a', '/og/reports/a.png', '八一座谈会');
      page(fresh, 'reports/b', '/og/reports/b.png', '改过的标题');
      expect(await new ShareCardBuild(site, labels).write(fresh)).toMatchObject({ cards: 2, predicted: 0 });
      for (const file of ['og/reports/a.png', 'og/reports/b.png']) {
        expect(readFileSync(join(dist, file)).equals(readFileSync(join(fresh, file))), file).toBe(true);
      }
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
