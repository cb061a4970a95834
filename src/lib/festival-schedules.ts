/**
 * Festival and observance schedules in plans: 春节前, “八一”期间, 清明节前后, 重阳节, 国庆节前夕,
 * 元旦、春节、“八一”期间 … → a period in the schema's syntax (`2026-02`, `2026-07~2026-08`).
 *
 * Dates come from the observances of content/observances.yaml through src/lib/observances.ts
 * (春节 and 重阳 lunar, 清明 a solar term, 全民国防教育日 the third Saturday of September): there
 * is no second calendar here. A word in the text is matched to an observance by its name.
 *
 * The rule (documented for staff in the import's hints, and tested for several years):
 *   - `X前`, `X之前`, `X节前`          the 14 days before the day;
 *   - `X前夕`                          the 7 days before the day and the day itself;
 *   - `X期间`, `X前后`, `X之际`        the day ± 3 days;
 *   - `X` alone, `X等重大节日`         the day itself;
 *   - `X后`, `X之后`                   the 14 days after the day.
 * The period is the month or months that window touches, within the plan's year. The window is
 * taken around the festival of the year before, of the plan's year or of the year after, whichever
 * overlaps the plan's year most (so a 2026 plan's 元旦前 is December 2026).
 *   → 春节前 2026 (17 Feb) is 2026-02; 2027 (6 Feb) is 2027-01~2027-02; “八一”期间 and “八一”前夕
 *     are July–August; 清明前后 is April; 重阳 2026 (18 Oct) is 2026-10; 全民国防教育日 is September.
 */
import { addDays, parseIsoDate, type IsoDate } from '../model/dates.ts';
import { observanceDatesInYear, type ObservanceLike } from './observances.ts';
import { isYearInRange } from '../model/limits.ts';

/** Words in plans → a word the observance's name contains. */
const FESTIVAL_WORDS: { pattern: string; name: string }[] = [
  { pattern: '春节', name: '春节' },
  { pattern: '元旦', name: '元旦' },
  { pattern: '八一(?:建军节)?|建军节|(?<=建党、)建军(?=、)', name: '建军节' },
  { pattern: '清明(?:节)?', name: '清明' },
  { pattern: '重阳(?:节)?', name: '重阳' },
  { pattern: '中秋(?:节)?', name: '中秋' },
  { pattern: '国庆(?:节)?|(?<=建军、)建国', name: '国庆' },
  { pattern: '烈士纪念日', name: '烈士纪念日' },
  { pattern: '(?:全民)?国防教育日', name: '国防教育日' },
  { pattern: '学雷锋(?:纪念)?日|雷锋纪念日', name: '雷锋' },
  { pattern: '(?:国家)?公祭日', name: '公祭日' },
  { pattern: '抗战胜利纪念日|抗日战争胜利纪念日', name: '抗日战争胜利纪念日' },
];

/** Words that name two festivals at once: 两节 (元旦、春节), 双节 (中秋、国庆). */
const PAIRS: Record<string, [string, string]> = { 两节: ['元旦', '春节'], 双节: ['中秋', '国庆'] };

const QUOTE = '[“”"‘’\'「」『』《》]?';
const ONE = `${QUOTE}(?:${FESTIVAL_WORDS.map((word) => word.pattern).join('|')}|两节|双节)${QUOTE}(?:建军节|节(?![日假]))?`;
/** Between festivals of one list; nothing at all in `元旦春节期间`. */
const JOIN = '\\s*(?:、|和|及|与|或|以及)?\\s*';
const MODIFIER =
  '(?:\\s*(?:\\d{1,3}|[一二三四五六七八九十百]{1,4})\\s*周年)?(?:等(?:重大|重要|传统)?(?:节日|纪念日|节假日))?\\s*(前夕|前后|期间|来临之际|到来之际|之际|之前|之后|节前|前|后)?';
const GROUP = new RegExp(`(${ONE}(?:${JOIN}${ONE})*)${MODIFIER}`, 'g');
const SINGLE = new RegExp(ONE, 'g');

export type FestivalModifier = 'on' | 'before' | 'eve' | 'around' | 'after';

export interface FestivalSchedule {
  when: string;
  /** The words the schedule came from (the whole group: `“八一”、春节期间`). */
  text: string;
  index: number;
  /** The observance's id and name. */
  observance: string;
  name: string;
  modifier: FestivalModifier;
}

