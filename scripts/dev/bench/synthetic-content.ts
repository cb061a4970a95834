/**
 * Writes a synthetic Chinese content root of N entries (mostly reports, with policies, cases,
 * education and plans in proportion) for benchmarks. Deterministic: the same N gives the same files.
 * The one generator of both benches:
 *
 * - `npm run bench` (build speed): the default mix, phrases joined into long paragraphs, cover photos.
 * - `scripts/dev/bench-search.ts` (download sizes): `realistic: true`, a word distribution closer to
 *   a real county site — each sentence of the demo stands alone, some with a generated person,
 *   village or one of the county's 23 towns, and titles, categories and audiences vary — which is
 *   what decides the search index's chunk sizes.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { STAGES } from '../../../src/model/index.ts';
import { splitFrontmatter } from '../../../src/content-layer/source.ts';
import { parseYamlSource } from '../../../src/content-layer/yaml-source.ts';
import { secrecyReminders } from '../../../src/lib/wording.ts';
import { filesUnder } from '../../../tools/files.ts';

/**
 * Text to compose from when the demo content is missing (both generators normally re-mix the demo's
 * own sentences). Written for the benchmark, in our own words.
 */
export const FALLBACK_SENTENCES = [
  '镇里的慰问小组挨家敲开军属的院门',
  '老兵说起当年的连队眼里有光',
  '卫生院医生上门给伤残老兵量血压',
  '驻地官兵周末帮村里修好了水渠',
  '共建的文化广场晚上热闹起来',
  '优待金这个月初已经打到卡上',
  '刚退伍的小伙子在服务站登记求职',
  '孩子们第一次摸到了真正的军用水壶',
  '清明那天细雨里有人献上白菊',
  '喜报送到家时奶奶笑出了眼泪',
  '军娃转学手续一天就办好了',
  '义诊桌前排起了穿迷彩的长队',
  '征兵海报贴进了高三的走廊',
  '座谈会上部队干部把难处一条条摆出来',
  '随军的妻子在县医院找到了护士岗位',
  '麦收时节一排战士弯腰在地里',
  '村口新挂起服务站的牌子',
  '创建考评的材料摞满了整张桌子',
  '九月的国防教育课讲到了防空警报',
  '建军节那天营门口挂起了红灯笼',
  '腊月里慰问车装满了米面油',
  '立功的消息传回村里敲锣打鼓',
  '纪念碑前少先队员整齐列队',
  '重阳节给老复员兵送去一碗长寿面',
];
const TYPES = ['走访慰问', '座谈会', '军民共建', '国防教育', '清明祭扫', '联谊活动', '义诊服务', '征兵宣传', '政策宣讲', '表彰奖励'];
const AUDIENCES = ['现役军人', '军人家属', '烈士遗属', '伤残军人', '退役军人', '随军家属', '军人子女'];

/** A small seeded generator (LCG): the same seed gives the same content on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Sentences (runs of text between 。！？；) of a content root (the demo's), each at least 8 Chinese
 * characters, for the generator to compose from.
 */
