/**
 * Progressive enhancement: the build wrote 还有 N 天, 已过, 本月 and plan task statuses for the
 * build day; this rewrites them for the day the page is read. Without JavaScript the built text
 * stays. The rules are the build's own (src/lib/relative-dates.ts).
 */
import {
  isCurrentMonth,
  isPast,
  isSoon,
  nextIndexes,
  readerToday,
  taskStatusOn,
  untilText,
  TASK_STATUS_TAG,
  type UntilStyle,
} from '../lib/relative-dates.ts';
import { TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '../lib/plan-progress.ts';

const today = readerToday();
const all = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  [...root.querySelectorAll<T & Element>(selector)] as T[];

// Lists of what comes next (近期纪念日): show the first N still to come.
for (const list of all('[data-upcoming]')) {
  const items = all('[data-date]', list);
  const keep = new Set(
    nextIndexes(
      items.map((item) => item.dataset.date!),
      today,
      Number(list.dataset.upcoming),
    ),
  );
  items.forEach((item, index) => {
    item.hidden = !keep.has(index);
  });
}

// The calendar's 下一个纪念日 notice follows the first entry still to come.
for (const notice of all('[data-next-observance]')) {
  const next = all('[data-observance-date]').find((item) => !isPast(item.dataset.observanceDate!, today));
  if (!next) {
    notice.hidden = true;
    continue;
  }
  const date = next.dataset.observanceDate!;
  const set = (name: string, text: string) => {
    const el = notice.querySelector(`[data-next-${name}]`);
    if (el) el.textContent = text;
  };
  set('name', next.dataset.name ?? '');
  set('date', next.dataset.dateLabel ?? date);
  set('weekday', next.dataset.weekday ?? '');
  notice.querySelector('time')?.setAttribute('datetime', date);
  notice.querySelector('[data-until]')?.setAttribute('data-until', date);
}

for (const el of all('[data-until]'))
  el.textContent = untilText(el.dataset.until!, today, (el.dataset.untilStyle ?? 'paren') as UntilStyle);
for (const el of all('[data-past-badge]')) el.hidden = !isPast(el.dataset.pastBadge!, today);
for (const el of all('[data-observance-date]')) el.classList.toggle('current', isSoon(el.dataset.observanceDate!, today));

// Plan timeline: the current month, and its 本月 badge (one on the page, moved there).
for (const months of all('[data-plan-months]')) {
  all('[data-month-badge]', months).forEach((badge) => badge.remove());
  for (const item of all('li', months)) {
    const time = item.querySelector(':scope > time');
    const current = !!time && isCurrentMonth(time.getAttribute('datetime') ?? '', today);
    item.classList.toggle('current', current);
    if (current) {
      item.setAttribute('aria-current', 'date');
      const badge = Object.assign(document.createElement('span'), { className: 'tag tag-warn', textContent: '本月' });
      badge.dataset.monthBadge = '';
      time.after(' ', badge);
    } else item.removeAttribute('aria-current');
  }
}

// Plan tasks: status from the period and today; done stays done.
const tasks = all('tr[data-period]');
if (tasks.length > 0) {
  const counts = Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as Record<TaskStatus, number>;
  for (const row of tasks) {
    const [start = '', end = ''] = (row.dataset.period ?? '').split(' ');
    const { status, label } = taskStatusOn({ start, end }, row.dataset.status === 'done', today);
    counts[status] += 1;
    row.dataset.status = status;
    const tag = row.querySelector('td .tag');
    if (tag) {
      tag.textContent = label;
      tag.className = ['tag', TASK_STATUS_TAG[status]].filter(Boolean).join(' ');
    }
  }
  for (const el of all('[data-status-count]')) {
    const status = el.dataset.statusCount as TaskStatus;
    el.textContent = `${TASK_STATUS_LABELS[status]} ${counts[status]}`;
  }
}
