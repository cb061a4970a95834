import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docAt, entrySchema } from '../../src/model/index.ts';
import { seedsDir as sharedSeeds } from '../helpers/paths.ts';
import {
  formatFinding,
  idCheckDigit,
  isValidIdNumber,
  lintContentText,
  lintYamlText,
  luhnValid,
  type Finding,
} from '../../src/lib/content-lint.ts';

const seedsDir = sharedSeeds;
const hasSeeds = existsSync(seedsDir);
if (!hasSeeds) console.warn(`跳过种子文件测试：找不到 ${seedsDir}（../shared/seeds 不在这台机器上）`);

// --- helpers, written independently of the code under test -----------------------------------

/** ISO 7064 MOD 11-2, straight from GB 11643. */
function checkChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
/** A synthetic ID number with a correct check character (not a real person's). */
const makeId = (first17: string) => first17 + checkChar(first17);
/** The same 17 digits with a wrong check character. */
const wrongId = (first17: string) => first17 + (checkChar(first17) === '0' ? '1' : '0');

/** Complete a card number with its Luhn check digit. */
function withLuhn(partial: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = partial + d;
    let sum = 0;
    [...candidate].reverse().forEach((char, i) => {
      let n = Number(char);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    });
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}
const breakLuhn = (card: string) => card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10);

const mdx = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;
const FM = 'title: 测试\nsummary: 一句话\ndate: 2026-08-01\nunit: xian-shuangyongban';
const body = (text: string) => lintContentText(mdx(FM, text), 'content/reports/x/index.mdx');
const rules = (findings: Finding[]) => findings.map((finding) => finding.rule);

const ID_A = makeId('11010519491231002'); // Beijing, 1949-12-31
const ID_B = makeId('44030420000229123'); // Shenzhen, leap day 2000-02-29
const CARD_16 = withLuhn('622202020011223'); // 16 digits
const CARD_19 = withLuhn('621700123456789012'); // 19 digits

describe('number checks', () => {
  it('computes the ID check character like GB 11643', () => {
    expect(idCheckDigit('11010519491231002')).toBe(checkChar('11010519491231002'));
    expect(isValidIdNumber(ID_A)).toBe(true);
    expect(isValidIdNumber(ID_B)).toBe(true);
    expect(isValidIdNumber(wrongId('11010519491231002'))).toBe(false);
    expect(isValidIdNumber(makeId('11010519491331002'))).toBe(false); // month 13
    expect(isValidIdNumber(makeId('44030420010229123'))).toBe(false); // 2001-02-29
    expect(isValidIdNumber(makeId('99010519491231002'))).toBe(false); // no province 99
  });
  it('checks Luhn', () => {
    expect(CARD_16).toHaveLength(16);
    expect(CARD_19).toHaveLength(19);
    expect(luhnValid(CARD_16)).toBe(true);
    expect(luhnValid(CARD_19)).toBe(true);
    expect(luhnValid(breakLuhn(CARD_16))).toBe(false);
  });
});

