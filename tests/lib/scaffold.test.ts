import { describe, expect, it } from 'vitest';
import { loadMdxCompiler } from '../helpers/mdx.ts';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import {
  COLLECTIONS,
  EDUCATION_KINDS,
  ID_PATTERN,
  collectionSchemas,
  docAt,
  entrySchema,
  type CollectionName,
} from '../../src/model/index.ts';
import { lintContentText } from '../../src/lib/content-lint.ts';
import {
  nextSteps,
  unitRefs,
  resolveCollection,
  scaffoldEntry,
  unitError,
  validateScaffoldOptions,
  yamlField,
  type ScaffoldOptions,
} from '../../src/lib/scaffold.ts';
import { frontmatterData as parseFrontmatter } from '../../src/content-layer/source.ts';

const image = () => z.string();
const base = { title: '县双拥办开展“八一”走访慰问活动', date: '2026-08-01', unit: 'xian-shuangyongban' };

const variants: ScaffoldOptions[] = [
  { collection: 'reports', ...base },
  {
    collection: 'reports',
    ...base,
    type: '走访慰问',
    location: '县人武部',
    units: ['wujing-zhongdui', 'xian-shuangyongban'],
    plan: '2026-shuangyong-gongzuo-jihua',
    task: 't03',
    observance: 'bayi',
    author: '李文',
  },
  { collection: 'plans', ...base, title: '2026年双拥工作计划' },
  { collection: 'plans', ...base, title: '双拥模范县创建实施方案', kind: '实施方案', year: 2027 },
  { collection: 'cases', ...base, title: '好军嫂周晓梅' },
  { collection: 'cases', ...base, title: '好军嫂的故事', category: '好军嫂', name: '周晓梅' },
  { collection: 'policies', ...base, title: '义务兵家庭优待金标准' },
  { collection: 'policies', ...base, title: '义务兵家庭优待金标准', category: '抚恤优待', audience: ['现役军人', '军人家属'] },
  { collection: 'education', ...base, title: '八一建军节的由来' },
  ...EDUCATION_KINDS.map((kind): ScaffoldOptions => ({
    collection: 'education',
    ...base,
    title: `示例${kind}`,
    kind,
    stages: ['初中', '高中'],
  })),
];

const label = (options: ScaffoldOptions) =>
  `${options.collection} ${options.kind ?? options.type ?? options.category ?? ''} ${Object.keys(options).length}`;

