/**
 * Builds the demo site, the basic and the education fixtures once for the whole run; tests read their HTML
 * from tests/.tmp/<name>/dist. "Today" is frozen so statuses and calendars are deterministic.
 *
 * It also builds the large site (2,000 synthetic entries, tests/helpers/large-site.ts) for the page
 * budget; its build time is printed.
 *
 * For a developer iterating on tests: TEST_SKIP_DEMO=1 skips the demo build, TEST_SKIP_LARGE=1 the
 * large site (its tests then fail), TEST_REUSE_BUILDS=1 reuses whatever tests/.tmp already holds.
 * CI sets none.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tmpRoot } from './helpers/build-site.ts';
import { buildPhotosSite } from './fixtures/photos/build.ts';
import { buildLargeSite, LARGE_SITE } from './helpers/large-site.ts';

export const DEMO_TODAY = '2026-11-23';
export const FIXTURE_TODAY = '2026-08-15';
/** 18 days before 全民国防教育日 (2026-09-19): the education fixture shows its featured band. */
export const EDUCATION_TODAY = '2026-09-01';
/** The education fixture's build, shared by the site and browser tests of 国防教育. */
export const EDUCATION_SITE = 'education';

const reuse = (name: string) => process.env.TEST_REUSE_BUILDS === '1' && existsSync(join(tmpRoot, name, 'dist', 'index.html'));

export default async function setup() {
  if (!reuse('basic')) await buildSite('basic', 'tests/fixtures/basic/content', { today: FIXTURE_TODAY });
  if (!reuse(EDUCATION_SITE)) await buildSite(EDUCATION_SITE, 'tests/fixtures/education/content', { today: EDUCATION_TODAY });
  // A lock left by an interrupted run (tests/helpers/build-site.ts); no worker runs yet.
  rmSync(join(tmpRoot, '.build-lock'), { recursive: true, force: true });
  if (!process.env.TEST_SKIP_DEMO && !reuse('demo')) await buildSite('demo', 'content', { today: DEMO_TODAY });
  if (!process.env.TEST_SKIP_LARGE && !reuse(LARGE_SITE))
    console.log(`large site (2,000 entries) built in ${(await buildLargeSite()).toFixed(0)} s`);
  // The phone-photo fixture (EXIF rotation and GPS); workers inherit the run id and reuse it.
  process.env.PHOTOS_SITE_RUN = String(process.pid);
  await buildPhotosSite();
}
