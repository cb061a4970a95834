/** The inspection-driven checks inside the content check, over the real demo content (read, then changed in memory). */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent, type CheckInput } from '../../src/lib/content-check.ts';
import { policyLinkNotes, reviewProblems, wordingProblems } from '../../src/lib/publish-checks.ts';
import { inspectContent } from '../../src/lib/site-inspection.ts';
import { readContent } from '../../src/content-layer/read-content.ts';
import { repoRoot } from '../helpers/paths.ts';

const demo = (): CheckInput => readContent(resolve(repoRoot, 'content'), repoRoot);
const REPORT = 'content/reports/2026-11-20-dongji-yongjun-weiwen.mdx';
const ORIGINAL = 'content/policies/xian-youfu-dongji-weiwen-banfa/index.mdx';
const INTERPRETATION = 'content/policies/xian-youfu-dongji-weiwen-jiedu.mdx';

function change(input: CheckInput, file: string, edit: (data: Record<string, unknown>) => void, text?: (t: string) => string): CheckInput {
  return {
    ...input,
    files: input.files.map((f) => {
      if (f.file !== file) return f;
      const data = structuredClone(f.data) as Record<string, unknown>;
      edit(data);
      return { ...f, data, text: text ? text(f.text) : f.text };
    }),
  };
}
const withSite = (input: CheckInput, edit: (site: Record<string, unknown>) => void): CheckInput => {
  const data = structuredClone(input.site.data) as Record<string, unknown>;
  edit(data);
  return { ...input, site: { ...input.site, data } };
};

describe('the demo content', () => {
  it('passes the content check with its 三审, 涉军 confirmation, policy pair and attachments', () => {
    expect(checkContent(demo())).toEqual([]);
  });
});

describe('三审', () => {
  it('requireReview: true without a start day fails every existing published entry at once', () => {
    const input = withSite(demo(), (site) => {
      site.requireReview = true;
      delete site.review;
    });
    const findings = checkContent(input).filter((f) => f.rule === 'review');
    const publishedEntries = input.files.filter((f) => (f.data as { draft?: boolean }).draft !== true);
    expect(publishedEntries.length).toBeGreaterThanOrEqual(50);
    expect(findings).toHaveLength(publishedEntries.length);
  });

  it('review.from limits review to entries dated on or after it', () => {
    const input = withSite(demo(), (site) => {
      site.requireReview = true;
    });
    const files = checkContent(input)
      .filter((f) => f.rule === 'review')
      .map((f) => f.file);
    expect(new Set(files)).toEqual(new Set([REPORT, ORIGINAL, INTERPRETATION]));
  });

  it('names the missing role, the field, the file and the line', () => {
    const input = change(demo(), REPORT, (data) => {
      delete data.finalReview;
    });
    const [finding, ...rest] = reviewProblems(input);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: REPORT, line: 4, field: 'finalReview', rule: 'review', severity: 'error' });
    expect(finding!.message).toContain('2026-11-01 以后的内容经过初审、复审、终审');
    expect(finding!.fix).toContain('finalReview: 终审人姓名');
    // Entries before the start day are not blocked.
    const older = change(demo(), REPORT, (data) => {
      delete data.finalReview;
      data.date = '2026-10-31';
    });
    expect(reviewProblems(older)).toEqual([]);
  });
});

describe('政策解读 ↔ 政策原文', () => {
  it('fails when the 原文 does not link back', () => {
    const input = change(demo(), ORIGINAL, (data) => {
      delete data.interpretation;
    });
    const findings = checkContent(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: INTERPRETATION, field: 'original', rule: 'policy-link' });
    expect(findings[0]!.message).toContain(
      '链接了政策原文「xian-youfu-dongji-weiwen-banfa」，但「xian-youfu-dongji-weiwen-banfa」没有链接回来',
    );
    expect(findings[0]!.fix).toContain(`${ORIGINAL} 的开头加一行 interpretation: xian-youfu-dongji-weiwen-jiedu`);
  });

  it('fails when the 解读 does not link back, or points at something that is not a 原文', () => {
    const oneWay = checkContent(
      change(demo(), INTERPRETATION, (data) => {
        delete data.original;
      }),
    );
    expect(oneWay.map((f) => [f.file, f.field])).toEqual([[ORIGINAL, 'interpretation']]);
    const wrongType = checkContent(
      change(demo(), INTERPRETATION, (data) => {
        data.original = 'junren-jiaotong-youdai';
      }),
    );
    expect(wrongType.map((f) => f.message).join('\n')).toContain('「junren-jiaotong-youdai」不是政策原文');
    const missing = checkContent(
      change(demo(), INTERPRETATION, (data) => {
        data.original = 'bu-cunzai';
      }),
    );
    expect(missing.map((f) => f.message).join('\n')).toContain('字段 original 写的政策「bu-cunzai」不存在');
  });

  it('notes every 解读 without a 原文 for the inspection, and not the linked one', () => {
    const notes = policyLinkNotes(demo()).map((f) => f.file);
    expect(notes).toContain('content/policies/junren-jiaotong-youdai.mdx');
    expect(notes).not.toContain(INTERPRETATION);
    expect(notes).not.toContain(ORIGINAL);
  });
});

