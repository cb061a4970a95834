/** What the 大事记 pages show: every report, plan and honour as a timeline event, made once per build. */
import { published, isoDate, getUnits, oncePerBuild } from './content.ts';
import { buildTimeline, type TimelineEvent } from '../lib/timeline.ts';
import { entryUrl } from '../model/urls.ts';
import { LIST_PAGE_SIZE } from '../model/index.ts';
import { timelineYearIndex, timelineYearPageCount } from '../lib/timeline-pages.ts';
import { pageCacheKey } from './page-cache-key.ts';

export const timelineOverview = oncePerBuild(async () => {
  const [reports, plans, cases, units] = await Promise.all([published('reports'), published('plans'), published('cases'), getUnits()]);
  const events: TimelineEvent[] = [
    ...reports.map((r) => ({
      kind: 'report' as const,
      date: isoDate(r.data.date),
      title: r.data.title,
      url: entryUrl('reports', r.id),
      units: [...new Set([r.data.unit, ...r.data.units])],
      detail: r.data.type,
    })),
    ...plans.map((p) => ({
      kind: 'plan' as const,
      date: isoDate(p.data.date),
      title: p.data.title,
      url: entryUrl('plans', p.id),
      units: [p.data.unit],
      detail: p.data.kind,
    })),
    ...cases.flatMap((c) =>
      c.data.honors.map((h) => ({
        kind: 'honour' as const,
        date: String(h.year),
        title: `${c.data.name}获“${h.title}”`,
        url: entryUrl('cases', c.id),
        units: [c.data.unit],
        ...(h.by ? { detail: h.by } : {}),
      })),
    ),
  ];
  return { events: Object.freeze(events), timeline: buildTimeline(events), units };
});

/**
 * Every page of every year's 大事记 (/timeline/2025/, /timeline/2025/page/2/ …) with what it is
 * rendered from and its cache key: a year's pages render again only when its events, the index of
 * years or the units change.
 */
export const timelinePages = oncePerBuild(async () => {
  const { timeline, units } = await timelineOverview();
  const years = timelineYearIndex(timeline);
  return timeline.flatMap((year) =>
    Array.from({ length: timelineYearPageCount(year, LIST_PAGE_SIZE) }, (_, index) => {
      const props = { years, units, year, page: index + 1 };
      return { props, cacheKey: pageCacheKey(props) };
    }),
  );
});
