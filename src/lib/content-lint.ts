/**
 * Content lint: rules over the raw text of a content file (MDX with frontmatter, or a YAML data
 * file such as site.yaml), run before anything is published. Pure: text in, findings out.
 *
 * What it blocks, and how it avoids false alarms:
 *
 * - 身份证号 (`id-card`): 18 characters (17 digits + a digit or X), a province code that exists
 *   (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81–83), a real birth date (1900–2099) and a
 *   correct ISO 7064 MOD 11-2 check digit. Order numbers and amounts fail the check digit and are
 *   left alone. Also written in groups `110105 19491231 002X`.
 *   Old 15-digit numbers have no check digit; they are flagged only when the province code exists
 *   and the six birth digits form a real date (YYMMDD, 19YY), which ordinary 15-digit numbers
 *   rarely do. (Decision documented here because it is a trade-off: an old ID pasted from a
 *   1990s register must still be caught.)
 * - 手机号 (`mobile-phone`): 1[3-9] + 9 digits, not part of a longer digit run, also written
 *   `138 0013 8000` or `138-0013-8000`. Refused everywhere, the contact fields included: a mobile
 *   is a person's, an office publishes its landline.
 * - Every number rule first folds the text (text-fold.ts: full-width digits, invisible characters,
 *   odd spaces and hyphens) and also reads digit runs split anywhere by single spaces, hyphens or
 *   dots (`1101-0519-4912-3100-21`): a run whose digits are exactly an ID or a mobile is flagged.
 *   身份证号 are also looked for inside link targets and file names (their check digit makes a
 *   false alarm there unlikely).
 * - 银行卡号 (`bank-card`): 16–19 digits (optionally in groups of four) starting with 3–6
 *   (UnionPay 62, Visa 4, Mastercard 5, JCB/Amex 3), passing the Luhn check, not part of a longer
 *   run and not a valid ID number.
 * - 座机电话 (`landline`): `0999-1234567`, `(0999)1234567`, `010 12345678` … Allowed in the `contact`
 *   field (a policy's `contact`, the `contact` block of site.yaml), and anywhere it is labelled as
 *   an office's number on its line: a phone label right before it (`咨询电话：`, `值班电话`, `热线`)
 *   and an office named on the same line (`县退役军人事务局`, `…办`, `…中心`), with no 家/个人/手机
 *   in the label. Everywhere else a landline is an error (it may be a family's).
 * - 模板文字 (`placeholder`): `20xx`/`19XX`, `xx县`/`XX市`/`××镇` (any stand-alone run of two or more
 *   x, X or ×), `x月x日`, `___` (three or more underscores, except a Markdown rule line `___`),
 *   `某某`, `20**年` and escaped `\*\*社区` (literal asterisks for a name), empty `【】`/`【……】`, fill-in prompts such as `【请填写…】`, `[请填写…]`, `（此处填写…）`,
 *   and `TODO`/`FIXME`. Comments (YAML `# …`, MDX `{/* … *\/}`, HTML `<!-- -->`) are not published
 *   and are not checked for template text — the scaffold's hints live there.
 * - 待确认 (`unconfirmed`): the scaffold and the plan importer put `# 待确认：…` (with the colon)
 *   after a value they had to guess. The marker blocks publishing until someone checks the value
 *   and deletes the comment. It is the one rule that reads comments.
 *
 * Never flagged: amounts (10000元, 12.9万元), dates (2026-08-01, 2026年8月1日), 部队番号 (73026部队),
 * years (2026年), URLs and file names (masked before checking), site.yaml's siteCode/icp/psb
 * (网站标识码, ICP备案号, 公安备案号) and baseUrl/host.
 */
import { foldForMatching } from './text-fold.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
}

/** The rules and their Chinese names, for summaries ("3 处身份证号"). */
export const LINT_RULES = {
  'id-card': '身份证号',
  'mobile-phone': '手机号码',
  'bank-card': '银行卡号',
  landline: '座机电话',
  placeholder: '没填写的模板文字',
  unconfirmed: '待确认的内容',
} as const;
export type LintRule = keyof typeof LINT_RULES;

