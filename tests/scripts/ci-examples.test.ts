/** The CI examples a county copies to its git host: valid YAML that installs, checks, builds and keeps dist/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const read = (name: string) => readFileSync(resolve(repoRoot, 'examples/ci', name), 'utf8');
const order = ['npm ci', 'npm run check:content', 'npm run build', 'npm run inspect'];

function expectInOrder(commands: string[], expected: readonly string[] = order) {
  const positions = expected.map((command) => commands.findIndex((line) => line.trim() === command));
  expect(
    positions.every((position) => position >= 0),
    commands.join(' | '),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe.each(['github-actions.yml', 'gitea-actions.yml'])('%s', (name) => {
  const workflow = parse(read(name)) as { on: unknown; jobs: Record<string, { steps: Step[]; env: Record<string, string> }> };
  const steps = Object.values(workflow.jobs)[0]!.steps;
  it('uses Node 24 from .nvmrc', () => {
    expect(readFileSync(resolve(repoRoot, '.nvmrc'), 'utf8').trim()).toBe('24');
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
  });
  it('installs, checks the content, builds, in that order', () => {
    expectInOrder(steps.flatMap((step) => (step.run ? [step.run] : [])));
  });
  it('keeps and deploys dist/ only after a successful build', () => {
    const build = steps.findIndex((step) => step.run === 'npm run build');
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload).toBeGreaterThan(build);
    expect((steps[upload] as Step & { if?: string }).if).toBe('success()');
    expect(read(name)).toMatch(/#\s+if: success\(\) && github\.ref == 'refs\/heads\/main'\n\s*#\s+run: rsync -a --delete dist\//);
  });
  it('runs 网站自查 last, after dist/ is saved, so a failed inspection still keeps the site', () => {
    const last = steps[steps.length - 1]!;
    expect(last.run).toBe('npm run inspect');
    expect(steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact'))).toBe(steps.length - 2);
  });
  it('uploads dist/ and downloads no browser', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toBe('dist/');
    expect(Object.values(workflow.jobs)[0]!.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).toBe('1');
    expect(read(name)).not.toMatch(/playwright install/);
  });
  it('also builds once a day, so date-dependent text follows the calendar', () => {
    const schedule = (workflow.on as { schedule?: { cron: string }[] }).schedule;
    expect(schedule?.length).toBe(1);
    // minute hour * * *: every day, once.
    expect(schedule![0]!.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
  });
});

describe('gitlab-ci.yml', () => {
  const pipeline = parse(read('gitlab-ci.yml')) as { image: string; site: { script: string[]; artifacts: { paths: string[] } } };
  it('runs on Node 24, installs, checks, builds and keeps dist/', () => {
    expect(pipeline.image).toMatch(/^node:24/);
    // 网站自查 runs in its own job (below), so the site job saves dist/ only when the build succeeded.
    expectInOrder(
      pipeline.site.script,
      order.filter((command) => command !== 'npm run inspect'),
    );
    expect(pipeline.site.artifacts.paths).toEqual(['dist/']);
    expect((pipeline.site.artifacts as { when?: string }).when).toBe('on_success');
  });
  it('runs for a pipeline schedule (a daily build set up under CI/CD → Schedules)', () => {
    const rules = (parse(read('gitlab-ci.yml')) as { workflow: { rules: { if: string }[] } }).workflow.rules;
    expect(rules.map((rule) => rule.if)).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(read('gitlab-ci.yml')).toMatch(/10 0 \* \* \*/);
  });
  it('runs 网站自查 in its own job after the site is built and saved', () => {
    const inspect = (parse(read('gitlab-ci.yml')) as { inspect: { needs: string[]; script: string[]; stage: string } }).inspect;
    expect(inspect.needs).toEqual(['site']);
    expect(inspect.script).toContain('npm run inspect');
    expect(inspect.stage).toBe('test');
  });
});

/** The build cache a rebuild reuses: SITE_CACHE_DIR (astro.config.mjs's cacheDir), kept between runs. */
describe('the CI examples keep the build cache between runs', () => {
  const covered = (dir: string, paths: string[]) =>
    paths.some((path) => {
      const prefix = path.replace(/\/$/, '');
      return dir === prefix || dir.startsWith(`${prefix}/`);
    });
  it('astro.config.mjs takes its cache folder from SITE_CACHE_DIR', () => {
    expect(readFileSync(resolve(repoRoot, 'astro.config.mjs'), 'utf8')).toMatch(
      /cacheDir: buildCacheDir\(.*process\.env\.SITE_CACHE_DIR\)/,
    );
  });
  it.each(['github-actions.yml', 'gitea-actions.yml'])('%s restores a cache over SITE_CACHE_DIR before npm run build', (name) => {
    const job = Object.values((parse(read(name)) as { jobs: Record<string, { steps: Step[]; env: Record<string, string> }> }).jobs)[0]!;
    const dir = job.env.SITE_CACHE_DIR ?? '';
    expect(dir).not.toBe('');
    expect(dir.startsWith('node_modules'), 'npm ci deletes node_modules/').toBe(false);
    const cache = job.steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    const build = job.steps.findIndex((step) => step.run === 'npm run build');
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(cache).toBeLessThan(build);
    const step = job.steps[cache]!;
    expect(covered(dir, (typeof step.with?.path === 'string' ? step.with.path : '').split('\n').filter(Boolean))).toBe(true);
    // A new key every run saves the newest cache; restore-keys finds the last one.
    expect(String(step.with?.key)).toMatch(/\$\{\{ github\.run_id \}\}/);
    expect(String(step.with?.['restore-keys'])).not.toBe('');
  });
  it('gitlab-ci.yml names SITE_CACHE_DIR among its cache paths', () => {
    const pipeline = parse(read('gitlab-ci.yml')) as { variables: Record<string, string>; cache: { paths: string[] } };
    const dir = (pipeline.variables.SITE_CACHE_DIR ?? '').replace(/^\$CI_PROJECT_DIR\//, '');
    expect(dir).not.toBe('');
    expect(covered(dir, pipeline.cache.paths)).toBe(true);
    expect(covered('.npm', pipeline.cache.paths)).toBe(true);
  });
});

describe('commits from the browser editor', () => {
  it('Gitea Actions checks and builds every push to main and to the editor workflow branches (cms/…)', () => {
    const workflow = parse(read('gitea-actions.yml')) as { on: { push: { branches: string[] }; pull_request: unknown } };
    expect(workflow.on.push.branches).toEqual(['main', 'cms/**']);
    expect('pull_request' in workflow.on).toBe(true);
  });
  it('GitLab CI runs for the default branch, merge requests and the editor workflow branches (cms/…)', () => {
    const rules = (parse(read('gitlab-ci.yml')) as { workflow: { rules: { if: string }[] } }).workflow.rules.map((rule) => rule.if);
    expect(rules).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(rules).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(rules).toContain('$CI_COMMIT_BRANCH =~ /^cms\\//');
  });
});
