/** Policies for a reader: the ones in force (or coming) first and counted; lapsed ones apart, for reference. */
import { isLapsed, policyState, type PolicyDates } from './policy-status.ts';
import type { IsoDate } from '../model/dates.ts';

export interface PolicyGroups<T> {
  /** In force, or not yet in force: what a reader can still apply for. */
  current: T[];
  /** 已失效 (expired or superseded): kept for reference, never counted as applying. */
  lapsed: T[];
}

export function splitLapsed<T>(policies: readonly T[], datesOf: (policy: T) => PolicyDates, today: IsoDate): PolicyGroups<T> {
  const groups: PolicyGroups<T> = { current: [], lapsed: [] };
  for (const policy of policies) (isLapsed(policyState(datesOf(policy), today)) ? groups.lapsed : groups.current).push(policy);
  return groups;
}
