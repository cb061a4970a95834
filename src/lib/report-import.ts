/**
 * A 活动报道 written in Word (or saved as text) → an MDX report entry (`npm run import:report`).
 * Pure: text in, MDX out; the CLI reads the file and saves the photos.
 *
 * The title is the first line; the activity date, type and summary are guessed from the text and
 * marked `# 待确认`; the location, unless the text says `在…举行`, and every photo's alt text are
 * left as 【请填写：…】. Both block publishing (npm run check:content) until someone fills them in,
 * so a half-written report is never published. Photos go into the report's gallery, not its body.
 */
import { docAt, entrySchema, REPORT_TYPES } from '../model/index.ts';
import { lintContentText } from './content-lint.ts';
import type { RichLine } from './docx-to-import.ts';
import { PHOTO_ALT_TODO } from './docx-to-import.ts';
import { findForeignNames } from './foreign-names.ts';
import { escapeMdx, type ImportWarning } from './plan-import.ts';
import { joinHardWraps, isHeadingShaped } from './plan-text-wrap.ts';
import { frontmatterBlock, publishingFields, type FieldSpec } from './scaffold.ts';
import { reportFileSlug } from './slug.ts';
import { isIsoDate } from '../model/dates.ts';

export interface ReportImportOptions {
  /** Today, `YYYY-MM-DD`: the date used (待确认) when the text gives none, and the year of `8月1日`. */
  date: string;
  /** 发布时间 written into the entry (the importer passes today), `YYYY-MM-DD`. */
  published?: string;
  unit: string;
  unitGuessed?: boolean;
  title?: string | undefined;
  source?: string;
  outFile?: string;
  ownNames?: readonly string[];
  keepLines?: boolean;
  rich?: ReadonlyMap<number, RichLine>;
  /** The photos (in the entry's folder), with the line they stood on. */
  photos?: readonly { line: number; file: string; altText?: string | undefined }[];
}

export interface ReportImport {
  title: string;
  slug: string;
  mdx: string;
  warnings: ImportWarning[];
  date: string;
  type: string;
}

/** Words that point to a report type; the type with most hits wins. */
const TYPE_WORDS: Record<string, RegExp> = {
  走访慰问: /走访|慰问|看望/g,
  座谈会: /座谈/g,
  军民共建: /共建|结对/g,
  国防教育: /国防教育|国防知识|军训|防空/g,
  清明祭扫: /祭扫|扫墓|烈士陵园|缅怀/g,
  联谊活动: /联谊|联欢/g,
  义诊服务: /义诊|体检|巡诊/g,
  征兵宣传: /征兵|应征|入伍/g,
  政策宣讲: /宣讲|政策解读/g,
  表彰奖励: /表彰|授予|颁发|奖励/g,
};

export function guessReportType(text: string): (typeof REPORT_TYPES)[number] {
  let best: (typeof REPORT_TYPES)[number] = '其他';
  let hits = 0;
  for (const type of REPORT_TYPES) {
    const count = TYPE_WORDS[type] ? (text.match(TYPE_WORDS[type])?.length ?? 0) : 0;
    if (count > hits) {
      best = type;
      hits = count;
    }
  }
  return best;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The activity's date: the first `2026年8月1日` (or `8月1日`, in the year of `fallback`) in the text. */
export function findActivityDate(text: string, fallback: string): { date: string; stated: 'full' | 'day' | 'none' } {
  const full = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (full) {
    const date = `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}`;
    if (isIsoDate(date)) return { date, stated: 'full' };
  }
  const day = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (day) {
    const date = `${fallback.slice(0, 4)}-${pad(Number(day[1]))}-${pad(Number(day[2]))}`;
    if (isIsoDate(date)) return { date, stated: 'day' };
  }
  return { date: fallback, stated: 'none' };
}

const LABEL = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])/;

