/**
 * One gate (issue 13): every everyday mistake stops `npm run check:content` AND `npm run build`
 * with the same Chinese message naming the file, the line, the field and the fix; no English parser
 * text, no stack trace; a good dist/ already there is left exactly as it was; nothing of the bad
 * input is printed or published.
 *
 * Each case copies the basic fixture, breaks one thing and runs the check as a child process. One
 * case per class (marked `build`) also runs the real build into a folder that already holds the
 * good basic site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { parse } from 'node-html-parser';
import { tmpRoot } from '../helpers/build-site.ts';
import { blockFor, digestTree, ENGLISH_OR_STACK, freshContent, runBuild, runCheck, syntheticId } from '../helpers/gate.ts';
import { repoRoot } from '../helpers/paths.ts';

const REPORT = 'reports/2026-08-01-bayi-zuotan.mdx';
const PHOTO_ENTRY = 'reports/2026-02-10-chunjie-weiwen/index.mdx';
const PHOTO = 'reports/2026-02-10-chunjie-weiwen/photo.jpg';
const PLAN = 'plans/2026-ceshi-jihua.mdx';
const POLICY = 'policies/youdaijin-2026.mdx';
const ID = syntheticId('11010519491231002');
const ID2 = syntheticId('44030420000229123');
const fullWidth = (digits: string) => digits.replace(/[0-9X]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

interface Case {
  name: string;
  /** The file the message must name, relative to the content folder. */
  file: string;
  /** Breaks the copy. */
  apply: (root: string) => void | Promise<void>;
  /** Text on the line the message must name (found in the broken file), or a fixed line. */
  line?: string | number;
  /** What the message must say: the field, what is wrong, the fix. */
  says: string[];
  /** Must not be printed (personal data). */
  secret?: string;
  /** Also run the real build for this case. */
  build?: boolean;
}