describe('attachments', () => {
  it('a listed attachment that is not in the folder stops the check', () => {
    const input = change(demo(), ORIGINAL, (data) => {
      (data.attachments as { file: string }[])[1]!.file = './shenqing.docx';
    });
    const [finding] = checkContent(input);
    expect(finding).toMatchObject({ file: ORIGINAL, field: 'attachments[1].file', rule: 'attachment-missing' });
    expect(finding!.message).toBe('附件「./shenqing.docx」找不到。');
  });

  it('only PDF, DOCX and XLSX are accepted', () => {
    const [finding] = checkContent(
      change(demo(), ORIGINAL, (data) => {
        (data.attachments as { file: string }[])[0]!.file = './banfa.exe';
      }),
    );
    expect(finding).toMatchObject({ field: 'attachments[0].file', rule: 'schema' });
    expect(finding!.message).toContain('附件文件');
    expect(finding!.fix).toContain('.pdf、.docx 或 .xlsx');
  });
});

describe('用词 in the content check', () => {
  it('reports a dictionary hit in an entry with file and line', () => {
    const input = change(
      demo(),
      REPORT,
      () => {},
      (text) => text.replace('送去棉被、防寒服、暖手宝', '为优扶对象送去棉被、防寒服、暖手宝'),
    );
    const [finding, ...rest] = checkContent(input);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: REPORT, line: 17, rule: 'wording' });
    expect(finding!.message).toBe('第 17 行有错别字：「优扶」。');
  });

  it('the 涉军 reminder in the demo report is confirmed by its reviewer and listed by the inspection', () => {
    expect(wordingProblems(demo()).confirmed).toEqual([{ file: REPORT, reviewer: '陈志远', count: 1 }]);
    const unconfirmed = checkContent(
      change(demo(), REPORT, (data) => {
        delete data.secrecyReviewer;
      }),
    );
    expect(unconfirmed.map((f) => [f.file, f.line, f.rule])).toEqual([[REPORT, 21, 'military-secrecy']]);
  });

  it('content/wording.yaml is checked against its schema, in Chinese with the line', () => {
    const input = demo();
    const text = input
      .wording!.text.replace('kind: 错别字', 'kind: 别字')
      .replace('    kind: 表述\n    note: 本县机构全称', '    kind: 写错了\n    note: 本县机构全称');
    const bad = { ...input, wording: { ...input.wording!, text, data: { rules: [{ wrong: '甲', right: '乙', kind: '写错了' }] } } };
    const [finding] = checkContent(bad);
    expect(finding).toMatchObject({ file: 'content/wording.yaml', field: 'rules[0].kind' });
    expect(finding!.message).toContain('「写错了」不在可选范围内');
    expect(finding!.fix).toBe('只能写以下之一：表述、错别字。');
    expect(finding!.line).toBeGreaterThan(1);
  });

  it('a county rule from content/wording.yaml is applied', () => {
    const input = change(
      demo(),
      REPORT,
      () => {},
      (text) => text.replace('县双拥办负责同志', '示例县双拥领导小组负责同志'),
    );
    const [finding] = checkContent(input);
    expect(finding!.message).toContain('「示例县双拥领导小组」（领导小组全称）');
  });
});

describe('inspectContent over the demo', () => {
  it('passes on the demo day and fails once SITE_TODAY moves past two weeks without a report', () => {
    expect(inspectContent(demo(), '2026-11-23').passed).toBe(true);
    const later = inspectContent(demo(), '2026-12-10');
    expect(later.passed).toBe(false);
    expect(later.columns.find((c) => c.path === '/reports/')).toMatchObject({ latest: '2026-11-20', daysLeft: -6, state: 'stale' });
  });
});
