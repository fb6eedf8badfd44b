import { describe, expect, it } from 'vitest';
import { maskName } from '../personal/masking.ts';
import { DEFAULT_SERVICE_POLICY as policy } from './default-policy.ts';
import { servicePolicyOn } from './policies.ts';
import { addMonths, cardEligibility, contactDueOn, requestDueOn } from './rules.ts';

describe('talent service rules', () => {
  it('adds months, falling back to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('dues a contact by the tier’s cadence and a request by its kind’s deadline', () => {
    expect(contactDueOn(policy, 'tuofeng', '2026-01-16')).toBe('2026-04-16');
    expect(contactDueOn(policy, 'basic', '2026-01-16')).toBe('2027-01-16');
    // A tier the version no longer lists keeps the shortest cadence.
    expect(contactDueOn(policy, 'retired_tier', '2026-01-16')).toBe('2026-02-16');
    expect(requestDueOn(policy, 'medical_care', '2026-12-30')).toBe('2027-01-04');
  });

  it('gives a card by tier and time in service', () => {
    expect(cardEligibility(policy, 'leading', '2026-12-01', '2026-12-01')).toEqual({ ok: true });
    expect(cardEligibility(policy, 'basic', '2026-01-31', '2026-12-01')).toEqual({
      ok: false,
      reason: 'too_early',
      eligibleOn: '2027-01-31',
    });
    const noCard = { ...policy, tiers: policy.tiers.map((t) => ({ ...t, cardAfterMonths: null })) };
    expect(cardEligibility(noCard, 'leading', '2020-01-01', '2026-12-01')).toEqual({
      ok: false,
      reason: 'tier_not_eligible',
    });
  });

  it('finds the version in force, the built-in one before any', () => {
    const later = { ...policy, policyId: 'svp_later', effectiveFrom: '2027-06-01' };
    expect(servicePolicyOn([policy, later], '2027-05-31').policyId).toBe('default');
    expect(servicePolicyOn([policy, later], '2027-06-01').policyId).toBe('svp_later');
  });

  it('masks every character of a name but the first', () => {
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('Anna Li')).toBe('A*** **');
  });
});