// ---------------------------------------------------------------------------------------------
// Number checks (exported for tests and for other tools)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  83,
]);

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('需要 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An 18-character 身份证号: province code, real birth date 1900–2099, right check digit. */
export function isValidIdNumber(value: string): boolean {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return false;
  const year = Number(id.slice(6, 10));
  if (year < 1900 || year > 2099) return false;
  if (!isRealDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return idCheckDigit(id.slice(0, 17)) === id[17];
}

/** A 15-digit old 身份证号: province code and a real birth date 19YYMMDD (no check digit exists). */
export function isValidOldIdNumber(value: string): boolean {
  if (!/^\d{15}$/.test(value)) return false;
  if (!PROVINCE_CODES.has(Number(value.slice(0, 2)))) return false;
  return isRealDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)));
}

/** The Luhn (mod 10) check used by bank card numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** `110105…1234`: enough to find the number in the file, not enough to publish it again. */
export function maskNumber(digits: string, head = 6, tail = 4): string {
  if (digits.length <= head + tail) return digits;
  return `${digits.slice(0, head)}…${digits.slice(-tail)}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the file: frontmatter / YAML, comments, the contact field

interface Scan {
  /** The folded text, nothing blanked: for 身份证号, which are refused even inside a URL. */
  unmasked: string;
  /** The text with URLs and file names blanked out (same length, newlines kept). */
  sensitive: string;
  /** `sensitive` with comments blanked out too: what a reader of the page sees. */
  visible: string;
  /** Only the comments (everything else blanked). */
  comments: string;
  /** Per character: inside the `contact` field. */
  contact: Uint8Array;
  /** Per character: inside a field whose numbers are identifiers, not personal data. */
  exempt: Uint8Array;
  /** Start offset of each line. */
  lineStarts: number[];
  /** Per line (0-based): the top-level frontmatter / YAML key it belongs to, if any. */
  fields: (string | undefined)[];
}

/** Fields whose values are registration numbers or addresses, never personal data. */
const EXEMPT_FIELDS = new Set(['siteCode', 'icp', 'psb', 'baseUrl', 'host']);

const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?=\s|$)(.*)$/;
const BLOCK_SCALAR = /^\s*[|>][+-]?\d*\s*(?:#.*)?$/;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Where a YAML comment starts in one line (`#` outside quotes, at line start or after a space). */
function yamlCommentStart(line: string): number {
  let quote: '"' | "'" | null = null;
  let lastNonSpace = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote === '"') {
      if (char === '\\') i++;
      else if (char === '"') quote = null;
      continue;
    }
    if (quote === "'") {
      if (char === "'" && line[i + 1] === "'") i++;
      else if (char === "'") quote = null;
      continue;
    }
    if ((char === '"' || char === "'") && (lastNonSpace === '' || ':-[{,'.includes(lastNonSpace))) {
      quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return i;
    }
    if (!/\s/.test(char)) lastNonSpace = char;
  }
  return -1;
}

