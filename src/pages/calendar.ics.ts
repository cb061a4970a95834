import type { APIRoute } from 'astro';
import { getObservances, getSite, today } from '../data/content.ts';
import { observancesInYear, describeRule } from '../lib/observances.ts';
import { buildCalendarIcs } from '../lib/calendar-ics.ts';
import { observanceUrl } from '../model/urls.ts';

/** This year's and the next two years' observances, so a subscription stays useful between builds. */
export const GET: APIRoute = async () => {
  const [site, observances] = await Promise.all([getSite(), getObservances()]);
  const year = Number(today().slice(0, 4));
  const events = [year, year + 1, year + 2].flatMap((y) =>
    observancesInYear(observances, y).map(({ observance, date }) => ({
      uid: `${observance.id}-${date}`,
      date,
      title: observance.name,
      description: [
        describeRule(observance.rule),
        observance.description,
        observance.activities.length ? `通常开展：${observance.activities.join('、')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      url: observanceUrl(observance.id),
    })),
  );
  const body = buildCalendarIcs({ name: `${site.name}·纪念日`, baseUrl: site.baseUrl, events });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
