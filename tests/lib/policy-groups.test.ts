import { describe, expect, it } from 'vitest';
import { splitLapsed } from '../../src/lib/policy-groups.ts';

describe('splitLapsed', () => {
  it('keeps expired and superseded policies apart from those in force or coming', () => {
    const policies = [
      { id: 'new', expires: undefined, supersededBy: undefined, effective: '2026-01-01' },
      { id: 'old', supersededBy: 'new' },
      { id: 'ended', expires: '2025-12-31' },
      { id: 'coming', effective: '2027-01-01' },
    ];
    const { current, lapsed } = splitLapsed(policies, (policy) => policy, '2026-11-23');
    expect(current.map((policy) => policy.id)).toEqual(['new', 'coming']);
    expect(lapsed.map((policy) => policy.id)).toEqual(['old', 'ended']);
  });
});