describe('身份证号', () => {
  it('flags a valid 18-digit ID with line, column and a masked number', () => {
    const findings = body(`第一段。\n老兵张三，身份证号 ${ID_A}，家住县城。`);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.rule).toBe('id-card');
    expect(finding!.severity).toBe('error');
    expect(finding!.file).toBe('content/reports/x/index.mdx');
    expect(finding!.line).toBe(9);
    expect(finding!.column).toBe(11);
    expect(finding!.message).toContain('第9行有一个身份证号码（110105…');
    expect(finding!.message).toContain(ID_A.slice(-4));
    expect(finding!.message).not.toContain(ID_A);
    expect(finding!.fix).toContain('请删除这个号码');
  });
  it('flags an ID ending in x/X and one written in groups', () => {
    const withX = makeId('11010519800101007');
    const sequences = Array.from({ length: 1000 }, (_, n) => `11010519800101${String(n).padStart(3, '0')}`);
    const idX = makeId(sequences.find((digits) => checkChar(digits) === 'X')!);
    expect(idX.endsWith('X')).toBe(true);
    expect(rules(body(`号码 ${idX} 。`))).toEqual(['id-card']);
    expect(rules(body(`号码 ${idX.toLowerCase()} 。`))).toEqual(['id-card']);
    expect(rules(body(`号码 ${withX.slice(0, 6)} ${withX.slice(6, 14)} ${withX.slice(14)} 。`))).toEqual(['id-card']);
  });
  it('does not flag 17 digits with a wrong check digit (an order number)', () => {
    expect(body(`订单号 ${wrongId('11010519491231002')}，已付款。`)).toEqual([]);
    expect(body(`编号${wrongId('44030420000229123')}`)).toEqual([]);
  });
  it('does not flag an ID-shaped number with an impossible birth date', () => {
    expect(body(`编号 ${makeId('11010519491332002')}`)).toEqual([]);
  });
  it('does not flag an ID inside a longer run of digits', () => {
    expect(body(`流水号 9${ID_A}9`)).toEqual([]);
  });
  it('flags an old 15-digit ID only when its birth date is real', () => {
    expect(rules(body('旧身份证 110105491231002'))).toEqual(['id-card']);
    expect(body('编号 110105491331002')).toEqual([]);
    expect(body('编号 990105491231002')).toEqual([]);
  });
  it('flags an ID even in the contact field', () => {
    const text = mdx(`${FM}\ncontact: 联系人身份证 ${ID_B}`, '正文');
    expect(rules(lintContentText(text, 'content/policies/p.mdx'))).toEqual(['id-card']);
  });
});

describe('手机号', () => {
  it('flags mobile numbers, also with spaces or hyphens, and masks them', () => {
    for (const phone of ['13800138000', '138 0013 8000', '138-0013-8000', '19912345678']) {
      const findings = body(`联系电话：${phone}。`);
      expect(rules(findings), phone).toEqual(['mobile-phone']);
      expect(findings[0]!.message).toMatch(/1\d\d\*{4}\d{4}/);
    }
  });
  it('does not flag 11 digits inside a longer run or numbers that are not mobiles', () => {
    expect(body('流水号 2138001380001')).toEqual([]);
    expect(body('12345678901')).toEqual([]); // 12x is not a mobile prefix
    expect(body('编号 1380013800')).toEqual([]); // 10 digits
  });
  it("flags a mobile in a policy's contact and in site.yaml's phone: a mobile is a person's", () => {
    const text = mdx(`${FM}\ncontact: 县退役军人事务局 值班手机 13800138000`, '正文');
    const [finding] = lintContentText(text, 'content/policies/p.mdx');
    expect(finding!.rule).toBe('mobile-phone');
    expect(finding!.field).toBe('contact');
    expect(finding!.message).toContain('138****8000');
    const site = 'name: 站\ncontact:\n  address: 县人民路1号\n  phone: 139-0099-8877\n';
    expect(rules(lintYamlText(site, 'content/site.yaml'))).toEqual(['mobile-phone']);
  });
});