const edit = (file: string, change: (text: string) => string) => (root: string) => {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const appendBody = (file: string, text: string) => edit(file, (body) => `${body.trimEnd()}\n\n${text}\n`);
const replace = (file: string, from: string | RegExp, to: string) =>
  edit(file, (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file}: ${String(from)} not found`);
    return next;
  });
const writeBytes = (file: string, bytes: () => Buffer | Promise<Buffer>) => async (root: string) =>
  writeFileSync(join(root, file), await bytes());
const rename = (from: string, to: string) => (root: string) => renameSync(join(root, from), join(root, to));

/** An iPhone photo renamed .jpg: an ISO-BMFF file of brand heic. */
function heicBytes(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.alloc(4000, 7)]);
}
const demoPhoto = () => readFileSync(join(repoRoot, 'content/reports/2026-02-10-chunjie-zoufang-weiwen/cover.jpg'));
const smallPhoto = (width: number, height: number) => () =>
  sharp({ create: { width, height, channels: 3, background: '#8a4b2a' } })
    .jpeg()
    .toBuffer();

const CASES: Case[] = [
  // MDX bodies
  {
    name: 'body-less-than',
    file: REPORT,
    apply: appendBody(REPORT, '参加人数<100人。'),
    line: '参加人数<100人',
    says: ['正文', '“<”', '小于100人', '\\<'],
    build: true,
  },
  {
    name: 'body-braces',
    file: REPORT,
    apply: appendBody(REPORT, '大家齐声高喊{军民同心}。'),
    line: '{军民同心}',
    says: ['正文', '{军民同心}', '\\{军民同心\\}'],
  },
  {
    name: 'body-html-comment',
    file: REPORT,
    apply: appendBody(REPORT, '<!-- 注释：这里以后补照片 -->'),
    line: '<!--',
    says: ['<!-- … -->', '{/* 注释内容 */}'],
  },
  {
    name: 'body-unclosed-div',
    file: REPORT,
    apply: appendBody(REPORT, '<div>\n\n座谈会结束后合影留念。'),
    line: '<div>',
    says: ['<div>', '请删掉 <div>'],
  },
  {
    name: 'body-arithmetic',
    file: REPORT,
    apply: appendBody(REPORT, '发放慰问金{1000-200}元。'),
    line: '{1000-200}',
    says: ['{1000-200}', '800', '数字请直接写结果'],
    build: true,
  },
  {
    name: 'body-unclosed-brace',
    file: REPORT,
    apply: appendBody(REPORT, '活动主题：{军民鱼水情'),
    line: '{军民鱼水情',
    says: ['花括号', '\\{'],
  },
  {
    name: 'body-import',
    file: REPORT,
    apply: appendBody(REPORT, 'import Photo from "./photo.astro"'),
    line: 'import Photo',
    says: ['import', '请删掉这一行'],
  },
  { name: 'body-br', file: REPORT, apply: appendBody(REPORT, '第一行<br>第二行'), line: '<br>', says: ['<br>', '空一行'] },
  {
    name: 'body-angle-title',
    file: REPORT,
    apply: appendBody(REPORT, '学习<军人抚恤优待条例>。'),
    line: '<军人抚恤优待条例>',
    says: ['《军人抚恤优待条例》'],
  },
  // Images
  {
    name: 'photo-heic',
    file: PHOTO_ENTRY,
    apply: writeBytes(PHOTO, heicBytes),
    line: 'cover:',
    says: ['字段 cover（封面图）', 'HEIC', '重新导出为 JPG'],
    build: true,
  },
  {
    name: 'photo-empty',
    file: PHOTO_ENTRY,
    apply: writeBytes(PHOTO, () => Buffer.alloc(0)),
    line: 'cover:',
    says: ['字段 cover（封面图）', '空文件', '重新导出为 JPG'],
  },
  {
    name: 'photo-truncated',
    file: PHOTO_ENTRY,
    apply: writeBytes(PHOTO, () => demoPhoto().subarray(0, Math.floor(demoPhoto().length * 0.6))),
    line: 'cover:',
    says: ['字段 cover（封面图）', '不完整或已损坏', '重新导出为 JPG'],
  },
  {
    name: 'photo-too-small-cover',
    file: PHOTO_ENTRY,
    apply: writeBytes(PHOTO, smallPhoto(400, 300)),
    line: 'cover:',
    says: ['字段 cover（封面图）', '400 × 300', '800 × 450', '原始照片'],
  },
  {
    name: 'photo-body-truncated',
    file: PHOTO_ENTRY,
    apply: (root) => {
      writeFileSync(join(root, 'reports/2026-02-10-chunjie-weiwen/photo-2.jpg'), demoPhoto().subarray(0, 20_000));
      appendBody(PHOTO_ENTRY, '![老兵讲述当年的故事](./photo-2.jpg)')(root);
    },
    line: '![老兵讲述',
    says: ['正文里的图片', 'photo-2.jpg', '不完整或已损坏'],
  },
  // Dates
  {
    name: 'date-not-a-day',
    file: PLAN,
    apply: replace(PLAN, 'date: 2026-01-10', 'date: 2026-02-30'),
    line: 'date: 2026-02-30',
    says: ['字段 date（日期）', '2026-02-30', '只有 28 天', '2026-08-01'],
    build: true,
  },
  {
    name: 'date-slashes',
    file: PLAN,
    apply: replace(PLAN, 'date: 2026-01-10', 'date: 2026/7/29'),
    line: 'date: 2026/7/29',
    says: ['字段 date（日期）', '要写成「2026-07-29」'],
  },
  {
    name: 'date-dots',
    file: PLAN,
    apply: replace(PLAN, 'date: 2026-01-10', 'date: 2026.7.29'),
    line: 'date: 2026.7.29',
    says: ['字段 date（日期）', '要写成「2026-07-29」'],
  },
  {
    name: 'date-month-13',
    file: PLAN,
    apply: replace(PLAN, 'date: 2026-01-10', 'date: 2026-01-10\nupdated: 2026-13-01'),
    line: 'updated:',
    says: ['字段 updated（更新日期）', '没有 13 月'],
  },
  // Names and ids
  {
    name: 'duplicate-id',
    file: 'reports/2026-08-01-bayi-zuotan/index.mdx',
    apply: (root) => {
      mkdirSync(join(root, 'reports/2026-08-01-bayi-zuotan'));
      cpSync(join(root, REPORT), join(root, 'reports/2026-08-01-bayi-zuotan/index.mdx'));
    },
    says: ['2026-08-01-bayi-zuotan.mdx', '名字都是「2026-08-01-bayi-zuotan」', '只保留一个'],
    build: true,
  },
  {
    name: 'name-capitals',
    file: 'cases/CeShi-LaoBing.mdx',
    apply: rename('cases/ceshi-laobing.mdx', 'cases/CeShi-LaoBing.mdx'),
    says: ['文件名「CeShi-LaoBing」有大写字母', '改成「ceshi-laobing」'],
    build: true,
  },
  {
    name: 'name-space',
    file: 'cases/ceshi laobing.mdx',
    apply: rename('cases/ceshi-laobing.mdx', 'cases/ceshi laobing.mdx'),
    says: ['有空格', '改成「ceshi-laobing」'],
  },
  {
    name: 'name-chinese',
    file: 'cases/测试老兵.mdx',
    apply: rename('cases/ceshi-laobing.mdx', 'cases/测试老兵.mdx'),
    says: ['有汉字', '改成「ceshi-laobing」'],
  },
  {
    name: 'name-chinese-folder',
    file: 'reports/2026-02-10-春节慰问/index.mdx',
    apply: rename('reports/2026-02-10-chunjie-weiwen', 'reports/2026-02-10-春节慰问'),
    says: ['文件夹名「2026-02-10-春节慰问」有汉字', '改成「2026-02-10-chunjie-weiwen」'],
  },
  // Policies
  {
    name: 'superseded-by-itself',
    file: POLICY,
    apply: replace(POLICY, 'audience:', 'supersededBy: youdaijin-2026\naudience:'),
    line: 'supersededBy:',
    says: ['字段 supersededBy（新政策）', '这篇政策自己', '删掉 supersededBy'],
    build: true,
  },
  {
    name: 'superseded-loop',
    file: POLICY,
    apply: replace(POLICY, 'audience:', 'supersededBy: youdaijin-2024\naudience:'),
    line: 'supersededBy:',
    says: ['youdaijin-2026 → youdaijin-2024 → youdaijin-2026'],
  },
  // Personal data
  {
    name: 'id-full-width',
    file: REPORT,
    apply: appendBody(REPORT, `老兵王某的身份证号是${fullWidth(ID)}。`),
    line: '老兵王某',
    says: ['身份证号码', '110105…', '请删除这个号码'],
    secret: ID,
    build: true,
  },
  {
    name: 'id-hyphens',
    file: REPORT,
    apply: appendBody(REPORT, `证件：${ID.replace(/(\d{4})(?=\d)/g, '$1-')}`),
    line: '证件：',
    says: ['身份证号码'],
    secret: ID.slice(6, 14),
  },
  {
    name: 'id-zero-width',
    file: REPORT,
    apply: appendBody(REPORT, `证件号 ${[...ID].join('\u200b')} 已核对。`),
    line: '证件号',
    says: ['身份证号码'],
    secret: ID.slice(6, 14),
  },
  {
    name: 'id-in-link',
    file: REPORT,
    apply: appendBody(REPORT, `[慰问名单](https://example.gov.cn/list?sfz=${ID})`),
    line: '[慰问名单]',
    says: ['身份证号码'],
    secret: ID,
  },
  {
    name: 'id-in-alt',
    file: PHOTO_ENTRY,
    apply: replace(PHOTO_ENTRY, 'alt: 工作人员与老兵交谈', `alt: 工作人员与老兵${ID2}交谈`),
    line: 'alt: 工作人员与老兵',
    says: ['gallery', '身份证号码'],
    secret: ID2,
  },
  {
    name: 'id-in-units-yaml',
    file: 'units.yaml',
    apply: replace('units.yaml', 'name: 测试镇', `name: 测试镇 ${ID}`),
    line: 'name: 测试镇',
    says: ['身份证号码'],
    secret: ID,
    build: true,
  },
  {
    name: 'mobile-full-width',
    file: REPORT,
    apply: appendBody(REPORT, `联系人电话：${fullWidth('13912345678')}`),
    line: '联系人电话',
    says: ['手机号码', '139****5678'],
    secret: '12345678',
  },
  {
    name: 'mobile-in-policy-contact',
    file: POLICY,
    apply: replace(POLICY, /^contact: .*$/m, 'contact: 测试县退役军人事务局，值班手机 13912345678'),
    line: 'contact:',
    says: ['咨询方式 contact', '手机号码', '办公座机'],
    secret: '13912345678',
  },
  {
    name: 'mobile-in-site-phone',
    file: 'site.yaml',
    apply: replace('site.yaml', 'phone: 0999-7654321', 'phone: 139 1234 5678'),
    line: 'phone:',
    says: ['contact', '手机号码', '办公座机'],
    secret: '1234 5678',
    build: true,
  },
  {
    name: 'landline-unlabelled',
    file: REPORT,
    apply: appendBody(REPORT, '老兵家中电话：0999-6543210。'),
    line: '老兵家中电话',
    says: ['电话号码（0999-6543210）', '没有写明是哪个单位的办公电话', '咨询电话：0999-1234567（县退役军人事务局）'],
  },
  // YAML as staff mistype it, and file encodings (the content reader: src/content-layer/)
  {
    name: 'yaml-full-width-colon',
    file: PLAN,
    apply: replace(PLAN, 'summary: ', 'summary：'),
    line: 'summary：',
    says: ['字段名 summary 后面用了中文冒号「：」', '英文冒号加一个空格'],
    build: true,
  },
  {
    name: 'yaml-tab',
    file: PLAN,
    apply: replace(PLAN, '  - 走访慰问全覆盖', '\t- 走访慰问全覆盖'),
    line: '\t- 走访慰问全覆盖',
    says: ['Tab', '改用空格'],
  },
  {
    name: 'yaml-colon-in-value',
    file: PLAN,
    apply: replace(PLAN, 'summary: 测试用的年度计划。', 'summary: 说明: 测试用的年度计划。'),
    line: 'summary: 说明',
    says: ['字段 summary 的内容里有“冒号加空格”', '加上英文引号'],
  },
  {
    name: 'yaml-duplicate-key',
    file: PLAN,
    apply: replace(PLAN, 'kind: 工作计划', 'kind: 工作计划\nkind: 实施方案'),
    line: 'kind: 实施方案',
    says: ['字段 kind 写了两次', '删掉重复的 kind'],
  },
  {
    name: 'yaml-missing-closing-fence',
    file: PLAN,
    apply: replace(PLAN, '---\n\n## 一、工作目标', '\n## 一、工作目标'),
    line: '## 一、工作目标',
    says: ['没有结尾的 ---', '单独加一行 ---'],
    build: true,
  },
  {
    name: 'yaml-invisible-in-id',
    file: PLAN,
    apply: replace(PLAN, 'unit: ceshi-shuangyongban', 'unit: ceshi-\u200bshuangyongban'),
    line: 'unit: ceshi-',
    says: ['看不见的字符（零宽空格', '重新输入'],
  },
  {
    name: 'task-line-counted-as-people-count',
    file: PLAN,
    apply: replace(PLAN, '{ id: t03, title: 八一座谈会, when: 2026-07~2026-08 }', '{ id: t03, title: 八一座谈会, when: 2026年7月 }'),
    line: 'id: t03',
    says: ['tasks 第 3 项任务的 when（时间）', '2026-Q3'],
    build: true,
  },
  {
    name: 'encoding-gbk',
    file: PLAN,
    apply: writeBytes(PLAN, () =>
      Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from('\n---\n')]),
    ),
    line: 1,
    says: ['GBK', '另存为', 'UTF-8'],
    build: true,
  },
  {
    name: 'encoding-utf16',
    file: PLAN,
    apply: writeBytes(PLAN, () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: 测试\n---\n', 'utf16le')])),
    line: 1,
    says: ['UTF-16', '另存为'],
  },
  {
    name: 'encoding-docx-renamed',
    file: PLAN,
    apply: writeBytes(PLAN, () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])),
    line: 1,
    says: ['不是纯文本文件', 'import:plan'],
  },
];

