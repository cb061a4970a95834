/**
 * npm run check:content — checks everything staff wrote before it is published: fields,
 * references, photos, review, personal data and unfilled template text. Exits 1 on any problem.
 *
 *   npm run check:content            checks content/ (or SITE_CONTENT_DIR)
 *   npm run check:content -- --json  machine-readable findings
 */
import { contentRoot } from '../src/lib/content-root.ts';
import { formatFindings } from '../src/lib/content-check.ts';
import { findGateProblems } from '../src/integration/gate.ts';

const root = contentRoot();
const findings = await findGateProblems(root, process.cwd());
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(findings, null, 2));
} else {
  console.log(findings.length === 0 ? `✔ 内容检查通过（${root}）。` : formatFindings(findings));
}
process.exitCode = findings.some((finding) => finding.severity === 'error') ? 1 : 0;