function scanText(text: string, yamlOnly: boolean): Scan {
  const length = text.length;
  const commentMask = new Uint8Array(length);
  const contact = new Uint8Array(length);
  const exempt = new Uint8Array(length);
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const fields: (string | undefined)[] = new Array<string | undefined>(lines.length).fill(undefined);

  // Which lines are YAML: the whole file, or the frontmatter between the first two `---` lines.
  let yamlStart = 0;
  let yamlEnd = -1; // exclusive line index
  if (yamlOnly) {
    yamlEnd = lines.length;
  } else if (/^\uFEFF?---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
    if (close > 0) {
      yamlStart = 1;
      yamlEnd = close;
    }
  }

  // YAML: comments, top-level keys, the contact field.
  const stack: { indent: number; key: string }[] = [];
  let blockIndent = -1; // indent of the key that opened a block scalar (| or >), or -1
  for (let index = yamlStart; index < yamlEnd; index++) {
    const line = lines[index]!;
    const start = lineStarts[index]!;
    const indent = line.length - line.trimStart().length;
    const isBlank = line.trim() === '';
    if (blockIndent >= 0 && (isBlank || indent > blockIndent)) {
      // Literal text of a block scalar: no comments, no keys.
    } else {
      blockIndent = -1;
      if (!isBlank && !line.trimStart().startsWith('#')) {
        while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
        const key = KEY_LINE.exec(line);
        if (key) {
          // `  - src: …` nests `src` under the list item, two columns further in than the dash.
          const keyIndent = line.indexOf(key[2]!, key[1]!.length);
          stack.push({ indent: keyIndent, key: key[2]! });
          if (BLOCK_SCALAR.test(key[3]!)) blockIndent = keyIndent;
        }
      }
      const comment = yamlCommentStart(line);
      if (comment >= 0) commentMask.fill(1, start + comment, start + line.length);
    }
    const topKey = stack[0]?.key;
    fields[index] = topKey;
    if (stack.some((entry) => entry.key === 'contact')) contact.fill(1, start, start + line.length);
    if (stack.some((entry) => EXEMPT_FIELDS.has(entry.key))) exempt.fill(1, start, start + line.length);
  }
  // The `---` fences belong to nothing; the body is everything after the frontmatter.
  const bodyStart = yamlOnly ? length : yamlEnd >= 0 ? (lineStarts[yamlEnd + 1] ?? length) : 0;
  if (!yamlOnly) {
    const body = text.slice(bodyStart);
    for (const match of body.matchAll(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g)) {
      commentMask.fill(1, bodyStart + match.index, bodyStart + match.index + match[0].length);
    }
  }

  // URLs and file names: their digits are identifiers, their letters are not template text.
  let sensitive = text;
  const maskPattern = (pattern: RegExp) => {
    sensitive = sensitive.replace(pattern, (match) => blank(match));
  };
  maskPattern(/\b(?:https?|ftp):\/\/[^\s<>"'“”（）()[\]【】，。；]+/gi);
  maskPattern(/\bwww\.[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s<>"'“”（）()[\]【】，。；]*/gi);
  maskPattern(/[\w./-]*\.(?:jpe?g|png|webp|avif|gif|svg|pdf|docx?|xlsx?|pptx?|mp4|mp3|txt|mdx?)\b/gi);

  let visible = '';
  let comments = '';
  for (let i = 0; i < length; i++) {
    const char = sensitive[i]!;
    const isComment = commentMask[i] === 1 && char !== '\n';
    visible += isComment ? ' ' : char;
    comments += isComment ? text[i]! : char === '\n' ? '\n' : ' ';
  }
  return { unmasked: text, sensitive, visible, comments, contact, exempt, lineStarts, fields };
}

// ---------------------------------------------------------------------------------------------
// Rules

interface Hit {
  index: number;
  length: number;
  rule: LintRule;
  what: string;
  fix: string;
}

const SEP = '[ \\t\\-－]';

function positionOf(scan: Scan, index: number): { line: number; column: number } {
  let low = 0;
  let high = scan.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (scan.lineStarts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: index - scan.lineStarts[low]! + 1 };
}

/** A phone label right before the number, and an office named on the same line: a public office number. */
export function isLabelledOfficeNumber(text: string, index: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index + length);
  const before = text.slice(Math.max(lineStart, index - 12), index);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (!/(?:电话|热线|座机|总机|传真)[^\n，。；]{0,6}[：:]?\s*$/.test(before)) return false;
  if (/家|住宅|个人|本人|私人|手机|亲属|老人/.test(before)) return false;
  return /\p{Script=Han}{1,12}?(?:局|办公室|办|委员会|委|部|中心|站|所|院|馆|政府|街道|社区|股|科|处|窗口|大厅|学校|医院)/u.test(
    line.replace(text.slice(index, index + length), ''),
  );
}

/** Personal data and phone numbers, found in `text` (the masked original), most specific first. */
function numberHits(scan: Scan): Hit[] {
  const hits: Hit[] = [];
  const taken = new Uint8Array(scan.sensitive.length);
  const free = (index: number, length: number) => {
    for (let i = index; i < index + length; i++) if (taken[i] || scan.exempt[i]) return false;
    return true;
  };
  const take = (index: number, length: number) => taken.fill(1, index, index + length);
  const inContact = (index: number) => scan.contact[index] === 1;
  const run = (
    pattern: RegExp,
    handle: (match: RegExpExecArray, digits: string) => Omit<Hit, 'index' | 'length'> | null,
    source = scan.sensitive,
  ) => {
    for (const match of source.matchAll(pattern)) {
      const index = match.index;
      const length = match[0].length;
      if (!free(index, length)) continue;
      const digits = match[0].replace(/[^\dXx]/g, '').toUpperCase();
      const hit = handle(match, digits);
      if (hit) {
        hits.push({ index, length, ...hit });
        take(index, length);
      }
    }
  };

  const idHit = (digits: string) =>
    isValidIdNumber(digits)
      ? {
          rule: 'id-card' as const,
          what: `有一个身份证号码（${maskNumber(digits)}），个人信息不能公开发布。`,
          fix: '请删除这个号码，或只保留姓名。',
        }
      : null;
  // 身份证号, 18 characters, plain or grouped 6-8-4; also inside URLs and file names.
  run(/(?<![\d])(?:\d{17}[\dXx]|\d{6}[ \t]\d{8}[ \t]\d{3}[\dXx])(?![\dA-Za-z])/g, (_match, digits) => idHit(digits), scan.unmasked);
  // 身份证号 split anywhere: single spaces, hyphens or dots between digits (after folding invisible characters).
  run(/(?<![\d.-])\d(?:[ \-.]?\d){16}[ \-.]?[\dXx](?![\dA-Za-z]|[ \-.]\d)/g, (_match, digits) => idHit(digits), scan.unmasked);
  // 身份证号, old 15 digits.
  run(/(?<![\d])\d{15}(?![\dA-Za-z])/g, (_match, digits) =>
    isValidOldIdNumber(digits)
      ? {
          rule: 'id-card',
          what: `有一个像是旧版（15位）身份证号码的数字（${maskNumber(digits)}），个人信息不能公开发布。`,
          fix: '请删除这个号码，或只保留姓名。如果它不是身份证号（例如是文件编号），请在数字中间加上文字说明，或改写成其他形式。',
        }
      : null,
  );
  // 银行卡号: 16–19 digits, plain or in groups of four.
  run(new RegExp(`(?<![\\d])(?:[3-6]\\d{15,18}|[3-6]\\d{3}(?:${SEP}\\d{4}){3}(?:${SEP}?\\d{1,3})?)(?![\\d])`, 'g'), (_match, digits) =>
    digits.length >= 16 && digits.length <= 19 && luhnValid(digits) && !isValidIdNumber(digits)
      ? {
          rule: 'bank-card',
          what: `有一个银行卡号（${maskNumber(digits, 4, 4)}），银行卡号不能公开发布。`,
          fix: '请删除这个卡号。',
        }
      : null,
  );
  // 手机号: 11 digits, also 3-4-4 with spaces or hyphens, or split anywhere. Refused in contact too.
  const mobileHit = (match: RegExpExecArray, digits: string) =>
    digits.length !== 11 || !/^1[3-9]/.test(digits)
      ? null
      : {
          rule: 'mobile-phone' as const,
          what: `有一个手机号码（${digits.slice(0, 3)}****${digits.slice(7)}）${inContact(match.index) ? '写在了联系方式里' : ''}，个人手机号不能公开发布。`,
          fix: '请删除这个号码。如果要公布咨询电话，请写单位的办公座机（例如 0999-1234567），写在“咨询方式”（contact）里。',
        };
  run(new RegExp(`(?<![\\d])1[3-9]\\d(?:${SEP}?\\d{4}){2}(?![\\d])`, 'g'), mobileHit);
  run(/(?<![\d.-])1(?:[ \-.]?\d){10}(?![\d]|[ \-.]\d)/g, mobileHit);
  // 座机: area code 0xx/0xxx, then 7–8 digits, optional extension. Allowed in contact.
  run(/(?<![\d\-－])(?:[(（]0\d{2,3}[)）][ \t]?|0\d{2,3}[ \t\-－—–])\d{7,8}(?:[-－转]\d{1,6})?(?![\d])/g, (match) =>
    inContact(match.index) || isLabelledOfficeNumber(scan.sensitive, match.index, match[0].length)
      ? null
      : {
          rule: 'landline',
          what: `有一个电话号码（${match[0].trim()}），没有写明是哪个单位的办公电话，可能是个人或家庭的电话，不能公开发布。`,
          fix: '如果是单位的办公电话，请写明是哪个单位的什么电话，例如“咨询电话：0999-1234567（县退役军人事务局）”；否则请删掉。政策解读的办公电话也可以写在 contact 字段里，全站的联系电话写在 content/site.yaml 的 contact 里。',
        },
  );
  return hits;
}

/** The word after a template `xx`, to show what it stands for (`xx县`, `xx部队`). */
function withContext(text: string, index: number, length: number): string {
  const after = /^(?:[县市区镇乡村省州]|\p{Script=Han}{1,2})/u.exec(text.slice(index + length))?.[0] ?? '';
  return text.slice(index, index + length) + after;
}

function placeholderHits(scan: Scan): Hit[] {
  const hits: Hit[] = [];
  const text = scan.visible;
  const taken = new Uint8Array(text.length);
  const add = (pattern: RegExp, make: (match: RegExpExecArray) => Omit<Hit, 'index' | 'length' | 'rule'> | null) => {
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      const length = match[0].length;
      let overlap = false;
      for (let i = index; i < index + length; i++) if (taken[i]) overlap = true;
      if (overlap) continue;
      const hit = make(match);
      if (!hit) continue;
      taken.fill(1, index, index + length);
      hits.push({ index, length, rule: 'placeholder', ...hit });
    }
  };

  add(/(?<![0-9A-Za-z])(?:19|20)(?:[xX]{2}|[×Ｘｘ]{2})(?![0-9A-Za-z])/g, (match) => ({
    what: `还有没填写的年份“${match[0]}”。`,
    fix: `请把“${match[0]}”改成实际年份，例如 2026。`,
  }));
  // Fill-in prompts: 【请填写：…】, [请填写…], （此处填写…）. The text inside may hold other brackets.
  const prompt = '[ \\t　]*(?:(?:请|此处|在此|这里)[ \\t　]*(?:填写|填入|输入|补充|替换)|填写|填入)';
  const promptPatterns = [
    new RegExp(`【${prompt}[^\\n【】]*】`, 'g'),
    new RegExp(`(?<![0-9A-Za-z])\\\\?\\[${prompt}[^\\n\\[\\]]*\\\\?\\]`, 'g'),
    new RegExp(`[（(]${prompt}[^\\n（）()]*[)）]`, 'g'),
  ];
  for (const pattern of promptPatterns) {
    add(pattern, (match) => ({
      what: `还有模板里的填写提示“${match[0].replace(/\\/g, '')}”。`,
      fix: '请把整个括号连同里面的提示换成实际内容。',
    }));
  }
  add(/【[ \t\u3000.。…·_＿xX×\-—]*】/g, (match) => ({
    what: `还有没填写的空括号“${match[0]}”。`,
    fix: '请在括号的位置写上实际内容，再删掉括号。',
  }));
  add(/(?<![A-Za-z0-9])(?:[xX]{2,}|[×Ｘｘ]{2,})(?![A-Za-z0-9])/g, (match) => {
    const shown = withContext(text, match.index, match[0].length);
    return {
      what: `还有模板里的“${shown}”没有替换。`,
      fix: `请把“${match[0]}”换成实际的名称（例如县名、乡镇名、单位或部队名称）。`,
    };
  });
  add(/(?<![A-Za-z0-9])[xX×Ｘ](?=[年月日号])/g, (match) => ({
    what: `还有没填写的日期“${withContext(text, match.index, 1).slice(0, 2)}”。`,
    fix: '请写上实际的月份或日期。',
  }));
  add(/(?:\\?[_＿]){3,}/g, (match) => {
    const { line } = positionOf(scan, match.index);
    const lineText = text.slice(scan.lineStarts[line - 1], scan.lineStarts[line] ?? text.length);
    // A line of only underscores is a Markdown horizontal rule, not a blank to fill.
    if (/^[ \t]*(?:_[ \t]*){3,}\n?$/.test(lineText)) return null;
    return {
      what: '有一段下划线“___”，这是模板里要填写的空。',
      fix: '请在这里填上实际内容，再删掉下划线。',
    };
  });
  // `20**年`, `**社区`: asterisks standing in for a year or a name (in MDX text they are escaped, `\*\*`).
  add(/(?:(?:19|20)(?:\\?\*){2}(?=\s*年)|(?<!\*)(?:\\\*){2,}(?!\*))/g, (match) => ({
    what: `还有模板里的“${withContext(text, match.index, match[0].length).replace(/\\/g, '')}”没有替换。`,
    fix: '请把星号“**”换成实际的年份或名称。',
  }));
  add(/某某/g, () => ({
    what: '还有模板里的“某某”没有替换。',
    fix: '请写上真实的名称；如果是有意不写姓名，请改成“一位老党员”这样的说法。',
  }));
  add(/(?<![A-Za-z])(?:TODO|FIXME|TBD)(?![A-Za-z])/g, (match) => ({
    what: `还有没写完的标记“${match[0]}”。`,
    fix: `请把这里补充完整，再删掉“${match[0]}”。`,
  }));

  // The 待确认 marker lives in comments.
  for (const match of scan.comments.matchAll(/待确认[：:][^\n]*/g)) {
    hits.push({
      index: match.index,
      length: match[0].length,
      rule: 'unconfirmed',
      what: `标着“待确认”：${
        match[0]
          .replace(/^待确认[：:]\s*/, '')
          .replace(/\s*(?:\*\/\}|-->)?\s*$/, '')
          .replace(/[。.]$/, '') || '这里的内容需要人工核对'
      }。`,
      fix: '请核对这个值，确认无误后删掉这一行末尾从 # 开始的“待确认”注释。',
    });
  }
  return hits;
}

/** The Chinese label of a top-level field, from the schema of the file being linted. */
export type FieldLabeler = (field: string) => string | undefined;

function fieldLabel(field: string | undefined, labelOf: FieldLabeler): string {
  if (!field) return '';
  const label = labelOf(field);
  return label ? `${label} ${field}` : field;
}

function lint(text: string, file: string, yamlOnly: boolean, labelOf: FieldLabeler = () => undefined): Finding[] {
  const normalized = foldForMatching(text.replace(/\r\n?/g, '\n'));
  const scan = scanText(normalized, yamlOnly);
  const hits = [...numberHits(scan), ...placeholderHits(scan)].sort((a, b) => a.index - b.index);
  return hits.map((hit) => {
    const { line, column } = positionOf(scan, hit.index);
    const field = scan.fields[line - 1];
    const where = field ? `第${line}行（${fieldLabel(field, labelOf)}）` : `第${line}行`;
    const finding: Finding = {
      file,
      line,
      column,
      rule: hit.rule,
      severity: 'error',
      message: `${where}${hit.what}`,
      fix: hit.fix,
    };
    if (field) finding.field = field;
    return finding;
  });
}

/**
 * Lint the raw text of a content file. For `.mdx`/`.md` files the frontmatter between the first
 * two `---` lines is read as YAML and the rest as the body; `.yaml`/`.yml` files are YAML
 * throughout (so `site.yaml`'s contact block is recognised).
 */
export function lintContentText(text: string, file: string, labelOf?: FieldLabeler): Finding[] {
  return lint(text, file, /\.ya?ml$/i.test(file), labelOf);
}

/** Lint a YAML data file (site.yaml, units.yaml, observances.yaml) whatever its name. */
export function lintYamlText(text: string, file: string, labelOf?: FieldLabeler): Finding[] {
  return lint(text, file, true, labelOf);
}

/** One finding as staff read it: where, what, how to fix. */
export function formatFinding(finding: Finding): string {
  const where = finding.line ? `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}` : finding.file;
  const level = finding.severity === 'error' ? '错误' : '提醒';
  return `${where}\n  ${level}：${finding.message}\n  怎么改：${finding.fix}`;
}