const lineOf = (root: string, testCase: Case): number | undefined => {
  if (typeof testCase.line === 'number' || testCase.line === undefined) return testCase.line;
  const lines = readFileSync(join(root, testCase.file), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((line) => line.includes(testCase.line as string));
  if (index === -1) throw new Error(`${testCase.name}: no line with ${testCase.line}`);
  return index + 1;
};

/** The good basic site (global setup builds it), copied where the failing build would write. */
function goodDistAt(outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(join(tmpRoot, 'basic', 'dist'), outDir, { recursive: true });
  return digestTree(outDir);
}

describe('one gate: a mistake stops the check and the build with the same Chinese message', () => {
  beforeAll(() => {
    expect(existsSync(join(tmpRoot, 'basic', 'dist', 'index.html')), 'global setup builds the basic site').toBe(true);
  });

  it('the unbroken fixture passes the check (so every failure below is the one mistake)', async () => {
    const root = freshContent('unbroken');
    const check = await runCheck(root);
    expect(check.output).toContain('✔ 内容检查通过');
    expect(check.status).toBe(0);
  });

  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', async (name, testCase) => {
    const root = freshContent(name);
    await testCase.apply(root);
    const check = await runCheck(root);
    const shownFile = relative(repoRoot, join(root, testCase.file));
    expect(check.status, check.output).toBe(1);
    const block = blockFor(check.output, shownFile);
    expect(block.length, `${check.output}\n(expected a block for ${shownFile})`).toBeGreaterThan(1);
    const text = block.join('\n');
    const line = lineOf(root, testCase);
    if (line !== undefined) expect(text, check.output).toContain(`第 ${line} 行：`);
    for (const phrase of testCase.says) expect(text, check.output).toContain(phrase);
    expect(text).toContain('怎么改：');
    expect(check.output).not.toMatch(ENGLISH_OR_STACK);
    if (testCase.secret) expect(check.output).not.toContain(testCase.secret);

    if (!testCase.build) return;
    const outDir = join(dirname(root), 'dist');
    const before = goodDistAt(outDir);
    const build = await runBuild(root, outDir);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('内容检查未通过，网站没有生成');
    for (const printed of block) expect(build.output, build.output).toContain(printed.trim());
    expect(build.output).not.toMatch(ENGLISH_OR_STACK);
    if (testCase.secret) expect(build.output).not.toContain(testCase.secret);
    expect(digestTree(outDir)).toEqual(before);
    expect(readdirSync(dirname(outDir)).sort()).toEqual(['content', 'dist']);
  });

  it('what staff may write passes both and is published as written: escapes, a labelled office landline, a real day', async () => {
    const root = freshContent('good-variants');
    appendBody(REPORT, '参加人数\\<100人，齐声高喊\\{军民同心\\}。\n\n咨询电话：0571-88886666（县退役军人事务局，工作日）')(root);
    // A UTF-8 byte-order mark (Windows 记事本 writes one) is accepted by the check and the build alike.
    edit(REPORT, (text) => `\uFEFF${text}`)(root);
    replace(REPORT, 'date: 2026-08-01', 'date: 2026-08-01\nupdated: 2028-02-29')(root);
    const check = await runCheck(root);
    expect(check.status, check.output).toBe(0);
    const outDir = join(dirname(root), 'dist');
    const build = await runBuild(root, outDir);
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(outDir, 'reports/2026-08-01-bayi-zuotan/index.html'), 'utf8');
    const text = parse(html).querySelector('article')!.textContent;
    expect(text).toContain('参加人数<100人，齐声高喊{军民同心}。');
    expect(text).toContain('咨询电话：0571-88886666（县退役军人事务局，工作日）');
    expect(html).toContain('"dateModified":"2028-02-29');
  });
});
