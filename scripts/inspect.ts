/**
 * npm run inspect — 网站自查: per 栏目 the date of its latest entry and the days left before it
 * counts as 不更新, empty 栏目 and list pages, entries without a publish date, the wording check, and
 * whether a 咨询建言 channel is set. Exits 1 only on what would fail an inspection; the rest are warnings.
 *
 *   npm run inspect                   checks content/ (or SITE_CONTENT_DIR) as of today (or SITE_TODAY)
 *   npm run inspect -- --json         machine-readable result
 */
import { contentRoot } from '../src/lib/content-root.ts';
import { todayIso } from '../src/model/dates.ts';
import { formatInspection } from '../src/lib/inspection.ts';
import { inspectContent } from '../src/lib/site-inspection.ts';
import { readContent } from '../src/content-layer/read-content.ts';

let today: string;
try {
  today = todayIso();
} catch (error) {
  console.error(`出错了：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const result = inspectContent(readContent(contentRoot(), process.cwd()), today);
console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : formatInspection(result));
process.exitCode = result.passed ? 0 : 1;
