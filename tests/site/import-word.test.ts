/**
 * Word import end to end: real .docx files (made here, with automatic chineseCounting numbering,
 * bold, a table and a photo carrying GPS) go through `npm run import:plan` and
 * `npm run import:report` into a copy of the basic fixture's content; `npm run check:content`
 * refuses the result until the photo captions and the guessed values are filled in; then it
 * passes, the site builds, and the built pages show the plan's sections and tasks and the
 * report's photo, with no GPS or camera data in any published image.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/docx-fixture.ts';
import { buildSite, tmpRoot } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/paths.ts';

const node = resolve(repoRoot, 'node_modules/.bin/node');
const content = join(tmpRoot, 'import-word-content');
const work = join(tmpRoot, 'import-word-files');

function run(script: string, ...args: string[]) {
  const result = spawnSync(node, [script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, SITE_CONTENT_DIR: content, NO_COLOR: '1', SITE_TODAY: '2026-03-01' },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const PLAN = [
  { text: '测试县2026年双拥工作计划' },
  { text: '工作目标', level: 0 },
  { text: '建成县、乡、村三级退役军人服务网络。', level: 2 },
  { text: '优抚政策落实率达到100%。', level: 2 },
  { text: '主要任务', level: 0 },
  { text: '节日慰问', level: 1 },
  { text: '春节前走访慰问驻县部队和重点优抚对象，重点看望困难家庭。', level: 2, bold: '重点看望困难家庭' },
  { text: '“八一”期间召开军地座谈会。', level: 2 },
  { text: '国防教育', level: 1 },
  { text: '全民国防教育日在县城广场开展国防知识宣传。', level: 2 },
  { text: '征兵宣传进校园，9月份完成。', level: 3 },
  {
    table: [
      ['时间', '内容', '责任单位'],
      ['5月份', '举办军营开放日活动', '县人武部'],
    ],
  },
  { photo: true as const, alt: '去年的慰问现场' },
];

const REPORT = [
  { text: '测试县“八一”前夕走访慰问驻县部队' },
  { text: '2026年7月30日上午，县领导带队在武警测试中队营区举行慰问座谈会，向全体官兵致以节日问候。', bold: '节日问候' },
  { text: '座谈交流', level: 0 },
  { text: '中队负责同志介绍了部队建设情况，感谢地方党委政府的关心支持。' },
  { photo: true as const, alt: '座谈会现场' },
];

let planFile = '';
let reportFile = '';
let planOut = '';
let reportOut = '';
let firstCheck = { code: 0 as number | null, out: '' };
let dist = '';

beforeAll(async () => {
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  cpSync(join(repoRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, '计划.docx'), await makeDocx(PLAN, { app: 'WPS Office' }));
  writeFileSync(join(work, '报道.docx'), await makeDocx(REPORT));
  const plan = run('scripts/import-plan.ts', join(work, '计划.docx'), '--unit', 'ceshi-shuangyongban', '--date', '2026-03-01');
  const report = run('scripts/import-report.ts', join(work, '报道.docx'), '--unit', 'ceshi-shuangyongban', '--date', '2026-08-02');
  planOut = plan.out;
  reportOut = report.out;
  expect(plan.code, plan.out).toBe(0);
  expect(report.code, report.out).toBe(0);
  const planDir = readdirSync(join(content, 'plans')).find(
    (name) => name.startsWith('2026-') && existsSync(join(content, 'plans', name, 'index.mdx')),
  )!;
  planFile = join(content, 'plans', planDir, 'index.mdx');
  const reportDir = readdirSync(join(content, 'reports')).find((name) => name.startsWith('2026-07-30'))!;
  reportFile = join(content, 'reports', reportDir, 'index.mdx');
  firstCheck = run('scripts/check-content.ts');
  // Staff fill in what the import left to them, then the check passes and the site builds.
  for (const [file, alt] of [
    [planFile, '县领导与驻县部队官兵座谈'],
    [reportFile, '县领导向官兵赠送慰问品'],
  ] as const) {
    const filled = readFileSync(file, 'utf8')
      .replace(/【请填写：照片说明】/g, alt)
      .replace(/ {2}# 待确认：.*$/gm, '');
    writeFileSync(file, filled);
  }
  const second = run('scripts/check-content.ts');
  expect(second.code, second.out).toBe(0);
  dist = (await buildSite('import-word', content, { today: '2026-08-15' })).outDir;
});

describe('import:plan from a .docx saved by WPS', () => {
  it('says it read a WPS document and saved the photo without its metadata', () => {
    expect(planOut).toContain('WPS 保存的文档');
    expect(planOut).toMatch(/照片已保存为 photo-01\.jpg（重新压缩，去掉了拍摄地点、相机等元数据）/);
  });
  it('restores Word’s automatic numbering as sections and keeps bold and the table', () => {
    const mdx = readFileSync(planFile, 'utf8');
    expect(mdx).toMatch(/^## 一、工作目标$/m);
    expect(mdx).toMatch(/^## 二、主要任务$/m);
    expect(mdx).toMatch(/^### （一）节日慰问$/m);
    expect(mdx).toMatch(/^### （二）国防教育$/m);
    expect(mdx).toContain('**重点看望困难家庭**');
    expect(mdx).toContain('| 5月份 | 举办军营开放日活动 | 县人武部 |');
    expect(mdx).toContain('（1）征兵宣传进校园');
  });
  it('takes goals and tasks, festivals dated through the observance rules', () => {
    const mdx = readFileSync(planFile, 'utf8');
    expect(mdx).toMatch(/goals: \[建成县、乡、村三级退役军人服务网络, 优抚政策落实率达到100%\]/);
    for (const when of ['2026-02', '2026-07~2026-08', '2026-09', '2026-05']) expect(mdx).toContain(`when: ${when}`);
  });
  it('photo in the folder carries no EXIF, GPS or camera data', async () => {
    const meta = await sharp(join(planFile, '..', 'photo-01.jpg')).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });
});

describe('import:report from a .docx', () => {
  it('puts the photo into the gallery with its caption to fill in, and the body keeps bold text', () => {
    expect(reportOut).toContain('1 张照片');
    expect(readdirSync(join(reportFile, '..'))).toContain('photo-01.jpg');
    expect(reportOut).toMatch(/活动日期：2026-07-30；类型：走访慰问/);
  });
});

describe('npm run check:content on the imported files', () => {
  it('refused them until the photo captions and guessed values were filled, naming file, line and field', () => {
    expect(firstCheck.code).not.toBe(0);
    expect(firstCheck.out).toMatch(/plans\/2026-[^/]+\/index\.mdx/);
    expect(firstCheck.out).toMatch(/reports\/2026-07-30[^/]+\/index\.mdx/);
    expect(firstCheck.out).toMatch(/第 \d+ 行：（图片 gallery）还有模板里的填写提示“【请填写：照片说明】”/);
    expect(firstCheck.out).toMatch(/第 \d+ 行：还有模板里的填写提示“【请填写：照片说明】”/);
    expect(firstCheck.out).toMatch(/（活动类型 type）标着“待确认”/);
  });
});

describe('the built site', () => {
  const pageOf = (section: string, file: string) => {
    const slug = file.split('/').slice(-2, -1)[0]!;
    return readFileSync(join(dist, section, slug, 'index.html'), 'utf8');
  };
  it('shows the plan’s sections, bold text, table, photo and tasks', () => {
    const html = pageOf('plans', planFile);
    expect(html).toContain('一、工作目标');
    expect(html).toContain('（一）节日慰问');
    expect(html).toMatch(/<strong>重点看望困难家庭<\/strong>/);
    expect(html).toMatch(/<td>举办军营开放日活动<\/td>/);
    expect(html).toContain('alt="县领导与驻县部队官兵座谈"');
    expect(html).toContain('“八一”期间召开军地座谈会');
  });
  it('shows the report with its photo in the gallery', () => {
    const html = pageOf('reports', reportFile);
    expect(html).toContain('测试县“八一”前夕走访慰问驻县部队');
    expect(html).toContain('alt="县领导向官兵赠送慰问品"');
    expect(html).toMatch(/<strong>节日问候<\/strong>/);
  });
  it('publishes no image with EXIF or GPS data', async () => {
    const images: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(jpe?g|webp|avif|png)$/i.test(entry.name)) images.push(path);
      }
    };
    walk(dist);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const meta = await sharp(image).metadata();
      expect(meta.exif, image).toBeUndefined();
    }
  });
});
