/** Whether a policy is in force on a given day: staff set dates, the site says 已失效 by itself. */
import type { IsoDate } from '../model/dates.ts';

export type PolicyState = 'in-force' | 'not-yet' | 'expired' | 'superseded';

export const POLICY_STATE_LABELS: Record<PolicyState, string> = {
  'in-force': '现行有效',
  'not-yet': '尚未生效',
  expired: '已失效',
  superseded: '已失效',
};

export interface PolicyDates {
  effective?: IsoDate | undefined;
  expires?: IsoDate | undefined;
  supersededBy?: string | undefined;
}

export function policyState(policy: PolicyDates, today: IsoDate): PolicyState {
  if (policy.supersededBy) return 'superseded';
  if (policy.expires && policy.expires < today) return 'expired';
  if (policy.effective && policy.effective > today) return 'not-yet';
  return 'in-force';
}

export function isLapsed(state: PolicyState): boolean {
  return state === 'expired' || state === 'superseded';
}
