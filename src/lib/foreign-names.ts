/**
 * Names in an imported plan that do not belong to this site: places other than the site's own
 * region and units (高唐县, 东营市, 太平门社区 — the marks of a plan copied from somewhere else)
 * and named people (黄国燕同志, 老红军覃警明). Found so the importer can ask staff to check them;
 * the text is kept as it is.
 *
 * Pure and heuristic: Chinese has no word boundaries, so a place name is the two or three Han
 * characters before 省/市/县/区/镇/乡/街道/社区/村, with function words in front trimmed and generic
 * words (全县, 我市, 辖区, 模范县, 文明社区 …) left out.
 */

export interface ForeignName {
  kind: 'place' | 'person';
  name: string;
  index: number;
}

const SUFFIX = /(?:省|市|县|区|镇|乡|街道|社区|村)(?![委府长级直属内外域村两各]|、[省市县区镇乡村街社])/gu;
/** What may stand right before a name: the start, punctuation, a preposition or particle. */
const BOUNDARY = /[\s\p{P}据照如像在对与和及为从向于到将把由是的了等赴至来去往同跟]/u;
/** Stems that are not names: generic words, verbs, pronouns. */
const GENERIC_STEM = new RegExp(
  '^(?:' +
    [
      '全',
      '我',
      '本',
      '该',
      '各',
      '此',
      '每',
      '其',
      '他',
      '外',
      '老',
      '新',
      '原',
      '城',
      '辖',
      '市',
      '县',
      '乡',
      '镇',
      '省',
      '军分',
      '驻地',
      '所在',
      '当地',
      '地方',
      '基层',
      '农村',
      '城市',
      '城镇',
      '乡镇',
      '县城',
      '市区',
      '城区',
      '郊',
      '山',
      '景',
      '园',
      '片',
      '小',
      '校',
      '营',
      '军',
      '模范',
      '先进',
      '示范',
      '文明',
      '和谐',
      '拥军',
      '双拥',
      '优抚',
      '平安',
      '美丽',
      '幸福',
      '共建',
      '学习型',
      '服务型',
      '创建',
      '合格',
      '达标',
      '重点',
      '试点',
      '本地',
      '周边',
      '邻近',
      '附近',
      '有关',
      '相关',
      '其他',
      '其它',
      '多个',
      '部分',
      '全国',
      '社会',
      '居民',
      '农民',
      '军人',
      '退役',
      '革命',
      '贫困',
      '边远',
      '偏远',
      '困难',
      '留守',
      '示例',
      '故乡',
      '家乡',
      '第二故乡',
      '结合',
      '做好',
      '探索',
      '促进',
      '提高',
      '参加',
      '完成',
      '组织',
      '巩固',
      '搞好',
      '发挥',
      '引入',
      '丰富',
      '开放',
      '参与',
      '提升',
      '加强',
      '依托',
      '建立',
      '开展',
      '推进',
      '纳入',
      '确保',
      '按照',
      '落实',
      '围绕',
      '服务',
      '深入',
      '走进',
      '进入',
      '覆盖',
      '带领',
      '列入',
      '召开',
      '充分',
      '利用',
      '给',
      '请',
      '使',
      '向',
      '进',
      '入到',
      '随着',
      '带病回',
      '工作向',
      '单位和',
      '单位及',
      '官兵在',
      '官兵与',
      '兵参与',
      '医生为',
      '学生对',
      '配合',
      '协助',
      '联合',
      '会同',
      '协调',
      '报送',
      '上报',
      '邀请',
      '联系',
      '支持',
      '帮助',
      '走访',
      '慰问',
      '看望',
      '陪同',
      '代表',
      '前往',
      '面向',
      '针对',
      '全体',
      '所有',
      '每个',
      '建成',
      '建设',
      '庆祝',
      '报告',
      '通知',
      '部署',
    ].join('|') +
    ')$',
  'u',
);

/** Places and people named in `text` that are not `own` (the site's region, its units' names). */
export function findForeignNames(text: string, own: readonly string[]): ForeignName[] {
  const found: ForeignName[] = [];
  const seen = new Set<string>();
  const isOwn = (name: string) => own.some((mine) => mine && (mine.includes(name) || name.includes(mine)));
  for (const match of text.matchAll(SUFFIX)) {
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    for (const size of [3, 2]) {
      const stem = before.slice(-size);
      if ([...stem].length !== size || !/^\p{Script=Han}+$/u.test(stem)) continue;
      const prior = text[match.index - size - 1];
      if (prior !== undefined && !BOUNDARY.test(prior)) continue;
      if (GENERIC_STEM.test(stem) || (size === 3 && (GENERIC_STEM.test(stem.slice(1)) || GENERIC_STEM.test(stem.slice(0, 2))))) continue;
      if ([...stem].some((char) => BOUNDARY.test(char)) || /[省市县区镇乡村我本该各全辖]/u.test(stem)) continue;
      if (/^[一二三四五六七八九十两几多]/u.test(stem)) continue;
      const name = stem + match[0];
      if (!isOwn(name) && !seen.has(name)) {
        seen.add(name);
        found.push({ kind: 'place', name, index: match.index - size });
      }
      break;
    }
  }
  const PERSON =
    /(?:联系人[:：]\s*|书记|主席|主任|局长|县长|市长|镇长|乡长|组长|部长|校长|政委|司令员?|英雄|老红军|老战士|老党员|烈士|模范)[，、]?(\p{Script=Han}{2,3}?)(?:同志|(?=[对为在向给同和与，、。]))/gu;
  const COMRADE = /(\p{Script=Han}{2,3})同志/gu;
  const NOT_PERSON =
    /^(?:领导|部队|广大|有关|老|各位|全体|青年|女|男|党员|干部|官兵|群众|职工|代表|先进|优秀|基层|机关|其他|这些|该|此|某|一位|两位|几位)/u;
  const SURNAMES =
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

  for (const pattern of [PERSON, COMRADE]) {
    for (const match of text.matchAll(pattern)) {
      let name = match[1]!;
      if ([...name].length === 3 && !SURNAMES.includes(name[0]!)) name = name.slice(1);
      if (NOT_PERSON.test(name) || /[长组员]$/u.test(name) || !SURNAMES.includes(name[0]!) || seen.has(name)) continue;
      seen.add(name);
      found.push({ kind: 'person', name, index: match.index + match[0].indexOf(name) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
