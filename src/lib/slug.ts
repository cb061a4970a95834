/**
 * File names (and so URLs and reference ids) from Chinese titles.
 *
 * `slugify('县双拥办开展“八一”走访慰问活动')` → `'xian-shuangyongban-kaizhan-bayi-zoufang-weiwen'`:
 * toneless pinyin, lowercase ASCII, words joined by hyphens. pinyin-pro has no general word
 * segmentation, so Chinese runs are cut into words by a small dictionary of words common in 双拥
 * writing (longest match first) and otherwise into pairs of characters, since most Chinese
 * words have two syllables. ASCII words and digits are kept as they are (lowercased).
 * Every result matches the schema's id pattern `^[a-z0-9][a-z0-9-]*$` (or is empty).
 */
import { pinyin } from 'pinyin-pro';
import { isIsoDate, type IsoDate } from '../model/dates.ts';

/** Longest slug we produce; file names stay readable and well under file-system limits. */
export const MAX_SLUG_LENGTH = 60;

/**
 * Words kept together as one slug word. Longer words win over shorter ones (greedy longest match).
 * This is only about readability of file names: a word missing here is cut into pairs instead.
 */
const WORDS = [
  // institutions and people
  '双拥',
  '双拥办',
  '人武部',
  '武装部',
  '事务局',
  '退役',
  '军人',
  '军属',
  '烈属',
  '军烈属',
  '烈士',
  '官兵',
  '部队',
  '武警',
  '消防',
  '民兵',
  '预备役',
  '老兵',
  '军嫂',
  '军分区',
  '中队',
  '支队',
  '驻地',
  '驻军',
  '政府',
  '县委',
  '县政府',
  '乡镇',
  '街道',
  '社区',
  '村委会',
  '学校',
  '小学',
  '中学',
  '初中',
  '高中',
  '优抚',
  '对象',
  '优待',
  '抚恤',
  '安置',
  '家属',
  '子女',
  '志愿者',
  '医院',
  '卫生院',
  '老红军',
  '新兵',
  // activities and documents
  '走访',
  '慰问',
  '座谈会',
  '座谈',
  '共建',
  '军民',
  '国防',
  '教育',
  '清明',
  '清明节',
  '祭扫',
  '联谊',
  '义诊',
  '征兵',
  '宣传',
  '宣讲',
  '政策',
  '表彰',
  '奖励',
  '活动',
  '开展',
  '举办',
  '召开',
  '组织',
  '慰问金',
  '慰问品',
  '拥军',
  '优属',
  '拥政',
  '爱民',
  '纪念',
  '纪念日',
  '纪念馆',
  '陵园',
  '建军节',
  '八一',
  '春节',
  '国庆',
  '国庆节',
  '中秋',
  '中秋节',
  '重阳',
  '重阳节',
  '元旦',
  '公祭日',
  '国防日',
  '抗战',
  '胜利',
  '工作',
  '计划',
  '实施',
  '方案',
  '总结',
  '要点',
  '通知',
  '意见',
  '办法',
  '关于',
  '进一步',
  '做好',
  '加强',
  '知识',
  '竞赛',
  '课程',
  '基地',
  '典型',
  '先进',
  '个人',
  '单位',
  '模范',
  '模范城',
  '最美',
  '故事',
  '事迹',
  '服务',
  '保障',
  '就业',
  '创业',
  '医疗',
  '住房',
  '交通',
  '出行',
  '标准',
  '解读',
  '条例',
  '法规',
  '国防法',
  '兵役法',
  '光荣',
  '光荣牌',
  '悬挂',
  '关爱',
  '帮扶',
  '送温暖',
  '看望',
  '全民',
  '入伍',
  '欢送',
  '退伍',
  '返乡',
  '培训',
  '军营',
  '开放日',
  '主题',
  '讲座',
  '演出',
  '文艺',
  '晚会',
  '升旗',
  '仪式',
  '登高',
];
const LEXICON = new Set(WORDS);
const LONGEST_WORD = Math.max(...WORDS.map((word) => [...word].length));

/** Characters that carry no meaning in a file name and are dropped between words. */
const DROPPED = new Set(['的', '之', '了', '和', '与', '及']);

const HAN = /\p{Script=Han}/u;

/** Split a run of Chinese characters into words: dictionary words first, then pairs. */
function segmentHan(run: string): string[] {
  const chars = [...run];
  const words: string[] = [];
  let pending: string[] = [];
  const flushPending = () => {
    for (let i = 0; i < pending.length; i += 2) words.push(pending.slice(i, i + 2).join(''));
    pending = [];
  };
  let i = 0;
  while (i < chars.length) {
    let matched = '';
    for (let length = Math.min(LONGEST_WORD, chars.length - i); length >= 2; length--) {
      const candidate = chars.slice(i, i + length).join('');
      if (LEXICON.has(candidate)) {
        matched = candidate;
        break;
      }
    }
    if (matched) {
      flushPending();
      words.push(matched);
      i += [...matched].length;
    } else if (DROPPED.has(chars[i]!)) {
      flushPending();
      i += 1;
    } else {
      pending.push(chars[i]!);
      i += 1;
    }
  }
  flushPending();
  return words;
}

/** Toneless pinyin of a Chinese word, `ü` written as `v` so that the result stays ASCII. */
function toPinyin(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The slug words of a title, in order, before any length limit. */
export function slugWords(title: string): string[] {
  const words: string[] = [];
  // Runs of Chinese characters, runs of ASCII letters/digits; everything else separates words.
  // A 年/月/日/号 right after digits (2026年) adds nothing to the number and is dropped.
  const tokens = title.normalize('NFKC').match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? [];
  tokens.forEach((token, index) => {
    if (HAN.test(token)) {
      const afterDigits = index > 0 && /\d$/.test(tokens[index - 1]!);
      const run = afterDigits ? token.replace(/^[年月日号]/, '') : token;
      for (const word of segmentHan(run)) {
        const ascii = toPinyin(word);
        if (ascii) words.push(ascii);
      }
    } else {
      words.push(token.toLowerCase());
    }
  });
  return words;
}

/**
 * A file-name slug for a Chinese (or mixed) title: at most `maxWords` words and
 * {@link MAX_SLUG_LENGTH} characters, cut at a word boundary. Empty when the title has no
 * letters, digits or Chinese characters at all.
 */
export function slugify(chineseTitle: string, maxWords = 6): string {
  const words = slugWords(chineseTitle).slice(0, Math.max(1, maxWords));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug;
}

/**
 * The folder name of a report: its activity date, then the title's slug,
 * e.g. `2026-08-01-bayi-zoufang-weiwen`. The date alone when the title gives no words.
 */
export function reportFileSlug(date: IsoDate, title: string, maxWords = 6): string {
  if (!isIsoDate(date)) throw new Error(`日期“${date}”的格式不对，请按“年-月-日”写，例如 2026-08-01`);
  const words = slugify(title, maxWords);
  return words ? `${date}-${words}` : date;
}

/**
 * `base`, or `base-2`, `base-3` … whichever is not in `taken`. The result is added to `taken`
 * so that several calls in a row (importing many plans at once) never collide with each other.
 */
export function uniqueSlug(base: string, taken: Set<string>): string {
  const root = base || 'wenzhang';
  let candidate = root;
  for (let n = 2; taken.has(candidate); n++) candidate = `${root}-${n}`;
  taken.add(candidate);
  return candidate;
}
