/**
 * Builds the demo site and the basic fixture once for the whole run; tests read their HTML
 * from tests/.tmp/<name>/dist. "Today" is frozen so statuses and calendars are deterministic.
 */
import { buildSite } from './helpers/build-site.ts';

export const DEMO_TODAY = '2026-11-23';
export const FIXTURE_TODAY = '2026-06-15';

export default async function setup() {
  await buildSite('basic', 'tests/fixtures/basic/content', { today: FIXTURE_TODAY });
  await buildSite('demo', 'content', { today: DEMO_TODAY });
}
