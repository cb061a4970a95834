/**
 * 网站自查 over content as read for the content check: the 栏目 and list pages, site.yaml's
 * thresholds and 咨询建言 channel, the wording check and the 解读 ↔ 原文 notes. Shared by
 * `npm run inspect` and the summary at the end of every build. Pure.
 */
import type { CheckInput } from './content-check.ts';
import { inspect, type InspectionResult, type InspectionThresholds } from './inspection.ts';
import { siteColumns } from './inspection-columns.ts';
import { policyLinkNotes, wordingProblems } from './publish-checks.ts';

export function inspectContent(input: CheckInput, today: string): InspectionResult {
  const site = (input.site.data && typeof input.site.data === 'object' ? input.site.data : {}) as {
    inspection?: Partial<InspectionThresholds>;
    consult?: unknown;
  };
  const wording = wordingProblems(input);
  return inspect({
    today,
    columns: siteColumns(input.files),
    thresholds: site.inspection && typeof site.inspection === 'object' ? site.inspection : undefined,
    consult: typeof site.consult === 'string' ? site.consult : undefined,
    wording: wording.findings,
    confirmed: wording.confirmed,
    notes: policyLinkNotes(input),
  });
}
