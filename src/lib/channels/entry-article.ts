/**
 * What each collection's article says besides its body: the facts under the title and the tables
 * and lists the entry page shows (a policy's 标准, a case's 荣誉, a lesson's 教学目标 …). Pure: the
 * caller (src/data/channel-articles.ts) hands over the entry's data with its photos already made
 * and its references already looked up.
 */
import { COLLECTION_LABELS, type CollectionName } from '../../model/index.ts';
import { formatDateZh } from '../../model/dates.ts';
import { isLapsed, policyState, POLICY_STATE_LABELS } from '../policy-status.ts';
import { correctIndexes, optionLetter, questionKind, questionText, KIND_LABELS } from '../quiz.ts';
import { entryUrl } from '../../model/urls.ts';
import type { Article, ArticleBlock, ArticleImage, GovFields } from './article.ts';

/** Frontmatter as the schema gives it, dates already turned into 'YYYY-MM-DD' and photos into ArticleImages. */
export interface EntryData {
  title: string;
  summary: string;
  date: string;
  published?: string;
  updated?: string;
  unit: string;
  tags: string[];
  author?: string;
  reviewer?: string;
  [field: string]: unknown;
}

export interface EntryArticleInput {
  collection: CollectionName;
  id: string;
  data: EntryData;
  cover?: ArticleImage | undefined;
  gallery: ArticleImage[];
  /** The body HTML as the site renders it, with absolute addresses. */
  body: string;
  baseUrl: string;
  /** 'YYYY-MM-DD', for a policy's 有效性. */
  today: string;
  names: {
    units: Map<string, string>;
    observances: Map<string, string>;
    /** "collection/id" → title, for plans and related policies. */
    entries: Map<string, string>;
  };
  /** Titles of the policies this one replaced (their supersededBy names it). */
  supersedes?: string[] | undefined;
}

type Fact = { label: string; value: string };
const fact = (label: string, value: unknown): Fact[] => (typeof value === 'string' && value ? [{ label, value }] : []);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const day = (value: unknown) => (typeof value === 'string' && value ? formatDateZh(value) : undefined);

