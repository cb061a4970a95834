/**
 * The 国防教育 schema rules (quiz answers must be options, 教育基地 need an address…) and what the
 * issue asks of the demo content, checked on the source files without building.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { educationSchema, quizQuestion } from '../../src/model/index.ts';
import { checkContent, type CheckInput } from '../../src/lib/content-check.ts';
import { readContent } from '../../src/content-layer/read-content.ts';
import { correctIndexes, questionKind } from '../../src/lib/quiz.ts';
import { repoRoot } from '../helpers/paths.ts';
import { must } from '../helpers/must.ts';

const schema = educationSchema(() => z.string());
const base = { title: '测试', summary: '摘要', date: '2026-09-01', unit: 'ceshi-shuangyongban' };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('quiz questions', () => {
  it('accept a single answer and a list of answers that are options', () => {
    expect(quizQuestion.safeParse({ q: '建军节？', options: ['7月1日', '8月1日'], answer: '8月1日' }).success).toBe(true);
    expect(quizQuestion.safeParse({ q: '哪些？', options: ['甲', '乙', '丙'], answer: ['甲', '丙'], explain: '解析' }).success).toBe(true);
  });

  it('refuse a single answer that is not among the options, in Chinese', () => {
    const result = quizQuestion.safeParse({ q: '建军节？', options: ['7月1日', '8月1日'], answer: '8月1号' });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual(['answer: 答案「8月1号」不在选项 options 里，答案必须和某个选项一字不差']);
  });

  it('refuse a multiple-choice answer with one item that is not an option', () => {
    const result = quizQuestion.safeParse({ q: '哪些？', options: ['甲', '乙', '丙'], answer: ['甲', '丁'] });
    expect(messages(result)).toEqual(['answer: 答案「丁」不在选项 options 里，答案必须和某个选项一字不差']);
  });

  it('compare answers exactly after trimming: surrounding spaces are forgiven, other punctuation is not', () => {
    const trimmed = quizQuestion.safeParse({ q: '？', options: ['8月1日', ' 9月3日'], answer: '9月3日 ' });
    expect(trimmed.success).toBe(true);
    expect(correctIndexes(trimmed.data!)).toEqual([1]);
    expect(quizQuestion.safeParse({ q: '？', options: ['“八一”两字', '长城'], answer: '"八一"两字' }).success).toBe(false);
  });

  it('refuse fewer than two options, duplicate options, an empty answer list and an empty question', () => {
    expect(quizQuestion.safeParse({ q: '？', options: ['甲'], answer: '甲' }).success).toBe(false);
    expect(messages(quizQuestion.safeParse({ q: '？', options: ['甲', '甲', '乙'], answer: '乙' }))).toEqual([
      'options: 选项里有重复的内容',
    ]);
    expect(quizQuestion.safeParse({ q: '？', options: ['甲', '乙'], answer: [] }).success).toBe(false);
    expect(quizQuestion.safeParse({ q: ' ', options: ['甲', '乙'], answer: '甲' }).success).toBe(false);
  });
});

describe('education entries', () => {
  it('a 知识竞赛 needs at least one question; the error names the quiz field', () => {
    const result = schema.safeParse({ ...base, kind: '知识竞赛', stages: ['初中'] });
    expect(messages(result)).toEqual(['quiz: 知识竞赛至少要有一道题 quiz']);
  });

  it('a 知识竞赛 with a bad answer is refused at the question', () => {
    const result = schema.safeParse({
      ...base,
      kind: '知识竞赛',
      stages: ['初中'],
      quiz: [
        { q: '一？', options: ['甲', '乙'], answer: '甲' },
        { q: '二？', options: ['甲', '乙'], answer: '丙' },
      ],
    });
    expect(messages(result)).toEqual(['quiz.1.answer: 答案「丙」不在选项 options 里，答案必须和某个选项一字不差']);
  });

  it('a 教育基地 needs its address and opening hours', () => {
    const result = schema.safeParse({ ...base, kind: '教育基地', stages: ['全民'] });
    expect(messages(result)).toEqual(['address: 教育基地必须写地址 address', 'openHours: 教育基地必须写开放时间 openHours']);
  });

  it('学段 and kinds come from the fixed lists; at least one 学段', () => {
    expect(schema.safeParse({ ...base, kind: '课程', stages: ['中学'] }).success).toBe(false);
    expect(schema.safeParse({ ...base, kind: '课程', stages: [] }).success).toBe(false);
    expect(schema.safeParse({ ...base, kind: '讲座', stages: ['初中'] }).success).toBe(false);
    expect(schema.safeParse({ ...base, kind: '课程', stages: ['初中'] }).success).toBe(true);
  });

  it('the content check reports a bad answer with the file, the field and a line number', () => {
    const input: CheckInput = readContent(resolve(repoRoot, 'tests/fixtures/education/content'), repoRoot);
    expect(checkContent(input)).toEqual([]);
    const quiz = input.files.find((file) => file.id === 'ceshi-jingsai')!;
    must((quiz.data as { quiz: { answer: unknown }[] }).quiz[0]).answer = '9月1日';
    const [finding, ...rest] = checkContent(input);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      file: 'tests/fixtures/education/content/education/ceshi-jingsai.mdx',
      field: 'quiz[0].answer',
      severity: 'error',
    });
    expect(finding?.message).toContain('答案「9月1日」不在选项');
    expect(finding?.line).toBeGreaterThan(1);
  });
});

describe('demo content (content/education) covers what the issue asks for', () => {
  const input = readContent(resolve(repoRoot, 'content'), repoRoot);
  const entries = input.files
    .filter((file) => file.collection === 'education')
    .map((file) => ({ id: file.id, data: schema.parse(file.data) }))
    .filter((entry) => !entry.data.draft);
  const policyIds = new Set(input.files.filter((file) => file.collection === 'policies').map((file) => file.id));

  it('passes the content check', () => {
    expect(checkContent(input).filter((finding) => finding.file.includes('/education/'))).toEqual([]);
  });

  it.each(['小学', '初中', '高中'] as const)(
    'has at least two 课程 for %s, each with duration, objectives, materials and cited laws',
    (stage) => {
      const lessons = entries.filter((entry) => entry.data.kind === '课程' && entry.data.stages.includes(stage));
      expect(lessons.length).toBeGreaterThanOrEqual(2);
      for (const lesson of lessons) {
        expect(lesson.data.duration, lesson.id).toBeTruthy();
        expect(lesson.data.objectives.length, lesson.id).toBeGreaterThan(0);
        expect(lesson.data.materials.length, lesson.id).toBeGreaterThan(0);
        expect(lesson.data.related.length, lesson.id).toBeGreaterThan(0);
        for (const id of lesson.data.related) expect(policyIds.has(id), `${lesson.id} → ${id}`).toBe(true);
      }
    },
  );

  it('has two 知识竞赛 with 10+ questions each, single and multiple choice, every question explained', () => {
    const quizzes = entries.filter((entry) => entry.data.kind === '知识竞赛');
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
    for (const quiz of quizzes) {
      expect(quiz.data.quiz.length, quiz.id).toBeGreaterThanOrEqual(10);
      const kinds = new Set(quiz.data.quiz.map(questionKind));
      expect(kinds, quiz.id).toEqual(new Set(['single', 'multiple']));
      for (const question of quiz.data.quiz) {
        expect(question.explain, question.q).toBeTruthy();
        expect(correctIndexes(question).length, question.q).toBe(Array.isArray(question.answer) ? question.answer.length : 1);
      }
    }
    const text = quizzes.flatMap((quiz) => quiz.data.quiz.map((question) => `${question.q} ${question.explain}`)).join('\n');
    for (const topic of ['国防法', '兵役法', '国防教育法', '双拥']) expect(text, topic).toContain(topic);
  });

  it('has two 教育基地 with address, opening hours and what a class can do there', () => {
    const bases = entries.filter((entry) => entry.data.kind === '教育基地');
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const baseEntry of bases) {
      expect(baseEntry.data.address).toBeTruthy();
      expect(baseEntry.data.openHours).toBeTruthy();
      expect(baseEntry.data.activities.length).toBeGreaterThan(0);
    }
  });
});
