import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYMS, readSynonyms } from '../../src/search/synonyms.ts';

describe('synonym table', () => {
  it('has defaults for residents’ words (退伍 → 退役, 看病 → 就医, 孩子 → 子女, 加分 → 降分)', () => {
    expect(DEFAULT_SYNONYMS['退伍']).toContain('退役');
    expect(DEFAULT_SYNONYMS['看病']).toContain('就医');
    expect(DEFAULT_SYNONYMS['孩子']).toContain('子女');
    expect(DEFAULT_SYNONYMS['加分']).toContain('降分');
    for (const [word, list] of Object.entries(DEFAULT_SYNONYMS)) expect(list, word).not.toContain(word);
  });

  it('merges the staff file over the defaults (one word or a list)', () => {
    const { synonyms, findings } = readSynonyms('县医院: [县人民医院]\n退伍: 退役军人\n');
    expect(findings).toEqual([]);
    expect(synonyms['县医院']).toEqual(['县人民医院']);
    expect(synonyms['退伍']).toEqual(['退役军人']);
    expect(synonyms['看病']).toEqual(DEFAULT_SYNONYMS['看病']);
  });

  it('explains mistakes in Chinese with the file, the line, the word and the fix', () => {
    const { findings } = readSynonyms('县医院: [县人民医院]\n县医院: [医院]\n烈士墓:\n陵园: [陵园]\n', 'content/search-synonyms.yaml');
    expect(findings.map((f) => [f.line, f.field])).toEqual([
      [2, '县医院'],
      [3, '烈士墓'],
      [4, '陵园'],
    ]);
    expect(findings[0]?.message).toContain('写了两次');
    expect(findings[1]?.message).toContain('没有写同义词');
    expect(findings[2]?.message).toContain('只有它自己');
    for (const finding of findings) {
      expect(finding.file).toBe('content/search-synonyms.yaml');
      expect(finding.severity).toBe('error');
      expect(finding.fix.length).toBeGreaterThan(4);
    }
  });

  it('reports broken YAML and a file that is not a table', () => {
    expect(readSynonyms('县医院: [县人民医院\n').findings[0]?.message).toContain('格式有误');
    expect(readSynonyms('- 退伍\n- 退役\n').findings[0]?.message).toContain('应该是');
    expect(readSynonyms(undefined).synonyms).toEqual(DEFAULT_SYNONYMS);
  });
});
