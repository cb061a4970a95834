/**
 * Text of a new content entry (`npm run new`): frontmatter with every field of the collection,
 * each under a Chinese comment from the schema's field docs, and a body with Chinese section headings.
 * Pure: the command-line tool (scripts/new.ts) reads units.yaml, asks questions and writes files.
 *
 * What is generated passes the collection's schema as it is, so `npm run dev` shows the page at
 * once. It does not pass the content check (`npm run check:content`) until staff have replaced
 * the `【请填写：…】` prompts and checked every value marked `# 待确认：…` (a value the tool had
 * to choose because no option was given): nothing half-written can be published.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';
import {
  AUDIENCES,
  CASE_CATEGORIES,
  COLLECTION_LABELS,
  COLLECTIONS,
  EDUCATION_KINDS,
  ID_PATTERN,
  docAt,
  entrySchema,
  isIsoDate,
  isYearInRange,
  PLAN_KINDS,
  POLICY_CATEGORIES,
  REPORT_TYPES,
  STAGES,
  type CollectionName,
} from '../model/index.ts';
import { reportFileSlug, slugify } from './slug.ts';

export type { CollectionName };

/** Everything staff may type for a collection: English plural/singular and the Chinese names. */
export const COLLECTION_ALIASES: Record<string, CollectionName> = {
  plans: 'plans',
  plan: 'plans',
  计划: 'plans',
  工作计划: 'plans',
  实施方案: 'plans',
  方案: 'plans',
  工作总结: 'plans',
  总结: 'plans',
  reports: 'reports',
  report: 'reports',
  报道: 'reports',
  活动报道: 'reports',
  新闻: 'reports',
  cases: 'cases',
  case: 'cases',
  典型: 'cases',
  双拥典型: 'cases',
  policies: 'policies',
  policy: 'policies',
  政策: 'policies',
  政策解读: 'policies',
  education: 'education',
  lesson: 'education',
  lessons: 'education',
  国防教育: 'education',
  教育: 'education',
  课程: 'education',
};

/** The collection for a name staff typed, or undefined. */
export function resolveCollection(input: string): CollectionName | undefined {
  return COLLECTION_ALIASES[input.trim().toLowerCase()] ?? COLLECTION_ALIASES[input.trim()];
}

/** Collections that live in a folder (`<slug>/index.mdx`) next to their photos. */
export const FOLDER_COLLECTIONS: ReadonlySet<CollectionName> = new Set<CollectionName>(['reports', 'cases']);

export interface ScaffoldOptions {
  collection: CollectionName;
  title: string;
  /** Publish date (for a report: the date of the activity), `YYYY-MM-DD`. */
  date: string;
  /** Publishing unit id from units.yaml. */
  unit: string;
  /** File or folder name; derived from the title (and date) when absent. */
  slug?: string;
  /** Report 活动类型. */
  type?: string;
  /** Case or policy 类别. */
  category?: string;
  /** Plan or education 类别. */
  kind?: string;
  audience?: string[];
  stages?: string[];
  /** Report: the plan and task it carries out. */
  plan?: string;
  task?: string;
  observance?: string;
  location?: string;
  /** Other units: a report's participants (the publisher is always included), a case's subjects. */
  units?: string[];
  /** Case: the person's or unit's name. */
  name?: string;
  /** Plan: the year; defaults to the year of `date`. */
  year?: number;
  author?: string;
  /** 发布时间, `YYYY-MM-DD`: the command passes today; left as a commented example when absent. */
  published?: string;
}

export interface ScaffoldResult {
  collection: CollectionName;
  slug: string;
  /** Path of the new file relative to the content root, with forward slashes. */
  relativePath: string;
  /** Folder for photos relative to the content root, for folder collections. */
  photoFolder?: string | undefined;
  frontmatter: string;
  body: string;
  /** The whole file. */
  text: string;
  /** Fields whose value was chosen by the tool and is marked 待确认. */
  unconfirmed: string[];
}