describe('normalised before matching', () => {
  const fullWidth = (digits: string) => digits.replace(/[0-9X]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it('finds an ID in full-width digits, split by hyphens, spaces, dots or invisible characters', () => {
    const variants = [
      fullWidth(ID_A),
      ID_A.replace(/(\d{4})(?=\d)/g, '$1-'),
      ID_A.replace(/(\d{3})(?=\d)/g, '$1 '),
      ID_A.replace(/(\d{6})(\d{8})/, '$1.$2.'),
      [...ID_A].join('\u200b'),
      ID_A.slice(0, 9) + '\u2060' + ID_A.slice(9),
      ID_A.slice(0, 6) + '\u00a0' + ID_A.slice(6),
      fullWidth(ID_A.slice(0, 10)) + '－' + ID_A.slice(10),
    ];
    for (const id of variants) {
      const findings = body(`老兵身份证 ${id} 。`);
      expect(rules(findings), JSON.stringify(id)).toEqual(['id-card']);
      expect(findings[0]!.line, JSON.stringify(id)).toBe(8);
    }
  });
  it('finds an ID inside a link target, a file name and alt text', () => {
    expect(rules(body(`[名单](https://example.gov.cn/list?id=${ID_A})`))).toEqual(['id-card']);
    expect(rules(body(`![老兵 ${ID_B}](./photo.jpg)`))).toEqual(['id-card']);
    expect(rules(body(`![老兵](./${ID_B}.jpg)`))).toEqual(['id-card']);
    const alt = mdx(`${FM}\ngallery:\n  - { src: ./a.jpg, alt: "老兵${fullWidth(ID_A)}" }`, '正文');
    expect(lintContentText(alt, 'content/reports/x/index.mdx').map((f) => [f.rule, f.field])).toEqual([['id-card', 'gallery']]);
  });
  it('finds a full-width or split mobile', () => {
    for (const phone of [fullWidth('13800138000'), '1380-013-8000', '13800\u200b138000', '138.0013.8000', '１３８ ００１３ ８０００']) {
      expect(rules(body(`电话：${phone}。`)), JSON.stringify(phone)).toEqual(['mobile-phone']);
    }
  });
  it('leaves dates, amounts and ordinary number lists alone', () => {
    for (const text of ['2026-08-01至2026-09-01', '2025.12.31', '１０００元', '第 1 2 3 4 5 6 7 8 9 10 11 名', '20260801-20260901-01']) {
      expect(body(text), text).toEqual([]);
    }
  });
});

describe('银行卡号', () => {
  it('flags Luhn-valid 16- and 19-digit card numbers, plain or grouped', () => {
    expect(rules(body(`卡号 ${CARD_16}`))).toEqual(['bank-card']);
    expect(rules(body(`卡号 ${CARD_19}`))).toEqual(['bank-card']);
    const grouped = CARD_19.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(rules(body(`卡号 ${grouped}`))).toEqual(['bank-card']);
    const finding = body(`卡号 ${CARD_16}`)[0]!;
    expect(finding.message).toContain(`${CARD_16.slice(0, 4)}…${CARD_16.slice(-4)}`);
    expect(finding.message).not.toContain(CARD_16);
  });
  it('does not flag a Luhn-invalid number or a longer run', () => {
    expect(body(`卡号 ${breakLuhn(CARD_16)}`)).toEqual([]);
    expect(body(`编号 ${CARD_16}0000`)).toEqual([]);
  });
  it('reports a valid ID as an ID, not as a card', () => {
    const luhnId = Array.from({ length: 1000 }, (_, n) => makeId(`32010219800101${String(n).padStart(3, '0')}`)).find(
      (id) => /^\d+$/.test(id) && luhnValid(id),
    );
    expect(luhnId).toBeDefined();
    expect(rules(body(`号码 ${luhnId}`))).toEqual(['id-card']);
  });
});

/** Field labels as the content check passes them: from the report schema. */
const reportLabels = (key: string) => docAt(entrySchema('reports'), [key])?.label;

describe('座机电话', () => {
  it('flags a landline in the body and elsewhere in frontmatter', () => {
    expect(rules(body('咨询电话 0999-1234567。'))).toEqual(['landline']);
    expect(rules(body('电话（0999）7654321'))).toEqual(['landline']);
    expect(rules(body('电话 010-12345678 转 8001'))).toEqual(['landline']);
    const text = mdx(`${FM}\nlocation: 县人武部 0999-1234567`, '正文');
    const [finding] = lintContentText(text, 'content/reports/x/index.mdx', reportLabels);
    expect(finding!.rule).toBe('landline');
    expect(finding!.field).toBe('location');
    expect(finding!.message).toContain('活动地点 location');
    expect(finding!.fix).toContain('contact');
  });
  it('allows an office landline labelled as one in a report body', () => {
    expect(body('咨询电话：0571-88886666（县退役军人事务局，工作日）')).toEqual([]);
    expect(body('县双拥办值班电话 0999-1234567，欢迎来电。')).toEqual([]);
    expect(body('如有疑问，请拨打县退役军人服务中心热线：（0999）6212345。')).toEqual([]);
  });
  it('still flags a landline that is not labelled as an office number', () => {
    expect(rules(body('老兵家中电话：0999-1234567（县城）'))).toEqual(['landline']);
    expect(rules(body('王大爷 0999-1234567 县退役军人事务局'))).toEqual(['landline']);
    expect(rules(body('电话：0999-1234567'))).toEqual(['landline']);
  });
  it('allows landlines in a policy contact, plain or as a block', () => {
    const plain = mdx(`${FM}\ncontact: 县退役军人事务局优抚股，电话 0999-1234567`, '正文');
    expect(lintContentText(plain, 'content/policies/p.mdx')).toEqual([]);
    const block = mdx(`${FM}\ncontact: |\n  县退役军人事务局优抚股\n  电话 0999-1234567、0999-7654321\nfaq: []`, '正文');
    expect(lintContentText(block, 'content/policies/p.mdx')).toEqual([]);
    // …but not in the field after it
    const after = mdx(`${FM}\ncontact: 电话 0999-1234567\nlocation: 电话 0999-7654321`, '正文');
    expect(lintContentText(after, 'content/policies/p.mdx').map((finding) => finding.field)).toEqual(['location']);
  });
  it("allows site.yaml's contact block and its registration numbers", () => {
    const site = [
      'name: 某县双拥宣传站',
      'contact:',
      '  address: 县人民路1号',
      '  phone: 0999-1234567',
      '  hours: 工作日 9:00—17:00',
      'siteCode: "6501000001"',
      'icp: 新ICP备2026000001号-1',
      'psb: 新公网安备65010202000123号',
      'baseUrl: https://sy.example.gov.cn/',
    ].join('\n');
    expect(lintYamlText(site, 'site.yaml')).toEqual([]);
    expect(lintContentText(site, 'content/site.yaml')).toEqual([]);
    const wrong = `${site}\ndescription: 热线 0999-7654321`;
    expect(rules(lintYamlText(wrong, 'content/site.yaml'))).toEqual(['landline']);
  });
});

describe('模板文字', () => {
  const cases: [string, string][] = [
    ['为搞好20xx年双拥工作', '20xx'],
    ['19XX年入伍', '19XX'],
    ['20XX年', '20XX'],
    ['xx县双拥办', 'xx县'],
    ['XX市退役军人事务局', 'XX市'],
    ['××镇人民政府', '××镇'],
    ['xx乡', 'xx乡'],
    ['xx村党支部', 'xx村'],
    ['驻xx部队', 'xx部队'],
    ['xxx街道', 'xxx街道'],
    ['与___人民', '___'],
    ['某某同志', '某某'],
    ['活动地点：【】', '【】'],
    ['活动地点：【 …… 】', '【 …… 】'],
    ['[请填写活动地点]', '请填写活动地点'],
    ['【请填写：活动地点】', '【请填写：活动地点】'],
    ['（此处填写参加人数）', '（此处填写参加人数）'],
    ['【请填写：活动的效果（可以引用一两句原话）】', '【请填写：活动的效果（可以引用一两句原话）】'],
    ['TODO 补充照片说明', 'TODO'],
    ['x月x日召开', 'x月'],
    ['20\\*\\*年双拥工作', '20**年'],
    ['\\*\\*社区开展慰问', '**社区'],
  ];
  it.each(cases)('flags %s', (text, shown) => {
    const findings = body(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.rule === 'placeholder')).toBe(true);
    expect(findings.map((finding) => finding.message).join('')).toContain(shown);
  });
  it('flags template text in frontmatter values, naming the field', () => {
    const [finding] = lintContentText(mdx('title: 20xx年八一慰问\nsummary: 一句话', '正文'), 'a.mdx', reportLabels);
    expect(finding!.field).toBe('title');
    expect(finding!.line).toBe(2);
    expect(finding!.message).toContain('第2行（标题 title）');
  });
  it('ignores YAML comments and MDX/HTML comments (hints are not published)', () => {
    const text = mdx(
      `# 年度：写四位数字年份，例如 2026，不要写 20xx\n${FM}\nyear: 2026 # 不要写 xx县`,
      '{/* 把【请填写】换成正文，不要留 ___ */}\n\n<!-- TODO 以后补 -->\n\n正文。',
    );
    expect(lintContentText(text, 'a.mdx')).toEqual([]);
  });
  it('does not take a Markdown rule line or single underscores for a blank', () => {
    expect(body('第一部分\n\n___\n\n第二部分 snake_case_name')).toEqual([]);
  });
  it('flags the 待确认 marker left by the scaffold and the importer', () => {
    const findings = lintContentText(mdx(`${FM}\nyear: 2026  # 待确认：原文未写明年份`, '正文'), 'a.mdx');
    expect(rules(findings)).toEqual(['unconfirmed']);
    expect(findings[0]!.field).toBe('year');
    expect(findings[0]!.message).toContain('原文未写明年份');
  });
});

