/**
 * The channels on a fixture built for them: a report whose title and digest are over the 公众号
 * limits and whose body needs the MDX compiler, a draft, and a policy with a 标准 table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildSite, repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { filesUnder } from '../../tools/files.ts';
import { parseRss } from '../helpers/feeds.ts';
import { wechatProblems } from '../../src/lib/channels/wechat.ts';

const SITE = 'channels';
const dist = join(tmpRoot, SITE, 'dist');
const LONG = '2026-05-01-changbiaoti';
const DRAFT = '2026-05-02-caogao';
const read = (route: string) => readFileSync(join(dist, route.endsWith('/') ? `${route}index.html` : route), 'utf8');

beforeAll(async () => {
  if (!(process.env.TEST_REUSE_BUILDS === '1' && existsSync(join(dist, 'index.html')))) {
    await buildSite(SITE, 'tests/fixtures/channels/content', { today: '2026-08-15' });
  }
}, 300_000);

describe('公众号 limits on the built staff pages', () => {
  it('warns in Chinese about a title and a digest over the limits, naming the file, the field and the fix', () => {
    const $ = cheerio.load(read(`/staff/wechat/reports/${LONG}/`));
    const warnings = $('[role="note"] li')
      .map((_, li) => $(li).text())
      .get();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('标题有 67 个字，超过公众号标题上限 64 字');
    expect(warnings[0]).toContain(`tests/fixtures/channels/content/reports/${LONG}.mdx`);
    expect(warnings[0]).toContain('title（标题）改到 64 字以内');
    expect(warnings[1]).toContain('摘要有 125 个字，超过公众号摘要上限 120 字');
    expect(warnings[1]).toContain('summary（摘要）改短');
    expect($('dt').first().text()).toBe('标题（67/64 字）');
    // The staff list shows the same problems at a glance.
    const row = cheerio
      .load(read('/staff/'))('tr')
      .filter((_, tr) => cheerio.load(tr).text().includes('五一国际劳动节'));
    expect(row.text()).toContain('标题有 67 个字；摘要有 125 个字');
  });

  it('renders a body that needs the MDX compiler the same way the page does, styled inline', () => {
    const $ = cheerio.load(read(`/staff/wechat/reports/${LONG}/`));
    const strong = $('#wechat-article strong');
    expect(strong.text()).toBe('军民共建');
    expect(strong.attr('style')).toContain('font-weight: bold');
    expect(wechatProblems($('#wechat-article').html() ?? '')).toEqual([]);
    const page = cheerio.load(read(`/reports/${LONG}/`));
    expect(page('article strong').text()).toBe('军民共建');
    const { items } = parseRss(read('/feeds/reports.xml'));
    expect(items.find((item) => item.link.endsWith(`/reports/${LONG}/`))!['content:encoded']).toContain('<strong>军民共建</strong>');
  });

  it('carries a policy’s 标准 table and 常见问题 into the 公众号 version', () => {
    const $ = cheerio.load(read('/staff/wechat/policies/ceshi-youdai/'));
    const article = $('#wechat-article');
    expect(
      article
        .find('td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['义务兵家庭优待金', '12,000 元/年']);
    // The amount and its unit stay on one line once pasted (the editor keeps only inline styles).
    expect(article.find('td').last().attr('style')).toContain('white-space: nowrap');
    expect(article.find('h3').text()).toBe('什么时候发放？');
    expect(article.text()).toContain('状态：现行有效');
  });
});

describe('drafts stay out of every channel', () => {
  it('has no 公众号 page, export file or feed item, and the export command does not know it', () => {
    expect(existsSync(join(dist, `staff/wechat/reports/${DRAFT}`))).toBe(false);
    expect(existsSync(join(dist, `staff/export/reports/${DRAFT}.json`))).toBe(false);
    for (const file of filesUnder(join(dist, 'feeds')).concat(filesUnder(join(dist, 'staff')))) {
      const content = readFileSync(file, 'utf8');
      expect(content, file).not.toContain(DRAFT);
      expect(content, file).not.toContain('还没写完的共建报道');
    }
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/export-wechat.ts'), DRAFT, '--dist', dist], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('草稿不会导出');
  });
});
