import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { reportSchema } from '../../src/model/index.ts';
import { lintContentText } from '../../src/lib/content-lint.ts';
import { findActivityDate, guessReportType, importReport } from '../../src/lib/report-import.ts';
import { frontmatterData as parseFrontmatter } from '../../src/content-layer/source.ts';

const TEXT = [
  '示例县开展清明祭扫活动',
  '4月3日，县双拥办组织机关干部和中小学生在县烈士陵园开展祭扫活动，缅怀革命先烈。',
  '一、敬献花篮',
  '全体人员向革命烈士纪念碑敬献花篮，默哀致敬。',
].join('\n');

describe('importReport', () => {
  const report = importReport(TEXT, {
    date: '2026-04-10',
    unit: 'xian-shuangyongban',
    source: '报道.txt',
    photos: [{ line: 9, file: 'photo-01.jpg' }],
  });
  const data = parseFrontmatter(report.mdx);
  it('takes the title, guesses date, type and location and marks each 待确认', () => {
    expect(report.title).toBe('示例县开展清明祭扫活动');
    expect(data).toMatchObject({
      title: '示例县开展清明祭扫活动',
      date: '2026-04-03',
      type: '清明祭扫',
      location: '县烈士陵园',
      units: ['xian-shuangyongban'],
    });
    expect(report.slug).toMatch(/^2026-04-03-/);
    const unconfirmed = lintContentText(report.mdx, 'reports/x/index.mdx')
      .filter((finding) => finding.rule === 'unconfirmed')
      .map((finding) => finding.field);
    expect(unconfirmed).toEqual(expect.arrayContaining(['summary', 'date', 'type', 'location']));
  });
  it('puts photos in the gallery with an alt text the check refuses until filled', () => {
    expect(data.gallery).toEqual([{ src: './photo-01.jpg', alt: '【请填写：照片说明】' }]);
    const findings = lintContentText(report.mdx, 'reports/x/index.mdx').filter((finding) => finding.rule === 'placeholder');
    expect(findings.some((finding) => finding.field === 'gallery')).toBe(true);
  });
  it('is a valid report once the placeholders are filled', () => {
    const filled = report.mdx.replace(/【请填写：照片说明】/g, '学生向纪念碑献花').replace(/ {2}# 待确认：.*$/gm, '');
    const parsed = reportSchema(() => z.string()).safeParse(parseFrontmatter(filled));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(lintContentText(filled, 'reports/x/index.mdx').filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(filled).toMatch(/^## 一、敬献花篮$/m);
  });
  it('leaves the location to fill in when the text does not say it, and uses today (待确认) without a date', () => {
    const bare = parseFrontmatter(importReport('座谈会\n县领导与官兵座谈交流。', { date: '2026-05-06', unit: 'u' }).mdx);
    expect(bare).toMatchObject({ date: '2026-05-06', location: '【请填写：活动地点】', type: '座谈会' });
  });
});

describe('guesses', () => {
  it('finds the activity date', () => {
    expect(findActivityDate('2025年12月13日上午', '2026-01-01')).toEqual({ date: '2025-12-13', stated: 'full' });
    expect(findActivityDate('8月1日，县里', '2026-09-01')).toEqual({ date: '2026-08-01', stated: 'day' });
    expect(findActivityDate('近日', '2026-09-01')).toEqual({ date: '2026-09-01', stated: 'none' });
  });
  it('guesses the type from its words', () => {
    expect(guessReportType('为在乡老复员军人免费体检、义诊')).toBe('义诊服务');
    expect(guessReportType('欢送新兵入伍，征兵工作')).toBe('征兵宣传');
    expect(guessReportType('召开会议')).toBe('其他');
  });
});
