/**
 * What issue 15 adds, on the built sites: the 政务公开 policy page with downloadable attachments and
 * its 解读 linked both ways, the footer items from site.yaml (and their absence when not set), the
 * 无障碍说明 page, and the 网站自查 summary at the end of a real `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { page, routeExists, routeFile, text } from '../helpers/html.ts';
import { repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { withBuildLock } from '../helpers/build-lock.ts';

const ORIGINAL = '/policies/xian-youfu-dongji-weiwen-banfa/';
const INTERPRETATION = '/policies/xian-youfu-dongji-weiwen-jiedu/';

describe('a policy in 政务公开 form', () => {
  const html = page('demo', ORIGINAL);
  const facts = html.querySelectorAll('.disclosure dl dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);

  it('shows 索引号, 发文机关, 发文字号, 成文日期, 发布日期 and 有效性 in the metadata block', () => {
    expect(facts).toEqual([
      ['索引号', '999900001/2026-00031'],
      ['发文机关', '示例县退役军人事务局、示例县财政局'],
      ['发文字号', '示退役军人发〔2026〕12号'],
      ['成文日期', '2026年11月5日'],
      ['发布日期', '2026年11月10日'],
      ['有效性', '有效'],
    ]);
    expect(text(html.querySelector('.meta'))).toContain('政策原文');
  });

  it('links its 解读, and the 解读 links back', () => {
    const toInterpretation = html.querySelector(`a[href="${INTERPRETATION}"]`);
    expect(text(toInterpretation?.parentNode)).toContain('本文件的政策解读');
    const back = page('demo', INTERPRETATION).querySelector(`a[href="${ORIGINAL}"]`);
    expect(text(back?.parentNode)).toBe('本解读对应的政策原文：关于印发《示例县重点优抚对象冬季走访慰问和临时帮扶办法》的通知');
  });

  it('lists every attachment with its type and size, and publishes it byte for byte', () => {
    const items = html.querySelectorAll('#attachments-title + ul li');
    expect(items.map((li) => text(li))).toEqual([
      '办法全文（盖章版） （PDF 文件，224 KB）',
      '附件1：重点优抚对象临时帮扶申请表 （Word 文档，1 KB）',
      '附件2：冬季走访慰问和临时帮扶标准 （Excel 表格，2 KB）',
    ]);
    const sources = ['banfa.pdf', 'shenqingbiao.docx', 'weiwen-biaozhun.xlsx'];
    items.forEach((li, index) => {
      const link = li.querySelector('a')!;
      const href = link.getAttribute('href')!;
      expect(href).toBe(`${ORIGINAL}fujian-${index + 1}.${sources[index]!.split('.').pop()}`);
      expect(link.getAttribute('download')).toMatch(/\.(pdf|docx|xlsx)$/);
      const published = readFileSync(routeFile('demo', href));
      const original = readFileSync(resolve(repoRoot, 'content/policies/xian-youfu-dongji-weiwen-banfa', sources[index]!));
      expect(published.equals(original), href).toBe(true);
    });
    expect(
      readFileSync(routeFile('demo', `${ORIGINAL}fujian-1.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('older policies without these fields show no empty block', () => {
    const old = page('demo', '/policies/junren-jiaotong-youdai/');
    expect(old.querySelector('.disclosure')).toBeNull();
    expect(old.querySelector('#attachments-title')).toBeNull();
  });
});

describe('footer items from site.yaml', () => {
  const footer = page('demo', '/reports/').querySelector('footer')!;

  it('shows the hotline, the 咨询建言 link, the ICP and 公安备案 lookups and the 无障碍说明 page', () => {
    expect(footer.querySelector('a[href="tel:12345"]')?.textContent).toBe('12345（政务服务便民热线）');
    expect(text(footer.querySelector('a[href="mailto:shuangyong@example.gov.cn"]'))).toBeTruthy();
    expect(text(footer.querySelector('.footer-service'))).toContain('写信咨询建言（shuangyong@example.gov.cn）');
    expect(text(footer.querySelector('a[href="https://beian.miit.gov.cn/"]'))).toBe('示ICP备00000000号-1');
    expect(text(footer.querySelector('a[href="https://beian.mps.gov.cn/#/query/webSearch?code=99999902000001"]'))).toBe(
      '示公网安备 99999902000001号',
    );
    expect(footer.querySelector('a[href="/accessibility/"]')).not.toBeNull();
    expect(text(page('demo', '/accessibility/').querySelector('h1'))).toBe('无障碍说明');
  });

  it('shows the 公众号 QR code and the 党政机关 mark from content/, re-encoded without metadata', async () => {
    const qr = footer.querySelector('img[alt="微信公众号“示例县双拥”的二维码"]')!;
    expect(text(qr.parentNode)).toContain('微信公众号：示例县双拥');
    const mark = footer.querySelector('a[href^="https://bszs.conac.cn/"] img[alt="党政机关网站标识"]')!;
    for (const [img, width, height] of [
      [qr, 264, 264],
      [mark, 220, 80],
    ] as const) {
      const src = img.getAttribute('src')!;
      expect(src).toMatch(/^\/site-files\/.+\.png$/);
      const meta = await sharp(readFileSync(routeFile('demo', src))).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['png', width, height, undefined]);
      expect(Number(img.getAttribute('width')) / Number(img.getAttribute('height'))).toBeCloseTo(width / height, 1);
    }
  });

  it('shows none of them on a site that does not set them', () => {
    const basic = page('basic', '/').querySelector('footer')!;
    expect(text(basic)).not.toContain('服务热线');
    expect(text(basic)).not.toContain('咨询建言');
    expect(basic.querySelectorAll('img')).toHaveLength(0);
    expect(routeExists('basic', '/site-files/wechat-qr.png')).toBe(false);
    // The records are still linked to their lookups.
    expect(basic.querySelector('a[href="https://beian.miit.gov.cn/"]')).not.toBeNull();
  });
});

describe('the build output', () => {
  it('ends with the 网站自查 summary (a real astro build of the fixture)', async () => {
    const outDir = join(tmpRoot, 'inspect-build', 'dist');
    // Under the build lock: a build writes the repository's .astro/ folder (tests/helpers/build-lock.ts).
    const result = await withBuildLock(() =>
      Promise.resolve(
        spawnSync(
          resolve(repoRoot, 'node_modules/.bin/node'),
          [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
          {
            cwd: repoRoot,
            env: {
              ...process.env,
              SITE_CONTENT_DIR: resolve(repoRoot, 'tests/fixtures/basic/content'),
              SITE_TODAY: '2026-08-15',
              NODE_ENV: 'production',
              ASTRO_TELEMETRY_DISABLED: '1',
              NO_COLOR: '1',
              FORCE_COLOR: '0',
            },
            encoding: 'utf8',
          },
        ),
      ),
    );
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const start = lines.findIndex((line) => line.startsWith('网站自查未通过'));
    expect(start).toBeGreaterThan(0);
    expect(lines[start]).toBe('网站自查未通过：3 项不合格，请在检查前改正。（今天 2026-08-15）');
    expect(lines.slice(start).join('\n')).toContain('✖ 没有咨询建言渠道');
    expect(lines.slice(start).join('\n')).toContain('详情请运行 npm run inspect。');
    // After the summary only Astro's own two closing lines follow.
    const after = lines.slice(lines.findIndex((line, i) => i > start && line.includes('详情请运行 npm run inspect')) + 1);
    expect(after.map((line) => line.replace(/^\S+ /, ''))).toEqual([
      expect.stringMatching(/^\[build\] \d+ page\(s\) built in/),
      '[build] Complete!',
    ]);
  }, 180_000);
});