export function importReport(text: string, options: ReportImportOptions): ReportImport {
  const warnings: ImportWarning[] = [];
  const raw = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line, index) => ({
      no: index + 1,
      text: line
        .replace(/[\u3000\u00a0\t]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    }))
    .filter((line) => line.text !== '');
  const lines = options.keepLines ? raw : joinHardWraps(raw).lines;
  const first = lines[0];
  let title = options.title ?? '';
  let rest = lines;
  if (first && isHeadingShaped(first.text) && !options.rich?.get(first.no)?.force) {
    title ||= first.text;
    rest = lines.slice(1);
  }
  if (!title) {
    title = options.source?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || '导入的活动报道';
    warnings.push({ kind: 'title', message: `原文第一行不像标题，暂用“${title}”作标题，请修改 title。` });
  }
  const plain = rest.map((line) => line.text).join('\n');
  const found = findActivityDate(`${title}\n${plain}`, options.date);
  const type = guessReportType(`${title}\n${plain}`);
  const location = /在([^，。；、\s]{2,20}?)(?:举行|举办|召开|开展)/.exec(plain)?.[1];
  const firstParagraph = rest.find((line) => !isHeadingShaped(line.text) && !options.rich?.get(line.no)?.force);
  const summary = firstParagraph ? firstParagraph.text.split(/[。！？]/)[0]!.slice(0, 120) : '';

  // Body: paragraphs, short numbered lines as sections; photos go to the gallery, not the body.
  const photoLines = new Set((options.photos ?? []).map((photo) => photo.line));
  const body: string[] = [
    `{/* 这篇报道由 npm run import:report ${options.source ? `从 ${options.source} ` : ''}导入。请对照原文核对，核对完删掉这段说明。照片在上面的 gallery 里。 */}`,
  ];
  for (const line of rest) {
    if (photoLines.has(line.no)) continue;
    const rich = options.rich?.get(line.no);
    if (rich) {
      if (rich.markdown) body.push(rich.markdown);
    } else if (LABEL.test(line.text) && isHeadingShaped(line.text)) {
      body.push(`## ${escapeMdx(line.text)}`);
    } else {
      body.push(escapeMdx(line.text));
    }
  }

  const FILL = (what: string) => `【请填写：${what}】`;
  const gallery = (options.photos ?? []).map((photo) => ({ src: `./${photo.file}`, alt: PHOTO_ALT_TODO }));
  const fields: FieldSpec[] = [
    { key: 'title', value: title },
    summary
      ? { key: 'summary', value: summary, unconfirmed: '摘要是从正文第一句摘出来的，请改写成一两句概括（时间、地点、谁、做了什么）' }
      : { key: 'summary', value: FILL('用一两句话概括这次活动') },
    {
      key: 'date',
      value: found.date,
      hint: '活动举办的日期，按“年-月-日”写，例如 2026-08-01',
      unconfirmed:
        found.stated === 'full'
          ? '从正文里第一个日期取的，请核对是不是活动的日子'
          : found.stated === 'day'
            ? `正文只写了月日，年份按 ${options.date.slice(0, 4)} 年填的，请核对`
            : '正文里没有找到日期，先填了今天，请改成活动的日子',
    },
    ...publishingFields({ id: options.unit, guessed: options.unitGuessed }, './photo-01.jpg', undefined, options.published),
    { key: 'type', value: type, hint: `从这些里选一个：${REPORT_TYPES.join('、')}`, unconfirmed: '按正文里的词猜的活动类型，请核对' },
    location
      ? { key: 'location', value: location, unconfirmed: '从正文“在……举行”里取的，请核对' }
      : { key: 'location', value: FILL('活动地点') },
    { key: 'units', value: [options.unit] },
    { key: 'plan' },
    { key: 'task' },
    { key: 'observance' },
    {
      key: 'gallery',
      value: gallery,
      hint: `${docAt(entrySchema('reports'), ['gallery'])?.hint ?? ''}${gallery.length ? '（照片从 Word 文档里取出，已去掉拍摄地点等元数据；每张都要把 alt 的“【请填写：照片说明】”换成一句话的说明）' : ''}`,
    },
  ];
  const header = [
    '活动报道：由 npm run import:report 导入。',
    '以 # 开头的行是说明，不会发布。带“待确认”的值请核对后删掉那条注释。',
    '改完后运行 npm run check:content 检查。',
  ];
  const mdx = `${frontmatterBlock('reports', header, fields)}\n\n${body.join('\n\n')}\n`;
  const slug = reportFileSlug(found.date, title);

  const foreign = findForeignNames(plain, [...(options.ownNames ?? []), title]);
  if (foreign.length) {
    warnings.push({
      kind: 'names',
      message: `原文里有别处的地名或人名（${foreign
        .slice(0, 8)
        .map((name) => name.name)
        .join('、')}），请核对；个人姓名没有本人同意不要公开发布。`,
    });
  }
  const findings = lintContentText(mdx, options.outFile ?? `reports/${slug}/index.mdx`);
  const personal = findings.filter((finding) => ['id-card', 'mobile-phone', 'bank-card', 'landline'].includes(finding.rule));
  if (personal.length)
    warnings.push({ kind: 'personal', message: `原文里有 ${personal.length} 处身份证号、手机号、银行卡号或电话号码，发布前必须删掉。` });
  const todo = findings.filter((finding) => finding.rule === 'placeholder' || finding.rule === 'unconfirmed').length;
  warnings.push({
    kind: 'review',
    message: `还有 ${todo} 处要填写或核对（带“待确认”的值、【请填写：…】的地点和照片说明），都改好之前 npm run check:content 不会通过，这篇报道不能发布。`,
  });
  return { title, slug, mdx, warnings, date: found.date, type };
}
