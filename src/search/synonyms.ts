/**
 * The synonym table of site search: what residents say → the words the site uses for it. Good
 * defaults for 双拥 vocabulary live here; staff add their own in content/search-synonyms.yaml
 * (a word there replaces the default list for that word). Parsed and checked with Chinese errors
 * naming the file, the line, the word and the fix. Pure: the caller reads the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseYamlSource } from '../content-layer/yaml-source.ts';
import type { Finding } from '../lib/content-lint.ts';

/** A YAML scalar as text: a string or number as written; null (an empty value) as ''. */
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

export const SYNONYMS_FILE = 'search-synonyms.yaml';

/** Defaults: every key is how residents put it, every value how 双拥 documents put it. */
export const DEFAULT_SYNONYMS: Record<string, string[]> = {
  退伍: ['退役'],
  退伍军人: ['退役军人'],
  退伍兵: ['退役士兵', '退役军人'],
  老兵: ['退役军人'],
  复员: ['退役'],
  复原: ['复员', '退役'],
  转业: ['转业干部'],
  当兵: ['入伍', '参军', '义务兵'],
  参军: ['入伍', '征兵'],
  去当兵: ['入伍'],
  兵役登记: ['征兵'],
  大学生当兵: ['大学生入伍', '征兵'],
  补贴: ['补助', '优待金'],
  补助金: ['补助'],
  津贴: ['补助'],
  安家费: ['安置补助'],
  安置费: ['安置补助'],
  一次性补助: ['一次性经济补助'],
  家属补贴: ['优待金'],
  优待费: ['优待金'],
  看病: ['就医', '医疗', '义诊'],
  住院: ['就医', '医疗'],
  医药费: ['医疗'],
  上学: ['入学', '教育优待'],
  读书: ['入学', '教育'],
  转学: ['入学'],
  孩子: ['子女'],
  小孩: ['子女'],
  娃: ['子女'],
  俺娃: ['子女'],
  我娃: ['子女'],
  儿女: ['子女'],
  军属: ['军人家属', '军人家庭'],
  家属: ['军人家属'],
  军嫂: ['好军嫂', '随军家属', '军人家属'],
  烈属: ['烈士遗属'],
  烈士家属: ['烈士遗属'],
  烈士家人: ['烈士遗属'],
  伤残: ['伤残军人'],
  残疾军人: ['伤残军人'],
  随军: ['随军家属'],
  加分: ['降分', '优先录取'],
  中考加分: ['降分', '优先录取'],
  立功: ['立功受奖'],
  二等功: ['立功受奖'],
  一等功: ['立功受奖'],
  喜报: ['立功受奖'],
  找工作: ['就业'],
  学技术: ['技能培训'],
  学手艺: ['技能培训'],
  技术培训: ['技能培训'],
  开店: ['创业'],
  做生意: ['创业'],
  小生意: ['创业', '经营'],
  生意: ['创业', '经营'],
  做买卖: ['创业'],
  办厂: ['创业'],
  开公司: ['创业'],
  工作安排: ['就业', '安置'],
  上班: ['就业', '办公时间'],
  双拥办: ['双拥工作领导小组办公室'],
  发稿: ['发布', '信息报送'],
  稿件: ['报道', '信息报送'],
  稿子: ['报道'],
  // Staff call a year's 总结 what it is for: the report to the county (汇报材料, 年终汇报).
  汇报材料: ['总结'],
  汇报: ['总结'],
  排名: ['统计'],
  排行: ['统计'],
  坐车: ['交通', '乘车'],
  车票: ['购票', '乘车'],
  打折: ['优惠', '减免', '半价'],
  坐公交: ['公交', '乘车'],
  公交车: ['公交'],
  火车: ['乘车', '交通'],
  免费乘车: ['乘车', '交通'],
  门票: ['免费', '开放时间'],
  开门: ['开放时间'],
  几点开门: ['开放时间'],
  营业时间: ['开放时间'],
  陵园: ['烈士陵园'],
  墓地: ['陵园'],
  扫墓: ['祭扫'],
  上坟: ['祭扫'],
  纪念馆: ['教育馆', '陵园'],
  过节慰问: ['走访慰问'],
  送温暖: ['走访慰问'],
  慰问金: ['慰问'],
  当兵的: ['军人', '官兵'],
  兵营: ['军营', '营区'],
  营房: ['营区', '军营'],
  发大水: ['洪水', '抗洪'],
  大水: ['洪水', '抗洪'],
  涨水: ['洪水', '防汛'],
  救人: ['抢险', '救援'],
  事迹: ['典型'],
  先进事迹: ['典型'],
  // Schools as residents name them: 一中 is the site's 第一中学.
  一中: ['第一中学'],
  二中: ['第二中学'],
  三中: ['第三中学'],
  实小: ['实验小学'],
  部队: ['军营', '官兵'],
  兵哥哥: ['官兵'],
  子弟兵: ['官兵'],
  拥军: ['双拥'],
  拥军优属: ['双拥'],
  模范县: ['双拥模范县'],
  双拥模范: ['双拥模范县'],
  电话: ['咨询'],
  办事: ['办理'],
  怎么申请: ['申请', '办理'],
  手续: ['办理', '材料'],
  条件: ['对象'],
  岁数: ['年龄', '周岁'],
  年纪: ['年龄', '周岁'],
  大学毕业: ['高校毕业生', '毕业生'],
  大学毕业生: ['高校毕业生', '毕业生'],
  走不动: ['行动不便'],
  腿脚不好: ['行动不便'],
  卧床: ['行动不便'],
  下载: ['附件'],
  表格: ['申请表', '附件'],
  国防课: ['国防教育'],
  国防教育课: ['国防教育'],
  小学生: ['小学'],
  初中生: ['初中'],
  高中生: ['高中'],
  中学生: ['初中', '高中'],
  // A grade is a school stage: lessons are filed under 小学, 初中 and 高中.
  一二年级: ['低年级', '小学'],
  三四年级: ['中年级', '小学'],
  五六年级: ['高年级', '小学'],
  一年级: ['小学'],
  二年级: ['小学'],
  三年级: ['小学'],
  四年级: ['小学'],
  五年级: ['小学'],
  六年级: ['小学'],
  七年级: ['初中'],
  八年级: ['初中'],
  九年级: ['初中'],
  初一: ['初中'],
  初二: ['初中'],
  初三: ['初中'],
  高一: ['高中'],
  高二: ['高中'],
  高三: ['高中'],
  老师: ['教师'],
  班里: ['班级'],
  带班: ['班级', '团体'],
  班上: ['班级'],
  参观军营: ['营区开放日', '军营'],
  军营: ['营区'],
  答题: ['知识竞赛'],
  竞赛题: ['知识竞赛'],
  问答: ['有奖问答', '知识竞赛'],
  问答题: ['知识竞赛', '有奖问答'],
  考题: ['知识竞赛'],
  试题: ['知识竞赛'],
  报道: ['报到'],
  收麦: ['夏收', '麦收'],
  收麦子: ['夏收', '麦收'],
  割麦: ['夏收', '麦收'],
  抹黑: ['歪曲', '丑化'],
  诋毁: ['歪曲', '丑化'],
  污蔑: ['歪曲', '丑化'],
  知识题: ['知识竞赛'],
  节课: ['课时'],
  兴起: ['由来', '起源'],
  来历: ['由来', '起源'],
  来源: ['由来', '起源'],
  建军节: ['八一建军节', '八一'],
  八一节: ['八一'],
  重阳节: ['重阳'],
  清明节: ['清明'],
  义诊: ['送医送药'],
  体检: ['义诊', '送医送药'],
};