export function corpusSentences(contentDir: string): string[] {
  const sentences = new Set<string>();
  const add = (text: string) => {
    for (const piece of text.split(/[。！？；\n]/u)) {
      const clean = piece
        .replace(/[#>*`|[\]()!_-]/g, '')
        .replace(/\s+/g, '')
        .trim();
      if ([...clean.matchAll(/\p{Script=Han}/gu)].length >= 8 && !/[{}:]/.test(clean)) sentences.add(clean);
    }
  };
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
  if (existsSync(contentDir)) {
    for (const file of filesUnder(contentDir).filter((path) => path.endsWith('.mdx'))) {
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      // A broken file is the content check's business.
      if ('problem' in split) continue;
      strings(parseYamlSource(split.yaml).data).forEach(add);
      add(split.body);
    }
  }
  return sentences.size >= 50 ? [...sentences] : FALLBACK_SENTENCES;
}

/**
 * Whether a sentence may be re-mixed: one that names a unit designation (番号) would stand next to
 * another sentence's 驻地 or 装备 and stop the build at the secrecy check (a sentence that merely
 * warns about it, as the demo has one, is not content a generated page should carry).
 */
function remixable(sentence: string): boolean {
  return secrecyReminders(`${sentence}驻地`).length === 0;
}

export interface SyntheticOptions {
  pages: number;
  root: string;
  /** Share of reports that carry a cover photo (photos are reused from a small pool). */
  photoShare?: number;
  /** Sentences to compose text from; real ones (the demo's) give a realistic search index. */
  sentences?: readonly string[];
  /** The word distribution of a real county site, for the search bench (see the top of this file). */
  realistic?: boolean;
}

export async function writeSyntheticContent(options: SyntheticOptions): Promise<void> {
  if (options.realistic) return writeRealisticContent(options);
  const { pages, root, photoShare = 0.05, sentences } = options;
  // Titles and text must stay valid in YAML and MDX: drop sentences with syntax characters.
  const pool = sentences?.filter((s) => s.length >= 6 && s.length <= 60 && !/[<>{}:#[\]|`*_&!%@'"]/.test(s) && remixable(s)) ?? [];
  const phrases = pool.length > 50 ? pool : FALLBACK_SENTENCES;
  rmSync(root, { recursive: true, force: true });
  const next = seededRandom(2026);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('合成内容：候选列表是空的');
    return item;
  };
  const paragraph = (count: number) => Array.from({ length: count }, () => pick(phrases).replace(/[。！？；]+$/, '')).join('，') + '。';
  const body = (paragraphs: number) =>
    Array.from({ length: paragraphs }, (_, i) => `${i % 3 === 0 ? `## ${pick(phrases)}\n\n` : ''}${paragraph(5)}`).join('\n\n');
  const date = (index: number) => {
    const day = new Date(Date.UTC(2024, 0, 1) + (index % 1000) * 86_400_000);
    return day.toISOString().slice(0, 10);
  };
  const dirs = ['plans', 'reports', 'cases', 'policies', 'education'];
  for (const dir of dirs) mkdirSync(join(root, dir), { recursive: true });

  writeFileSync(
    join(root, 'site.yaml'),
    [
      'name: 基准测试县双拥宣传站',
      'description: 基准测试用的合成站点。',
      'region: 基准省基准市基准县',
      'host: 基准县双拥办',
      'contact:',
      '  address: 基准县人民路1号',
      '  phone: 0999-1234567',
      'baseUrl: https://bench.example.gov.cn/',
      '',
    ].join('\n'),
  );
  const units = Array.from(
    { length: 20 },
    (_, i) => `- id: unit-${i}\n  name: 基准单位${i + 1}\n  kind: ${i % 4 === 0 ? '部队' : '党政机关'}`,
  );
  writeFileSync(join(root, 'units.yaml'), units.join('\n') + '\n');
  writeFileSync(
    join(root, 'observances.yaml'),
    [
      '- { id: bayi, name: 八一建军节, rule: { type: fixed, date: "08-01" } }',
      '- { id: chunjie, name: 春节, rule: { type: lunar, month: 1, day: 1 } }',
      '- { id: qingming, name: 清明节, rule: { type: solarTerm, term: 清明 } }',
      '- { id: guofang, name: 全民国防教育日, rule: { type: nthWeekday, month: 9, n: 3, weekday: 6 } }',
      '',
    ].join('\n'),
  );

  const photoPool = 8;
  const photoDir = join(root, 'photos');
  mkdirSync(photoDir, { recursive: true });
  for (let i = 0; i < photoPool; i++) {
    await sharp({ create: { width: 1600, height: 1067, channels: 3, background: { r: 150 + i * 10, g: 30 + i * 15, b: 40 } } })
      .jpeg({ quality: 80 })
      .toFile(join(photoDir, `p${i}.jpg`));
  }

  const counts = {
    plans: Math.max(1, Math.round(pages * 0.01)),
    policies: Math.round(pages * 0.1),
    cases: Math.round(pages * 0.09),
    education: Math.round(pages * 0.05),
  };
  const reports = pages - counts.plans - counts.policies - counts.cases - counts.education;
  const unit = () => `unit-${Math.floor(next() * 20)}`;
  const common = (title: string, index: number) => [
    `title: ${title}`,
    `summary: ${paragraph(2)}`,
    `date: ${date(index)}`,
    `unit: ${unit()}`,
  ];

  for (let i = 0; i < counts.plans; i++) {
    const tasks = Array.from(
      { length: 12 },
      (_, t) => `  - { id: t${t + 1}, title: ${pick(phrases)}, when: 2025-${String(t + 1).padStart(2, '0')} }`,
    );
    writeFileSync(
      join(root, 'plans', `plan-${i}.mdx`),
      [
        '---',
        ...common(`基准县2025年度双拥计划（${i + 1}）`, i),
        'kind: 工作计划',
        'year: 2025',
        'tasks:',
        ...tasks,
        '---',
        '',
        body(8),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < reports; i++) {
    const withPhoto = next() < photoShare;
    const dir = join(root, 'reports', `r-${i}`);
    mkdirSync(dir, { recursive: true });
    const photoLines: string[] = [];
    if (withPhoto) {
      copyFileSync(join(photoDir, `p${i % photoPool}.jpg`), join(dir, 'cover.jpg'));
      photoLines.push('cover: ./cover.jpg', `coverAlt: ${pick(phrases)}的现场`);
    }
    const link = next() < 0.3 ? [`plan: plan-0`, `task: t${1 + Math.floor(next() * 12)}`] : [];
    writeFileSync(
      join(dir, 'index.mdx'),
      [
        '---',
        ...common(`${pick(phrases)}（第${i + 1}期）`, i),
        `type: ${pick(TYPES)}`,
        'location: 基准县',
        `units: [${unit()}, ${unit()}]`,
        ...link,
        ...photoLines,
        '---',
        '',
        body(6),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < counts.policies; i++) {
    writeFileSync(
      join(root, 'policies', `policy-${i}.mdx`),
      [
        '---',
        ...common(`${pick(phrases)}政策解读（${i + 1}）`, i),
        'category: 抚恤优待',
        `audience: [${pick(AUDIENCES)}]`,
        'standards:',
        '  - { item: 义务兵家庭优待金, amount: 30000, unit: 元/年 }',
        '  - { item: 三等功奖励, amount: 500, unit: 元 }',
        'faq:',
        `  - { q: ${pick(phrases)}吗？, a: ${paragraph(2)} }`,
        '---',
        '',
        body(5),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < counts.cases; i++) {
    writeFileSync(
      join(root, 'cases', `case-${i}.mdx`),
      [
        '---',
        ...common(`双拥典型：${pick(phrases)}（${i + 1}）`, i),
        'category: 先进个人',
        `name: 典型人物${i + 1}`,
        'honors:',
        `  - { title: 双拥先进个人, year: ${2020 + (i % 6)} }`,
        '---',
        '',
        body(6),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < counts.education; i++) {
    writeFileSync(
      join(root, 'education', `edu-${i}.mdx`),
      [
        '---',
        ...common(`国防教育课程：${pick(phrases)}（${i + 1}）`, i),
        'kind: 课程',
        `stages: [${STAGES[i % STAGES.length]}]`,
        'objectives: [了解国防]',
        '---',
        '',
        body(5),
        '',
      ].join('\n'),
    );
  }
  rmSync(photoDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// The realistic mix (scripts/dev/bench-search.ts)

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌玉兰宇浩凯鹏辉晨阳雪梅海燕亮成龙丹萍飞鑫波宁琳莉慧巧美婷雯欣怡佳俊峰德福顺贵';
const PLACE =
  '青山河西松林东湖南岗北坡石桥柳溪枫林杏花桃源白沙红旗新民和平幸福长安永安太平双河三里五里七星九龙金鸡凤凰黄土清泉梨园竹园马鞍高岭';
/** The realistic mix draws audiences from a wider list. */
const ALL_AUDIENCES = ['现役军人', '军人家属', '烈士遗属', '伤残军人', '退役军人', '军队转业干部', '随军家属', '军人子女'];
const CATEGORIES = ['抚恤优待', '退役安置', '就业创业', '教育优待', '医疗保障', '住房保障', '交通出行', '表彰奖励'];
const CASE_CATEGORIES = ['先进单位', '先进个人', '好军嫂', '最美退役军人', '拥政爱民', '共建典型'];

/** `realistic: true`: every entry's text re-mixes real sentences one by one, with generated names. */
function writeRealisticContent({ pages, root, sentences }: SyntheticOptions): void {
  const pool = sentences?.filter(remixable) ?? [];
  const corpus = pool.length >= 50 ? pool : FALLBACK_SENTENCES;
  rmSync(root, { recursive: true, force: true });
  const next = seededRandom(8);
  const pick = <T>(list: ArrayLike<T>): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('合成内容：候选列表是空的');
    return item;
  };
  const chars = (pool: string, n: number) => Array.from({ length: n }, () => pick([...pool])).join('');
  const person = () => pick([...SURNAMES]) + chars(GIVEN, next() < 0.4 ? 1 : 2);
  const place = () => chars(PLACE, 2);
  const sentence = () => {
    const base = pick(corpus);
    const roll = next();
    if (roll < 0.15) return `${place()}村${person()}说，${base}`;
    if (roll < 0.25) return `在${place()}镇${place()}社区，${base}`;
    if (roll < 0.3) return `${base}，共有${Math.floor(next() * 900) + 10}人次参加`;
    return base;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join('。') + '。';
  const body = (paragraphs: number) =>
    Array.from({ length: paragraphs }, (_, i) => `${i % 3 === 1 ? `## ${pick(corpus).slice(0, 12)}\n\n` : ''}${paragraph()}`).join('\n\n');
  const yamlText = (text: string) => JSON.stringify(text);
  const summary = () => yamlText([...sentence()].slice(0, 90).join('') + '。');
  const date = (index: number) =>
    new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 2150) * 86_400_000 + (index % 7) * 0).toISOString().slice(0, 10);

  for (const dir of ['plans', 'reports', 'cases', 'policies', 'education']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(
    join(root, 'site.yaml'),
    [
      'name: 基准县双拥宣传站',
      'description: 搜索基准测试用的合成站点。',
      'region: 基准省基准市基准县',
      'host: 基准县双拥工作领导小组办公室',
      'contact:',
      '  address: 基准县人民路1号',
      '  phone: 0999-1234567',
      'baseUrl: https://bench.example.gov.cn/',
      'reportsPerPage: 20',
      '',
    ].join('\n'),
  );
  const unitNames = [
    '基准县双拥工作领导小组办公室',
    '基准县退役军人事务局',
    '基准县人民武装部',
    '武警基准县中队',
    '陆军某旅驻基准县营区',
    '基准县教育局',
    '基准县卫生健康局',
    ...Array.from({ length: 23 }, () => `基准县${place()}${pick(['镇', '乡', '街道'])}`),
  ];
  const units = unitNames.map((name, i) => ({
    id: `unit-${i}`,
    name,
    kind: i < 3 ? '党政机关' : i < 5 ? '部队' : i < 7 ? '党政机关' : '乡镇街道',
  }));
  writeFileSync(
    join(root, 'units.yaml'),
    units.map((u) => `- id: ${u.id}\n  name: ${yamlText(u.name)}\n  kind: ${u.kind}`).join('\n') + '\n',
  );
  writeFileSync(
    join(root, 'observances.yaml'),
    [
      '- { id: bayi, name: 八一建军节, rule: { type: fixed, date: "08-01" } }',
      '- { id: qingming, name: 清明节, rule: { type: solarTerm, term: 清明 } }',
      '',
    ].join('\n'),
  );

  const unit = () => pick(units).id;
  const towns = unitNames.slice(7).map((name) => name.replace(/^基准县/, ''));
  const counts = {
    plans: Math.max(1, Math.round(pages * 0.01)),
    policies: Math.round(pages * 0.1),
    cases: Math.round(pages * 0.08),
    education: Math.round(pages * 0.06),
  };
  const reports = pages - counts.plans - counts.policies - counts.cases - counts.education;
  const common = (title: string, index: number) => [
    `title: ${yamlText(title)}`,
    `summary: ${summary()}`,
    `date: ${date(index)}`,
    `unit: ${unit()}`,
  ];
  const shortTitle = () => [...pick(corpus)].slice(0, 14 + Math.floor(next() * 12)).join('');

  for (let i = 0; i < counts.plans; i++) {
    const tasks = Array.from(
      { length: 10 },
      (_, t) => `  - { id: t${t + 1}, title: ${yamlText(shortTitle())}, when: 2025-${String(t + 1).padStart(2, '0')} }`,
    );
    writeFileSync(
      join(root, 'plans', `plan-${i}.mdx`),
      [
        '---',
        ...common(`基准县${place()}镇双拥工作计划（${i + 1}）`, i),
        'kind: 工作计划',
        'year: 2025',
        'tasks:',
        ...tasks,
        '---',
        '',
        body(8),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < reports; i++) {
    // A county's activities take place in its own 20-odd towns (the units above), not in a new town each time.
    writeFileSync(
      join(root, 'reports', `r-${i}.mdx`),
      [
        '---',
        ...common(shortTitle(), i),
        `type: ${pick(TYPES)}`,
        `location: ${yamlText(pick(towns))}`,
        `units: [${unit()}, ${unit()}]`,
        '---',
        '',
        body(4 + Math.floor(next() * 5)),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < counts.policies; i++) {
    writeFileSync(
      join(root, 'policies', `policy-${i}.mdx`),
      [
        '---',
        ...common(`${shortTitle()}（政策解读）`, i),
        `category: ${pick(CATEGORIES)}`,
        `audience: [${pick(ALL_AUDIENCES)}, ${pick(ALL_AUDIENCES)}]`.replace(/\[(\S+), \1\]/, '[$1]'),
        'standards:',
        `  - { item: ${yamlText(shortTitle())}, amount: ${Math.floor(next() * 30000)}, unit: 元/年 }`,
        'faq:',
        `  - { q: ${yamlText(`${shortTitle()}吗？`)}, a: ${yamlText(paragraph())} }`,
        '---',
        '',
        body(6),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < counts.cases; i++) {
    writeFileSync(
      join(root, 'cases', `case-${i}.mdx`),
      [
        '---',
        ...common(`${person()}：${shortTitle()}`, i),
        `category: ${pick(CASE_CATEGORIES)}`,
        `name: ${person()}`,
        'honors:',
        `  - { title: 双拥工作先进个人, year: ${2018 + Math.floor(next() * 8)} }`,
        '---',
        '',
        body(6),
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < counts.education; i++) {
    writeFileSync(
      join(root, 'education', `edu-${i}.mdx`),
      [
        '---',
        ...common(`国防教育课：${shortTitle()}`, i),
        'kind: 课程',
        `stages: [${pick(STAGES)}]`,
        `objectives: [${yamlText(shortTitle())}]`,
        '---',
        '',
        body(5),
        '',
      ].join('\n'),
    );
  }
}
