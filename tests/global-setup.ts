/**
 * Builds the demo site and the basic fixture once for the whole run; tests read their HTML
 * from tests/.tmp/<name>/dist. "Today" is frozen so statuses and calendars are deterministic.
 */
import { buildSite } from './helpers/build-site.ts';

export const DEMO_TODAY = '2026-11-23';
export const FIXTURE_TODAY = '2026-08-15';

export default async function setup() {
  await buildSite('basic', 'tests/fixtures/basic/content', { today: FIXTURE_TODAY });
  // TEST_SKIP_DEMO=1 lets a developer iterate on fixture tests without rebuilding the demo.
  if (!process.env.TEST_SKIP_DEMO) await buildSite('demo', 'content', { today: DEMO_TODAY });
}