function modifierOf(word: string | undefined): FestivalModifier {
  if (!word) return 'on';
  if (word === '前夕') return 'eve';
  if (word === '前' || word === '之前' || word === '节前') return 'before';
  if (word === '后' || word === '之后') return 'after';
  return 'around';
}

/** The days the festival's window covers, as [first, last]. */
function windowOf(day: IsoDate, modifier: FestivalModifier): [IsoDate, IsoDate] {
  switch (modifier) {
    case 'before':
      return [addDays(day, -14), addDays(day, -1)];
    case 'eve':
      return [addDays(day, -7), day];
    case 'after':
      return [addDays(day, 1), addDays(day, 14)];
    case 'on':
      return [day, day];
    default:
      return [addDays(day, -3), addDays(day, 3)];
  }
}

const pad = (month: number) => String(month).padStart(2, '0');

/** The period (months touched within `year`) of a window, and how many of its days fall in `year`. */
function clampToYear([first, last]: [IsoDate, IsoDate], year: number): { when: string; days: number } | undefined {
  const start = first < `${year}-01-01` ? `${year}-01-01` : first;
  const end = last > `${year}-12-31` ? `${year}-12-31` : last;
  if (start > end) return undefined;
  const a = parseIsoDate(start).month;
  const b = parseIsoDate(end).month;
  const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  return { when: a === b ? `${year}-${pad(a)}` : `${year}-${pad(a)}~${year}-${pad(b)}`, days };
}

/** The period of one observance with a modifier, for a plan of `year`; undefined if it cannot be computed. */
export function festivalPeriod(observance: ObservanceLike, modifier: FestivalModifier, year: number): string | undefined {
  let best: { when: string; days: number } | undefined;
  for (const y of [year - 1, year, year + 1]) {
    if (!isYearInRange(y)) continue;
    let dates: IsoDate[];
    try {
      dates = observanceDatesInYear(observance.rule, y);
    } catch {
      continue;
    }
    for (const day of dates) {
      const clamped = clampToYear(windowOf(day, modifier), year);
      if (clamped && (!best || clamped.days > best.days)) best = clamped;
    }
  }
  return best?.when;
}

function findObservance(word: string, observances: readonly ObservanceLike[]): ObservanceLike | undefined {
  const bare = word.replace(/[“”"‘’'「」『』《》]/g, '');
  for (const { pattern, name } of FESTIVAL_WORDS) {
    const plain = pattern.replace(/\(\?<?[=!][^)]*\)/g, '');
    if (new RegExp(`^(?:${plain})(?:节)?$`).test(bare)) return observances.find((observance) => observance.name.includes(name));
  }
  return undefined;
}

/**
 * Every festival schedule in a line, in order: one per festival named (`元旦、春节前` gives two,
 * both 前). Festivals the observance list does not hold are skipped.
 */
export function findFestivalSchedules(line: string, year: number, observances: readonly ObservanceLike[]): FestivalSchedule[] {
  const found: FestivalSchedule[] = [];
  if (!observances.length) return found;
  for (const group of line.matchAll(GROUP)) {
    const modifier = modifierOf(group[2]);
    const end = group.index + group[1]!.length;
    for (const single of line.matchAll(SINGLE)) {
      if (single.index < group.index || single.index >= end) continue;
      const bare = single[0].replace(/[“”"‘’'「」『』《》]/g, '');
      const pair = PAIRS[bare];
      const named = pair
        ? pair.map((name) => observances.find((observance) => observance.name.includes(name)))
        : [findObservance(single[0], observances)];
      for (const observance of named) {
        if (!observance) continue;
        const when = festivalPeriod(observance, modifier, year);
        if (!when || found.some((other) => other.index === group.index && other.observance === observance.id)) continue;
        found.push({ when, text: group[0], index: group.index, observance: observance.id, name: observance.name, modifier });
      }
    }
  }
  return found;
}

/** The window rule in words, for hints and messages. */
export const FESTIVAL_RULE_ZH =
  '节日时间按纪念日规则换算：“××前”指节前14天，“××前夕”指节前7天到当天，“××期间/前后/之际”指节日前后3天，“××后”指节后14天，取这些天所在的月份。';
