import { describe, expect, it } from 'vitest';
import { DEFAULT_WORDING_RULES, scanWording, secrecyCheck, secrecyReminders, wordingRules } from '../../src/lib/wording.ts';

const mdx = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('scanWording', () => {
  const rules = wordingRules();

  it('reports each default hit with its line, words and suggestion', () => {
    const text = mdx(
      'title: 冬季走访\ndate: 2026-11-20',
      '县退伍军人事务局走访了优扶对象。\n\n第二段没有问题。\n\n按照《军人优抚条例》发放。',
    );
    const findings = scanWording(text, 'content/reports/a.mdx', rules);
    expect(findings.map((f) => [f.line, f.severity, f.rule])).toEqual([
      [6, 'error', 'wording'],
      [6, 'error', 'wording'],
      [10, 'error', 'wording'],
    ]);
    expect(findings[0]!.message).toBe('第 6 行有严重表述错误：「退伍军人事务局」（机构名称是“退役军人事务局”）。');
    expect(findings[0]!.fix).toContain('改成「退役军人事务局」');
    expect(findings[1]!.message).toBe('第 6 行有错别字：「优扶」。');
    expect(findings[1]!.column).toBe(12);
    expect(findings[2]!.fix).toContain('《军人抚恤优待条例》');
  });

  it('reports a longer wrong text once, not also the shorter one inside it', () => {
    const findings = scanWording('中国人民解放军武装警察部队官兵', 'a.mdx', rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('中国人民解放军武装警察部队');
  });

  it('leaves correct official wording, comments and URLs alone', () => {
    const text = mdx(
      'title: 标题\n# 优扶 是模板里的注释\ncover: ./youfu.jpg',
      '带病回乡退伍军人、在乡老复员军人和《军人抚恤优待条例》。见 https://example.gov.cn/部暑/ 。',
    );
    expect(scanWording(text, 'a.mdx', rules)).toEqual([]);
  });

  it('adds the county’s own rules and drops defaults it allows', () => {
    const own = wordingRules({
      rules: [{ wrong: '示例县退役军人局', right: '示例县退役军人事务局', kind: '表述', note: '本县机构全称' }],
      allow: ['七大军区'],
    });
    expect(own).toHaveLength(DEFAULT_WORDING_RULES.length);
    const findings = scanWording('示例县退役军人局回顾了七大军区时期的历史。', 'a.mdx', own);
    expect(findings.map((f) => f.message)).toEqual(['第 1 行有严重表述错误：「示例县退役军人局」（本县机构全称）。']);
  });

  it('every default is wrong and its suggestion is not flagged itself', () => {
    for (const rule of DEFAULT_WORDING_RULES) {
      expect(scanWording(rule.right, 'a.mdx', DEFAULT_WORDING_RULES), rule.right).toEqual([]);
      expect(scanWording(rule.wrong, 'a.mdx', DEFAULT_WORDING_RULES), rule.wrong).toHaveLength(1);
    }
  });
});

describe('涉军保密 reminders', () => {
  it('finds a designation next to location, equipment or strength, on the same line only', () => {
    const text = '73026部队驻地在城东。\n73026部队官兵参加植树。\n番号和装备不能一起写。\n城东营区。';
    expect(secrecyReminders(text)).toEqual([
      { line: 1, designations: ['73026部队'], details: ['驻地'] },
      { line: 3, designations: ['番号'], details: ['装备'] },
    ]);
    expect(secrecyReminders('该部120名官兵和73026部队联欢')[0]!.details).toEqual(['120名官兵']);
    // A longer digit run (an order number) is not a designation.
    expect(secrecyReminders('订单1230265部队驻地')).toEqual([]);
  });

  it('is an error until a named reviewer confirms the entry, and then is listed, not silent', () => {
    const text = mdx('title: 慰问', '为73026部队驻地官兵送去物资。');
    const open = secrecyCheck(text, 'content/reports/b.mdx', undefined);
    expect(open.findings).toHaveLength(1);
    expect(open.findings[0]).toMatchObject({
      file: 'content/reports/b.mdx',
      line: 5,
      rule: 'military-secrecy',
      severity: 'error',
      field: 'secrecyReviewer',
    });
    expect(open.findings[0]!.message).toContain('「73026部队」与「驻地」写在同一段');
    expect(open.findings[0]!.fix).toContain('secrecyReviewer: 审核人姓名');
    expect(secrecyCheck(text, 'b.mdx', '  ').findings).toHaveLength(1);
    expect(secrecyCheck(text, 'b.mdx', '陈志远')).toEqual({ findings: [], confirmed: { file: 'b.mdx', reviewer: '陈志远', count: 1 } });
    expect(secrecyCheck('没有涉军内容', 'c.mdx', undefined)).toEqual({ findings: [] });
  });
});
