/**
 * The one gate: every content problem, for `npm run check:content` and for the build (which runs
 * it in astro:config:setup), so that whatever passes the check builds and whatever fails stops
 * both with the same Chinese message.
 *
 * On top of the frontmatter, reference and personal-data checks (content-problems.ts) it parses
 * every body as the build will (src/lib/mdx-body.ts), checks the entry set (src/lib/entry-rules.ts)
 * and decodes every photo (image-check.ts).
 */
import type { CheckInput, Finding } from '../lib/content-check.ts';
import { entryProblems } from '../lib/entry-rules.ts';
import { publishedProblems } from '../lib/published-date.ts';
import { todayIso } from '../model/dates.ts';
import { problemsIn } from '../content-layer/content-problems.ts';
import { imageProblems } from './image-check.ts';
import { readContent } from '../content-layer/read-content.ts';
import { freshChecks, type FileChecks } from './gate-memo.ts';

/** `checks`: the per-file checks, fresh or remembered from the last build (gate-memo.ts). */
export async function gateProblems(
  input: CheckInput,
  shownFrom: string = process.cwd(),
  checks: FileChecks = freshChecks,
): Promise<Finding[]> {
  const findings = problemsIn(input, checks.lint);
  const bodies = input.files.map((entry) => ({ entry, ...checks.body(entry.text, entry.file) }));
  for (const body of bodies) findings.push(...body.problems);
  findings.push(...entryProblems(input.files));
  findings.push(...publishedProblems(input.files, todayIso()));
  findings.push(
    ...(await imageProblems(
      bodies.map(({ entry, images }) => ({ entry, bodyImages: images })),
      shownFrom,
    )),
  );
  return findings;
}

/** Reads `root` and runs the gate over it. */
export async function findGateProblems(root: string, shownFrom: string = process.cwd()): Promise<Finding[]> {
  return gateProblems(readContent(root, shownFrom), shownFrom);
}