export function entryArticle(input: EntryArticleInput): Article {
  const { collection, id, data, names } = input;
  const unitName = (unitId: string) => names.units.get(unitId) ?? unitId;
  const facts: Fact[] = [];
  const before: ArticleBlock[] = [];
  const after: ArticleBlock[] = [];
  let gov: Partial<Record<keyof GovFields, string | undefined>> | undefined;
  const d = data as Record<string, unknown>;

  switch (collection) {
    case 'reports': {
      facts.push(...fact('活动类型', d.type), ...fact('活动日期', day(data.date)), ...fact('活动地点', d.location));
      facts.push(...fact('参与单位', strings(d.units).map(unitName).join('、')));
      if (typeof d.observance === 'string') facts.push(...fact('纪念日', names.observances.get(d.observance)));
      if (typeof d.plan === 'string') facts.push(...fact('落实计划', names.entries.get(`plans/${d.plan}`)));
      break;
    }
    case 'cases': {
      facts.push(...fact('类别', d.category), ...fact('典型', d.name));
      if (typeof d.quote === 'string') before.push({ kind: 'quote', text: d.quote, by: typeof d.name === 'string' ? d.name : undefined });
      const honors = Array.isArray(d.honors) ? (d.honors as { title: string; year: number; by?: string }[]) : [];
      if (honors.length) {
        after.push({
          kind: 'table',
          heading: '所获荣誉',
          columns: ['年份', '荣誉', '授予单位'],
          rows: honors.map((h) => [`${h.year}年`, h.title, h.by ?? '']),
        });
      }
      break;
    }
    case 'policies': {
      const effective = typeof d.effective === 'string' ? d.effective : undefined;
      const expires = typeof d.expires === 'string' ? d.expires : undefined;
      const supersededBy = typeof d.supersededBy === 'string' ? d.supersededBy : undefined;
      const policy = policyState({ effective, expires, supersededBy }, input.today);
      const state = POLICY_STATE_LABELS[policy];
      // The same notice as the policy page: a lapsed policy says so before anything else.
      if (isLapsed(policy)) {
        const successor = supersededBy ? names.entries.get(`policies/${supersededBy}`) : undefined;
        before.push({
          kind: 'notice',
          lines: [
            `本政策已失效${expires ? `（${formatDateZh(expires)}起不再执行）` : ''}，内容仅供查阅。`,
            ...(successor && supersededBy
              ? [`现行政策请看：${successor}（${new URL(entryUrl('policies', supersededBy), input.baseUrl).href}）`]
              : []),
          ],
        });
      } else if (policy === 'not-yet' && effective) {
        before.push({ kind: 'notice', lines: [`本政策自 ${formatDateZh(effective)} 起施行。`] });
      }
      facts.push(...fact('类别', d.category), ...fact('适用对象', strings(d.audience).join('、')), ...fact('状态', state));
      facts.push(...fact('生效日期', day(effective)), ...fact('失效日期', day(expires)));
      const standards = Array.isArray(d.standards)
        ? (d.standards as { item: string; amount: number | string; unit?: string; note?: string }[])
        : [];
      if (standards.length) {
        const amount = (value: number | string) => (typeof value === 'number' ? value.toLocaleString('zh-CN') : value);
        const withNotes = standards.some((row) => row.note);
        before.push({
          kind: 'table',
          heading: '标准',
          // The amount and its unit in one cell that does not wrap, as on the site's policy page.
          columns: ['项目', '标准', ...(withNotes ? ['备注'] : [])],
          rows: standards.map((row) => [
            row.item,
            `${amount(row.amount)} ${row.unit ?? ''}`.trim(),
            ...(withNotes ? [row.note ?? ''] : []),
          ]),
          whole: [1],
        });
      }
      const basis = Array.isArray(d.basis) ? (d.basis as { name: string; article?: string; issuer?: string }[]) : [];
      if (basis.length)
        after.push({
          kind: 'list',
          heading: '政策依据',
          items: basis.map((b) => `${b.name}${b.article ? ` ${b.article}` : ''}${b.issuer ? `（${b.issuer}）` : ''}`),
        });
      const faq = Array.isArray(d.faq) ? (d.faq as { q: string; a: string }[]) : [];
      if (faq.length) after.push({ kind: 'faq', heading: '常见问题', items: faq });
      if (typeof d.contact === 'string') after.push({ kind: 'text', heading: '咨询办理', text: d.contact });
      if (input.supersedes?.length) after.push({ kind: 'text', heading: '沿革', text: `本政策取代了：${input.supersedes.join('、')}` });
      // 政务公开: publish date, issuing office and validity from the entry; the document fields
      // (索引号, 发文字号, 成文日期) only where the entry carries them.
      gov = {
        indexNo: typeof d.indexNo === 'string' ? d.indexNo : undefined,
        issuer: typeof d.issuer === 'string' ? d.issuer : unitName(data.unit),
        docNo: typeof d.docNo === 'string' ? d.docNo : undefined,
        written: typeof d.written === 'string' ? d.written : undefined,
        published: data.date,
        validity: state,
        effective,
        expires,
      };
      break;
    }
    case 'education': {
      facts.push(...fact('类型', d.kind), ...fact('学段', strings(d.stages).join('、')), ...fact('课时', d.duration));
      facts.push(...fact('地址', d.address), ...fact('开放时间', d.openHours));
      const lists: [string, unknown][] = [
        ['教学目标', d.objectives],
        ['教学材料', d.materials],
        ['可开展的活动', d.activities],
      ];
      for (const [heading, items] of lists) if (strings(items).length) after.push({ kind: 'list', heading, items: strings(items) });
      const quiz = Array.isArray(d.quiz) ? (d.quiz as { q: string; options: string[]; answer: string | string[]; explain?: string }[]) : [];
      if (quiz.length) {
        after.push({
          kind: 'list',
          heading: '测一测',
          ordered: true,
          items: quiz.map(
            (q) =>
              `${questionText(q)}（${KIND_LABELS[questionKind(q)]}）${q.options.map((option, i) => `\u3000${optionLetter(i)}. ${option}`).join('')}`,
          ),
        });
        after.push({
          kind: 'list',
          heading: '参考答案',
          ordered: true,
          items: quiz.map((q) => `${correctIndexes(q).map(optionLetter).join('')}${q.explain ? `\u3000${q.explain}` : ''}`),
        });
      }
      const related = strings(d.related).flatMap((policy) => {
        const title = names.entries.get(`policies/${policy}`);
        return title ? [`${title}（${new URL(entryUrl('policies', policy), input.baseUrl).href}）`] : [];
      });
      if (related.length) after.push({ kind: 'list', heading: '相关政策', items: related });
      if (typeof d.contact === 'string') after.push({ kind: 'text', heading: '预约咨询', text: d.contact });
      break;
    }
    case 'plans': {
      facts.push(...fact('类别', d.kind), ...fact('年度', typeof d.year === 'number' ? `${d.year}年` : undefined));
      if (strings(d.goals).length) after.push({ kind: 'list', heading: '工作目标', items: strings(d.goals) });
      const tasks = Array.isArray(d.tasks) ? (d.tasks as { id: string; title: string; when: string; owner?: string }[]) : [];
      if (tasks.length) {
        after.push({
          kind: 'table',
          heading: '工作任务',
          columns: ['任务', '时间', '牵头单位'],
          rows: tasks.map((t) => [t.title, t.when, t.owner ? unitName(t.owner) : '']),
        });
      }
      break;
    }
  }
  if (input.gallery.length) after.push({ kind: 'photos', heading: '现场图片', photos: input.gallery });

  return {
    collection,
    collectionLabel: COLLECTION_LABELS[collection],
    id,
    title: data.title,
    summary: data.summary,
    url: new URL(entryUrl(collection, id), input.baseUrl).href,
    date: data.date,
    ...(data.published ? { published: data.published } : {}),
    updated: data.updated,
    unit: data.unit,
    unitName: unitName(data.unit),
    tags: data.tags,
    author: data.author,
    reviewer: data.reviewer,
    facts,
    cover: input.cover,
    before,
    body: input.body,
    after,
    gov: gov && Object.fromEntries(Object.entries(gov).filter(([, value]) => value)),
  };
}