describe('no false alarms', () => {
  const clean = [
    '每名退役士兵补助10000元，服役满三年的补助15000元，合计12.9万元。',
    '活动于2026-08-01举行，2026年8月1日上午9:30开始，持续到2026年08月02日。',
    '驻县73026部队、32101部队官兵参加。',
    '2026年是建军99周年，1927年8月1日南昌起义。',
    '详见 https://www.example.gov.cn/xxgk/20xx/13800138000.html 和 www.mod.gov.cn/xx/index.htm。',
    '网站标识码 6501000001，新ICP备2026000001号-1，新公网安备 65010202000123号。',
    '照片见 ./IMG_20260801_123456.jpg 和 ./mmexport1722480000000.jpg。',
    '优待金每人每年 12000 元，2026-01~2026-03 第一季度发放。',
    'XXL 号军大衣 20 件，Xbox 不在其列，x 射线体检。',
  ];
  it.each(clean)('%s', (text) => {
    expect(body(text)).toEqual([]);
  });
  it('finds nothing in a clean frontmatter with dates and numbers', () => {
    const text = mdx(`${FM}\nupdated: 2026-08-05\nstandards:\n  - item: 三等功\n    amount: 500\n    unit: 元\ntags: [八一, 慰问]`, '正文');
    expect(lintContentText(text, 'a.mdx')).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats a finding for staff: file:line:column, problem, fix', () => {
    const [finding] = body('电话 13800138000');
    const text = formatFinding(finding!);
    expect(text).toMatch(/^content\/reports\/x\/index\.mdx:8:4\n/);
    expect(text).toContain('错误：第8行有一个手机号码');
    expect(text).toContain('怎么改：');
  });
});

describe.skipIf(!hasSeeds)('seed texts (../shared/seeds)', () => {
  const read = (name: string) => readFileSync(resolve(seedsDir, name), 'utf8');
  it('catches the template text of the implementation plans', () => {
    const findings = lintContentText(read('county-implementation-plans.txt'), 'county-implementation-plans.txt');
    const placeholders = findings.filter((finding) => finding.rule === 'placeholder');
    expect(placeholders.length).toBeGreaterThan(0);
    const messages = placeholders.map((finding) => finding.message).join('\n');
    expect(messages).toContain('20xx');
    expect(messages).toContain('xx区');
    expect(messages).toContain('xxx街道');
    expect(messages).toContain('___');
    // the amounts (10000元, 1500元) and 62周年 are not personal data
    expect(findings.filter((finding) => finding.rule !== 'placeholder')).toEqual([]);
    // every finding points at a real line of the file
    const lines = read('county-implementation-plans.txt').split('\n');
    for (const finding of placeholders) expect(lines[finding.line! - 1]).toBeDefined();
  });
  it('raises no false alarm on the experience text (it has no template text)', () => {
    expect(lintContentText(read('county-experience-and-suggestions.txt'), 'county-experience-and-suggestions.txt')).toEqual([]);
  });
});