// ---------------------------------------------------------------------------------------------
// Frontmatter rendering, shared with the plan importer

/** A frontmatter field: its value, or (when absent) a commented-out example line. */
export interface FieldSpec {
  key: string;
  value?: unknown;
  /** Written after the value as `# 待确认：…`; the content check blocks it until removed. */
  unconfirmed?: string | undefined;
  /** Replaces the schema's hint in the comment above the field. */
  hint?: string | undefined;
  /** Commented-out example for an absent field; defaults to the schema's example. */
  example?: string | undefined;
  /** Extra comment lines after the field (examples of list items). */
  after?: string[] | undefined;
}

/** `key: value` as YAML; lists of plain values in flow style (`[a, b]`), other lists as blocks. */
export function yamlField(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

function commentLines(text: string): string[] {
  return text.split('\n').map((line) => (line ? `# ${line}` : '#'));
}

/** Render fields in order, each under `# 标签：提示`. */
export function renderFields(collection: CollectionName, fields: FieldSpec[]): string {
  const out: string[] = [];
  const schema = entrySchema(collection);
  for (const field of fields) {
    const doc = docAt(schema, [field.key]);
    const hint = field.hint ?? doc?.hint ?? '';
    out.push(...commentLines(doc ? `${doc.label}：${hint}` : hint));
    if (field.value !== undefined) {
      const lines = yamlField(field.key, field.value).split('\n');
      if (field.unconfirmed) lines[0] = `${lines[0]}  # 待确认：${field.unconfirmed}`;
      out.push(...lines);
    } else {
      const example = field.example ?? doc?.example ?? '';
      out.push(`# ${field.key}:${example ? ` ${example}` : ''}`);
    }
    if (field.after) out.push(...field.after.map((line) => `#${line ? ` ${line}` : ''}`));
  }
  return out.join('\n');
}

/** A frontmatter block with a header comment and the fences. */
export function frontmatterBlock(collection: CollectionName, header: string[], fields: FieldSpec[]): string {
  return ['---', ...header.map((line) => `# ${line}`), renderFields(collection, fields), '---'].join('\n');
}

const GALLERY_EXAMPLE = [
  '把照片放进本文件所在的文件夹，再按下面的样子填写：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
  '每张照片都要写 alt（图片说明），说清楚照片里有什么。',
  'gallery:',
  '  - src: ./photo-1.jpg',
  '    alt: 县领导与官兵亲切交谈',
  '    caption: 座谈会现场',
  '  - src: ./photo-2.jpg',
  '    alt: 志愿者为老兵测量血压',
];

/** Hint listing the allowed values of an enum field. */
function choose(values: readonly string[]): string {
  return `从这些里选一个：${values.join('、')}`;
}
function chooseMany(values: readonly string[]): string {
  return `用方括号列出一个或几个，可选：${values.join('、')}`;
}

// ---------------------------------------------------------------------------------------------
// Options: validation and defaults

function inList(value: string | undefined, list: readonly string[]): boolean {
  return value === undefined || list.includes(value);
}

/** Problems with the options, in Chinese; empty when they are fine. */
export function validateScaffoldOptions(options: ScaffoldOptions): string[] {
  const errors: string[] = [];
  const { collection } = options;
  if (!COLLECTIONS.includes(collection)) errors.push(`不认识的栏目“${collection}”，可选：${COLLECTIONS.join('、')}`);
  if (!options.title.trim()) errors.push('标题不能为空，请用 --title "……" 写上标题');
  if (!isIsoDate(options.date)) errors.push(`日期“${options.date}”不对，请按“年-月-日”写，例如 2026-08-01`);
  const idFields: [string, string | undefined][] = [
    ['发布单位 --unit', options.unit],
    ['文件名 --slug', options.slug],
    ['所属计划 --plan', options.plan],
    ['所属任务 --task', options.task],
    ['纪念日 --observance', options.observance],
    ...(options.units ?? []).map((unit): [string, string] => ['参与单位 --units', unit]),
  ];
  for (const [label, value] of idFields) {
    if (value !== undefined && !ID_PATTERN.test(value)) {
      errors.push(`${label}“${value}”不对：只能用小写字母、数字和连字符（-），例如 xian-shuangyongban`);
    }
  }
  if (options.task && !options.plan) errors.push('写了所属任务 --task，也要写它所属的计划 --plan');
  if (collection === 'reports' && !inList(options.type, REPORT_TYPES)) {
    errors.push(`活动类型“${options.type}”不对，${choose(REPORT_TYPES)}`);
  }
  if (collection === 'cases' && !inList(options.category, CASE_CATEGORIES)) {
    errors.push(`典型类别“${options.category}”不对，${choose(CASE_CATEGORIES)}`);
  }
  if (collection === 'policies' && !inList(options.category, POLICY_CATEGORIES)) {
    errors.push(`政策类别“${options.category}”不对，${choose(POLICY_CATEGORIES)}`);
  }
  if (collection === 'plans' && !inList(options.kind, PLAN_KINDS)) errors.push(`计划类别“${options.kind}”不对，${choose(PLAN_KINDS)}`);
  if (collection === 'education' && !inList(options.kind, EDUCATION_KINDS)) {
    errors.push(`国防教育类别“${options.kind}”不对，${choose(EDUCATION_KINDS)}`);
  }
  for (const value of options.audience ?? []) {
    if (!(AUDIENCES as readonly string[]).includes(value)) errors.push(`适用对象“${value}”不对，可选：${AUDIENCES.join('、')}`);
  }
  for (const value of options.stages ?? []) {
    if (!(STAGES as readonly string[]).includes(value)) errors.push(`学段“${value}”不对，可选：${STAGES.join('、')}`);
  }
  if (options.year !== undefined && !isYearInRange(options.year)) {
    errors.push(`年度“${options.year}”不对，请写四位数字年份，例如 2026`);
  }
  return errors;
}

/** The file/folder name an entry gets when no slug is given. */
export function defaultSlug(options: ScaffoldOptions): string {
  const { collection, title, date } = options;
  const fallback = `${collection.replace(/s$/, '')}-${date}`;
  if (collection === 'reports') return reportFileSlug(date, title);
  if (collection === 'cases') return slugify(options.name && !options.name.startsWith('【') ? options.name : title) || fallback;
  if (collection === 'plans') {
    const year = String(options.year ?? Number(date.slice(0, 4)));
    const words = slugify(title);
    if (!words) return `${year}-plan`;
    return words.startsWith(year) ? words : `${year}-${words}`;
  }
  return slugify(title) || fallback;
}

/** Where an entry with this slug lives, relative to the content root. */
export function entryPath(collection: CollectionName, slug: string): { relativePath: string; photoFolder?: string } {
  if (FOLDER_COLLECTIONS.has(collection)) {
    return { relativePath: `${collection}/${slug}/index.mdx`, photoFolder: `${collection}/${slug}` };
  }
  return { relativePath: `${collection}/${slug}.mdx` };
}

const FILL = (what: string) => `【请填写：${what}】`;

/**
 * The common fields after `date`, in the order every new or imported entry lists them: the unit
 * (marked 待确认 when a tool had to guess it), tags, draft, author, reviewer and the cover.
 */
export function publishingFields(
  unit: { id: string; guessed?: boolean | undefined },
  coverExample: string,
  author?: string,
  published?: string,
): FieldSpec[] {
  return [
    published ? { key: 'published', value: published } : { key: 'published' },
    { key: 'updated' },
    { key: 'unit', value: unit.id, unconfirmed: unit.guessed ? '没有指定发布单位，先填了单位名单里的第一个，请核对' : undefined },
    { key: 'tags', value: [] },
    { key: 'draft', value: false },
    author ? { key: 'author', value: author } : { key: 'author' },
    { key: 'reviewer' },
    { key: 'firstReview' },
    { key: 'secondReview' },
    { key: 'finalReview' },
    { key: 'secrecyReviewer' },
    { key: 'cover', example: coverExample },
    { key: 'coverAlt' },
  ];
}

function commonFields(options: ScaffoldOptions, summaryWhat: string, coverExample: string): FieldSpec[] {
  return [
    { key: 'title', value: options.title.trim() },
    { key: 'summary', value: FILL(summaryWhat) },
    {
      key: 'date',
      value: options.date,
      hint: options.collection === 'reports' ? '活动举办的日期，按“年-月-日”写，例如 2026-08-01' : undefined,
    },
    ...publishingFields({ id: options.unit }, coverExample, options.author, options.published),
  ];
}

function enumField(key: string, given: string | undefined, fallback: string, values: readonly string[]): FieldSpec {
  return {
    key,
    value: given ?? fallback,
    hint: choose(values),
    unconfirmed: given ? undefined : `没有指定，先填了“${fallback}”，请从上面的类别里选定`,
  };
}

function collectionFields(options: ScaffoldOptions): FieldSpec[] {
  const coverExample = FOLDER_COLLECTIONS.has(options.collection) ? './photo-1.jpg' : './cover.jpg';
  switch (options.collection) {
    case 'reports': {
      const units = [options.unit, ...(options.units ?? []).filter((unit) => unit !== options.unit)];
      return [
        ...commonFields(options, '用一两句话概括这次活动（时间、地点、谁、做了什么），200字以内', coverExample),
        enumField('type', options.type, '其他', REPORT_TYPES),
        { key: 'location', value: options.location ?? FILL('活动地点') },
        { key: 'units', value: units },
        options.plan ? { key: 'plan', value: options.plan } : { key: 'plan' },
        options.task ? { key: 'task', value: options.task } : { key: 'task' },
        options.observance ? { key: 'observance', value: options.observance } : { key: 'observance' },
        { key: 'gallery', value: [], after: GALLERY_EXAMPLE },
      ];
    }
    case 'plans': {
      const year = options.year ?? Number(options.date.slice(0, 4));
      return [
        ...commonFields(options, '用一两句话概括这份计划的主要内容', coverExample),
        enumField('kind', options.kind, '工作计划', PLAN_KINDS),
        { key: 'year', value: year },
        {
          key: 'goals',
          value: [],
          after: [
            '按下面的样子写目标：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'goals:',
            '  - 全年走访慰问驻县部队不少于4次',
            '  - 优待金按时足额发放',
          ],
        },
        {
          key: 'tasks',
          value: [],
          after: [
            '按下面的样子写任务：把上一行的 [] 删掉，去掉下面几行开头的“# ”。每个任务的 id 不能重复。',
            '报道里写 plan（本计划的文件名）和 task（任务 id），计划页面就会显示这项任务已完成。',
            'tasks:',
            '  - id: t01',
            '    title: 春节走访慰问驻县部队和优抚对象',
            '    owner: xian-shuangyongban',
            `    when: ${year}-Q1`,
            '  - id: t02',
            '    title: 八一建军节座谈会',
            `    when: ${year}-08`,
          ],
        },
      ];
    }
    case 'cases':
      return [
        ...commonFields(options, '用一两句话介绍这个典型的主要事迹', coverExample),
        enumField('category', options.category, '先进个人', CASE_CATEGORIES),
        { key: 'name', value: options.name ?? FILL('人物姓名或单位全称') },
        {
          key: 'units',
          value: (options.units ?? []).filter((unit) => unit !== options.unit),
          hint: '这个典型涉及的其他单位（例如受表彰的部队）的 id，都在 content/units.yaml 里；没有就保留 []',
        },
        {
          key: 'honors',
          value: [],
          after: [
            '按下面的样子写荣誉：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'honors:',
            '  - title: 全国模范退役军人',
            '    year: 2025',
            '    by: 退役军人事务部',
          ],
        },
        { key: 'featured', value: false },
        { key: 'quote' },
        { key: 'gallery', value: [], after: GALLERY_EXAMPLE },
      ];
    case 'policies':
      return [
        ...commonFields(options, '用一两句话说明这项政策给谁、有什么待遇', coverExample),
        enumField('category', options.category, '其他', POLICY_CATEGORIES),
        options.audience?.length
          ? { key: 'audience', value: options.audience, hint: chooseMany(AUDIENCES) }
          : {
              key: 'audience',
              value: ['退役军人'],
              hint: chooseMany(AUDIENCES),
              unconfirmed: '没有指定，先填了“退役军人”，请改成实际的适用对象',
            },
        {
          key: 'basis',
          value: [],
          after: [
            '按下面的样子写依据：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'basis:',
            '  - name: 《军人抚恤优待条例》',
            '    article: 第二十条',
            '    issuer: 国务院、中央军委',
          ],
        },
        { key: 'effective' },
        { key: 'expires', example: '2030-12-31' },
        { key: 'supersededBy', example: 'xin-zhengce-wenjianming' },
        {
          key: 'standards',
          value: [],
          after: [
            '按下面的样子写标准：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'standards:',
            '  - item: 三等功奖励',
            '    amount: 500',
            '    unit: 元',
            '    note: 一次性发放',
          ],
        },
        {
          key: 'faq',
          value: [],
          after: [
            '按下面的样子写常见问题：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'faq:',
            '  - q: 在哪里申请？',
            '    a: 到户籍所在地乡镇（街道）退役军人服务站申请。',
          ],
        },
        { key: 'contact', example: '县退役军人事务局优抚股，办公电话写在这里（只能写座机）' },
        // 政务公开 (issue 15): all optional; a 政策原文 fills them from the document's 版头 and 落款.
        { key: 'docType' },
        { key: 'indexNo' },
        { key: 'issuingBody' },
        { key: 'docNo' },
        { key: 'writtenDate' },
        { key: 'publishedDate' },
        { key: 'validity' },
        { key: 'original' },
        { key: 'interpretation' },
        {
          key: 'attachments',
          value: [],
          after: [
            '按下面的样子写附件（文件放在本条目的文件夹里）：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'attachments:',
            '  - file: ./fujian-1.pdf',
            '    title: 附件1：申请表',
          ],
        },
      ];
    case 'education': {
      const kind = options.kind ?? '课程';
      const base = kind === '教育基地';
      const quiz =
        kind === '知识竞赛'
          ? [{ q: FILL('题目'), options: [FILL('选项一'), FILL('选项二')], answer: FILL('选项一'), explain: FILL('答题后显示的解析') }]
          : [];
      return [
        ...commonFields(options, '用一两句话介绍这节课或这项活动', coverExample),
        enumField('kind', options.kind, '课程', EDUCATION_KINDS),
        options.stages?.length
          ? { key: 'stages', value: options.stages, hint: chooseMany(STAGES) }
          : { key: 'stages', value: ['全民'], hint: chooseMany(STAGES), unconfirmed: '没有指定，先填了“全民”，请改成适用的学段' },
        { key: 'duration' },
        {
          key: 'objectives',
          value: [],
          after: ['按下面的样子写：把上一行的 [] 删掉，去掉下面几行开头的“# ”。', 'objectives:', '  - 了解八一建军节的由来'],
        },
        { key: 'materials', value: [], after: ['materials:', '  - 教学课件', '  - 学习单（可打印）'] },
        {
          key: 'quiz',
          value: quiz,
          after: quiz.length
            ? undefined
            : [
                '按下面的样子出题：把上一行的 [] 删掉，去掉下面几行开头的“# ”。answer 要和某个选项一字不差。',
                'quiz:',
                '  - q: 中国人民解放军建军节是哪一天？',
                '    options: [8月1日, 10月1日, 7月1日]',
                '    answer: 8月1日',
                '    explain: 1927年8月1日南昌起义，打响了武装反抗国民党反动派的第一枪。',
              ],
        },
        { key: 'related' },
        base ? { key: 'address', value: FILL('教育基地的详细地址') } : { key: 'address' },
        base ? { key: 'openHours', value: FILL('开放时间，例如 周二至周日 9:00—17:00') } : { key: 'openHours' },
        { key: 'activities', value: [] },
        {
          key: 'contact',
          hint: '教育基地的预约办公室和办公电话（座机），不要写手机号',
          example: '县国防教育基地管理处，预约电话写在这里（只能写座机）',
        },
        { key: 'gallery', value: [], after: GALLERY_EXAMPLE },
      ];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Body

const BODY_INTRO = '{/* 正文从这里开始。把每个【请填写：……】换成实际内容；用不上的小标题可以连同内容一起删掉。写完后删掉这段说明。 */}';

function sections(...items: [string, string][]): string {
  return items.map(([heading, what]) => `## ${heading}\n\n${FILL(what)}`).join('\n\n');
}

function bodyFor(options: ScaffoldOptions): string {
  switch (options.collection) {
    case 'reports':
      return [
        BODY_INTRO,
        '{/* 照片不用写进正文：放进本文件夹并填在上面的 gallery 里，页面会自动显示。 */}',
        sections(
          ['活动概况', '什么时间、在哪里、哪些单位和人员参加了什么活动'],
          ['活动内容', '活动的主要过程和亮点，写清楚做了哪些事'],
          ['活动成效', '活动取得的效果，参加者的感受（可以引用一两句原话）'],
        ),
      ].join('\n\n');
    case 'plans':
      return [
        BODY_INTRO,
        sections(
          ['指导思想', '开展这项工作的指导思想和总体要求'],
          ['工作目标', '今年要达到的目标'],
          ['主要任务', '分条写出主要任务，每条写清楚时间和负责单位'],
          ['工作要求', '组织领导、经费保障、督促检查等要求'],
        ),
      ].join('\n\n');
    case 'cases':
      return [
        BODY_INTRO,
        sections(
          ['基本情况', '人物或单位的基本情况（不要写身份证号、手机号等个人信息）'],
          ['主要事迹', '最能打动人的几件事，写具体'],
          ['社会反响', '群众、部队和媒体的评价'],
        ),
      ].join('\n\n');
    case 'policies':
      return [
        BODY_INTRO,
        sections(
          ['政策要点', '用通俗的话说明这项政策规定了什么'],
          ['哪些人可以享受', '写清楚适用对象和条件'],
          ['怎么办理', '到哪里办、带什么材料、多长时间办好'],
        ),
      ].join('\n\n');
    case 'education': {
      const kind = options.kind ?? '课程';
      if (kind === '教育基地') {
        return [BODY_INTRO, sections(['基地简介', '基地的历史和主要展陈内容'], ['参观须知', '预约方式、参观路线和注意事项'])].join('\n\n');
      }
      if (kind === '知识竞赛') {
        return [BODY_INTRO, sections(['竞赛说明', '竞赛的对象、形式和规则；题目写在上面的 quiz 里'])].join('\n\n');
      }
      if (kind === '活动方案') {
        return [
          BODY_INTRO,
          sections(
            ['活动目的', '通过这项活动要让学生或群众收获什么'],
            ['活动流程', '分步骤写出活动安排'],
            ['安全要求', '组织和安全方面的要求'],
          ),
        ].join('\n\n');
      }
      return [
        BODY_INTRO,
        sections(
          ['导入', '用一个故事或问题引出本课主题'],
          ['讲授内容', '本课要讲的主要知识'],
          ['课堂活动', '讨论、朗诵、观看视频等课堂活动'],
          ['课后延伸', '课后可以做的事情'],
        ),
      ].join('\n\n');
    }
  }
}

/** The whole new entry. Throws (with the Chinese problems joined) when the options are invalid. */
export function scaffoldEntry(options: ScaffoldOptions): ScaffoldResult {
  const errors = validateScaffoldOptions(options);
  if (errors.length) throw new Error(errors.join('\n'));
  const slug = options.slug ?? defaultSlug(options);
  const { relativePath, photoFolder } = entryPath(options.collection, slug);
  const fields = collectionFields(options);
  const header = [
    `${COLLECTION_LABELS[options.collection]}：由 npm run new 生成。`,
    '以 # 开头的行是说明，不会发布。带“待确认”的值请核对后删掉那条注释。',
    '改完后运行 npm run check:content 检查。',
  ];
  const frontmatter = frontmatterBlock(options.collection, header, fields);
  const body = bodyFor(options);
  return {
    collection: options.collection,
    slug,
    relativePath,
    photoFolder,
    frontmatter,
    body,
    text: `${frontmatter}\n\n${body}\n`,
    unconfirmed: fields.filter((field) => field.unconfirmed).map((field) => field.key),
  };
}

// ---------------------------------------------------------------------------------------------
// units.yaml

export interface UnitRef {
  id: string;
  name: string;
}

/** The units of units.yaml as the content reader parsed it: a list of `{ id, name }` or a map `id: { name }`. */
export function unitRefs(data: unknown): UnitRef[] {
  const units: UnitRef[] = [];
  const nameOf = (value: unknown): string =>
    value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : '';
  if (Array.isArray(data)) {
    for (const item of data as unknown[]) {
      if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') units.push({ id: item.id, name: nameOf(item) });
    }
  } else if (data && typeof data === 'object') {
    for (const [id, value] of Object.entries(data)) units.push({ id, name: nameOf(value) });
  }
  return units;
}

/** A Chinese error when `id` is not one of `units`, listing the valid ones; undefined when fine. */
export function unitError(id: string, units: UnitRef[], label = '单位'): string | undefined {
  if (units.some((unit) => unit.id === id)) return undefined;
  const list = units.map((unit) => `  ${unit.id}${unit.name ? `（${unit.name}）` : ''}`).join('\n');
  return `${label}“${id}”不在 content/units.yaml 里。可以用的单位 id 有：\n${list || '  （units.yaml 里还没有单位）'}`;
}

/** What to do after the file is created, in Chinese, one step per line. */
export function nextSteps(
  result: Pick<ScaffoldResult, 'collection' | 'relativePath' | 'photoFolder' | 'unconfirmed'>,
  contentDir = 'content',
): string[] {
  const file = `${contentDir}/${result.relativePath}`;
  const steps: string[] = [];
  steps.push(`用编辑器打开 ${file}，把所有【请填写：……】换成实际内容。`);
  if (result.unconfirmed.length) {
    steps.push(`核对标着“待确认”的项目（${result.unconfirmed.join('、')}），确认后删掉那条 # 待确认 注释。`);
  }
  if (result.photoFolder) {
    steps.push(`把照片（.jpg 或 .png）放进文件夹 ${contentDir}/${result.photoFolder}/，文件名用英文或数字，例如 photo-1.jpg。`);
    steps.push('在 gallery 里为每张照片写 src（例如 ./photo-1.jpg）和 alt（一句话说明照片里有什么）。');
  }
  steps.push('运行 npm run check:content 检查，按提示改正所有问题。');
  steps.push('运行 npm run dev，在浏览器里预览页面。');
  steps.push(
    `没问题后提交：git add ${result.photoFolder ? `${contentDir}/${result.photoFolder}` : file}，再 git commit -m "发布：标题"，然后 git push。`,
  );
  return steps;
}