/** What a staff member does: replace every prompt, confirm every guessed value. */
function fillIn(text: string): string {
  return text.replace(/【请填写：([^】]*)】/g, '实际内容（$1）').replace(/\s+# 待确认：.*$/gm, '');
}

describe('scaffoldEntry', () => {
  it.each(variants.map((options) => [label(options), options] as const))('%s passes the real schema as generated', (_name, options) => {
    const result = scaffoldEntry(options);
    const data = parseFrontmatter(result.text);
    const parsed = collectionSchemas[options.collection](image).safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it.each(variants.map((options) => [label(options), options] as const))(
    '%s still passes after staff fill it in, and then lints clean',
    (_name, options) => {
      const filled = fillIn(scaffoldEntry(options).text);
      expect(collectionSchemas[options.collection](image).safeParse(parseFrontmatter(filled)).success).toBe(true);
      expect(lintContentText(filled, 'x.mdx')).toEqual([]);
    },
  );

  it.each(variants.map((options) => [label(options), options] as const))(
    '%s cannot be published unfilled (the content check blocks it)',
    (_name, options) => {
      const findings = lintContentText(scaffoldEntry(options).text, 'x.mdx');
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((finding) => finding.rule === 'placeholder' || finding.rule === 'unconfirmed')).toBe(true);
    },
  );

  it.each(variants.map((options) => [label(options), options] as const))(
    '%s: every 【请填写】 prompt outside comments is reported',
    (_name, options) => {
      const { text } = scaffoldEntry(options);
      const visible = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/^\s*#.*$/gm, '');
      const prompts = visible.match(/【请填写：/g)?.length ?? 0;
      const reported = lintContentText(text, 'x.mdx').filter((finding) => finding.message.includes('【请填写：')).length;
      expect(prompts).toBeGreaterThan(0);
      expect(reported).toBe(prompts);
    },
  );

  it.each(COLLECTIONS.map((collection) => [collection] as const))(
    '%s: every schema field is present, filled or commented, under its Chinese label',
    (collection: CollectionName) => {
      const result = scaffoldEntry({ collection, ...base });
      const schema = collectionSchemas[collection](image);
      const keys = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
      expect(keys.length).toBeGreaterThan(10);
      for (const key of keys) {
        expect(result.frontmatter, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
        expect(result.frontmatter, key).toContain(`# ${docAt(entrySchema(collection), [key])!.label}：`);
      }
      // the body has Chinese section headings to replace
      expect(result.body).toMatch(/^## \p{Script=Han}+/mu);
    },
  );

  it('a report without photos has an empty gallery and no cover, in its own folder', () => {
    const result = scaffoldEntry({ collection: 'reports', ...base, type: '走访慰问' });
    const data = parseFrontmatter(result.text);
    expect(data.gallery).toEqual([]);
    expect(data.cover).toBeUndefined();
    expect(data.units).toEqual(['xian-shuangyongban']);
    expect(data.type).toBe('走访慰问');
    expect(result.relativePath).toBe('reports/2026-08-01-xian-shuangyongban-kaizhan-bayi-zoufang-weiwen/index.mdx');
    expect(result.photoFolder).toBe('reports/2026-08-01-xian-shuangyongban-kaizhan-bayi-zoufang-weiwen');
    expect(result.unconfirmed).toEqual([]);
    // the gallery example is there to uncomment
    expect(result.frontmatter).toContain('#   - src: ./photo-1.jpg');
    expect(result.frontmatter).toContain('#     alt: ');
  });

  it('marks values it had to choose as 待确认, and only those', () => {
    expect(scaffoldEntry({ collection: 'reports', ...base }).unconfirmed).toEqual(['type']);
    expect(scaffoldEntry({ collection: 'policies', ...base }).unconfirmed).toEqual(['category', 'audience']);
    expect(scaffoldEntry({ collection: 'education', ...base }).unconfirmed).toEqual(['kind', 'stages']);
    const report = scaffoldEntry({ collection: 'reports', ...base });
    expect(report.frontmatter).toMatch(/^type: 其他 {2}# 待确认：/m);
  });

  it('puts folder collections in folders and others in single files with valid ids', () => {
    for (const options of variants) {
      const result = scaffoldEntry(options);
      expect(result.slug).toMatch(ID_PATTERN);
      if (options.collection === 'reports' || options.collection === 'cases') {
        expect(result.relativePath).toBe(`${options.collection}/${result.slug}/index.mdx`);
      } else {
        expect(result.relativePath).toBe(`${options.collection}/${result.slug}.mdx`);
        expect(result.photoFolder).toBeUndefined();
      }
    }
    expect(scaffoldEntry({ collection: 'plans', ...base, title: '双拥工作计划', year: 2027 }).slug).toBe('2027-shuangyong-gongzuo-jihua');
    expect(scaffoldEntry({ collection: 'plans', ...base, title: '2026年双拥工作计划' }).slug).toBe('2026-shuangyong-gongzuo-jihua');
    expect(scaffoldEntry({ collection: 'cases', ...base, name: '周晓梅' }).slug).toBe('zhouxiao-mei');
    expect(scaffoldEntry({ collection: 'policies', ...base, slug: 'my-policy' }).relativePath).toBe('policies/my-policy.mdx');
  });

  it('fills the given values in', () => {
    const data = parseFrontmatter(scaffoldEntry(variants[1]!).text);
    expect(data).toMatchObject({
      title: base.title,
      unit: 'xian-shuangyongban',
      units: ['xian-shuangyongban', 'wujing-zhongdui'],
      location: '县人武部',
      plan: '2026-shuangyong-gongzuo-jihua',
      task: 't03',
      observance: 'bayi',
      author: '李文',
      draft: false,
    });
    const plan = parseFrontmatter(scaffoldEntry(variants[3]!).text);
    expect(plan).toMatchObject({ kind: '实施方案', year: 2027, goals: [], tasks: [] });
  });

  it('generates a quiz question for a 知识竞赛 and address/openHours for a 教育基地', () => {
    const quiz = parseFrontmatter(scaffoldEntry({ collection: 'education', ...base, kind: '知识竞赛' }).text);
    expect(Array.isArray(quiz.quiz) && quiz.quiz.length).toBe(1);
    const site = parseFrontmatter(scaffoldEntry({ collection: 'education', ...base, kind: '教育基地' }).text);
    expect(site.address).toMatch(/请填写/);
    expect(site.openHours).toMatch(/请填写/);
  });

  it('produces MDX that compiles', async () => {
    const compile = loadMdxCompiler();
    for (const options of variants) {
      const { body } = scaffoldEntry(options);
      await expect(compile(body), label(options)).resolves.toBeDefined();
    }
  });
});

describe('options', () => {
  it('accepts English plural/singular and Chinese collection names', () => {
    const expected: Record<string, CollectionName> = {
      report: 'reports',
      reports: 'reports',
      报道: 'reports',
      活动报道: 'reports',
      plan: 'plans',
      计划: 'plans',
      case: 'cases',
      典型: 'cases',
      policy: 'policies',
      政策: 'policies',
      lesson: 'education',
      education: 'education',
      国防教育: 'education',
      Report: 'reports',
    };
    for (const [input, collection] of Object.entries(expected)) expect(resolveCollection(input), input).toBe(collection);
    expect(resolveCollection('news-item')).toBeUndefined();
  });

  it('explains bad options in Chinese', () => {
    const errors = validateScaffoldOptions({
      collection: 'reports',
      title: ' ',
      date: '2026-8-1',
      unit: 'Xian',
      type: '慰问',
      task: 't01',
    });
    expect(errors.join('\n')).toMatch(/标题不能为空/);
    expect(errors.join('\n')).toMatch(/年-月-日/);
    expect(errors.join('\n')).toMatch(/只能用小写字母/);
    expect(errors.join('\n')).toMatch(/活动类型“慰问”不对.*走访慰问/);
    expect(errors.join('\n')).toMatch(/也要写它所属的计划/);
    expect(() => scaffoldEntry({ collection: 'reports', title: '', date: '2026-08-01', unit: 'a' })).toThrow(/标题/);
    expect(validateScaffoldOptions({ collection: 'policies', ...base, audience: ['老人'] })[0]).toMatch(/适用对象“老人”不对/);
    expect(validateScaffoldOptions({ collection: 'education', ...base, stages: ['大学'] })[0]).toMatch(/学段/);
    expect(validateScaffoldOptions({ collection: 'plans', ...base, year: 20 })[0]).toMatch(/年度/);
  });

  it('reads units.yaml as a list or a map and lists valid ids for an unknown one', () => {
    const list = unitRefs(parseYaml('- id: a-ban\n  name: 甲办\n  kind: 党政机关\n- id: b-dui\n  name: 乙队\n  kind: 部队\n'));
    expect(list).toEqual([
      { id: 'a-ban', name: '甲办' },
      { id: 'b-dui', name: '乙队' },
    ]);
    expect(unitRefs(parseYaml('a-ban:\n  name: 甲办\n'))).toEqual([{ id: 'a-ban', name: '甲办' }]);
    expect(unitError('a-ban', list)).toBeUndefined();
    const error = unitError('c', list, '发布单位')!;
    expect(error).toContain('发布单位“c”不在 content/units.yaml 里');
    expect(error).toContain('a-ban（甲办）');
    expect(error).toContain('b-dui（乙队）');
  });

  it('writes YAML values safely', () => {
    expect(parseYaml(yamlField('title', '标题: 带冒号 # 和井号'))).toEqual({ title: '标题: 带冒号 # 和井号' });
    expect(yamlField('tags', ['八一', '慰问'])).toBe('tags: [八一, 慰问]');
    expect(parseYaml(yamlField('tasks', [{ id: 't01', title: '任务', when: '2026-01~2026-03' }]))).toEqual({
      tasks: [{ id: 't01', title: '任务', when: '2026-01~2026-03' }],
    });
  });

  it('tells staff the next steps in Chinese', () => {
    const result = scaffoldEntry({ collection: 'reports', ...base });
    const steps = nextSteps(result).join('\n');
    expect(steps).toContain(`content/${result.photoFolder}/`);
    expect(steps).toContain('alt');
    expect(steps).toContain('npm run check:content');
    expect(steps).toContain('npm run dev');
    expect(steps).toContain('git commit');
    expect(steps).toContain('待确认');
  });
});