const MAX_WORD = 16;

export interface SynonymResult {
  /** The merged table: defaults, with staff entries replacing or adding words. */
  synonyms: Record<string, string[]>;
  findings: Finding[];
}

/**
 * Parses content/search-synonyms.yaml (a mapping: 居民说的词: [本站用的词, …]) and merges it over
 * the defaults. `text` undefined (no file) gives the defaults alone.
 */
export function readSynonyms(text: string | undefined, file = `content/${SYNONYMS_FILE}`): SynonymResult {
  const synonyms: Record<string, string[]> = structuredClone(DEFAULT_SYNONYMS);
  const findings: Finding[] = [];
  if (text === undefined || !text.trim()) return { synonyms, findings };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const error = (line: number | undefined, field: string | undefined, message: string, fix: string) =>
    findings.push({ file, line, field, rule: 'search-synonyms', severity: 'error', message, fix });
  // Syntax mistakes are explained by the content reader's YAML rules, in Chinese; a repeated word is told below.
  const syntax = parseYamlSource(text).problems.filter((problem) => problem.code !== 'yaml-duplicate-key');
  if (syntax.length || doc.errors.length) {
    for (const problem of syntax) error(problem.line, undefined, `同义词表的格式有误：${problem.message}`, problem.fix);
    if (!syntax.length)
      error(
        doc.errors[0]?.linePos?.[0]?.line,
        undefined,
        '同义词表的格式有误。',
        '每行写成“居民说的词: [本站用的词, 另一个词]”，冒号后面留一个空格。',
      );
    return { synonyms, findings };
  }
  const root = doc.contents;
  if (root === null) return { synonyms, findings };
  if (!isMap(root)) {
    error(lineOf(root), undefined, '同义词表应该是“词: [同义词, …]”的列表，每行一个词。', '例如：退伍: [退役]');
    return { synonyms, findings };
  }
  const seen = new Map<string, number | undefined>();
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const line = lineOf(keyNode);
    const key = isScalar(keyNode) ? scalarText(keyNode.value).trim() : '';
    if (!key) {
      error(line, undefined, '有一行没有写词（冒号前面是空的）。', '在冒号前面写居民常说的词，例如：退伍: [退役]');
      continue;
    }
    if ([...key].length > MAX_WORD) {
      error(line, key, `“${key}”太长了（${[...key].length} 个字），同义词表只收词语，不收句子。`, `改成 ${MAX_WORD} 个字以内的词。`);
      continue;
    }
    if (seen.has(key)) {
      error(line, key, `“${key}”写了两次（第 ${seen.get(key)} 行已经有了）。`, '把两行合并成一行，同义词都写进同一个方括号。');
      continue;
    }
    seen.set(key, line);
    const value = pair.value as Node | null;
    const items = isSeq(value)
      ? value.items.map((item) => (isScalar(item) ? scalarText(item.value).trim() : ''))
      : isScalar(value)
        ? [scalarText(value.value).trim()]
        : [];
    if (items.length === 0 || items.some((item) => !item)) {
      error(
        lineOf(value) ?? line,
        key,
        `“${key}”后面没有写同义词，或者方括号里有空的一项。`,
        `写成：${key}: [本站用的词]，多个词用逗号隔开。`,
      );
      continue;
    }
    const long = items.find((item) => [...item].length > MAX_WORD);
    if (long) {
      error(lineOf(value) ?? line, key, `“${key}”的同义词“${long}”太长了，同义词表只收词语。`, `改成 ${MAX_WORD} 个字以内的词。`);
      continue;
    }
    const same = items.filter((item) => item === key);
    if (same.length === items.length) {
      error(lineOf(value) ?? line, key, `“${key}”的同义词只有它自己，这一行不起作用。`, '写上本站文章里用的另一个说法，或者删掉这一行。');
      continue;
    }
    synonyms[key] = [...new Set(items.filter((item) => item !== key))];
  }
  return { synonyms, findings };
}
