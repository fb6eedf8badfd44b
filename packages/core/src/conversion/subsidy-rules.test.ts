import { describe, expect, it } from 'vitest';
import type { SubsidyPolicyView } from '../subsidy-policies/subsidy-policies.schema.ts';
import {
  addYears,
  categoryOf,
  confirmationsAhead,
  eligibility,
  forecastLiability,
  policyInForce,
} from './subsidy-rules.ts';

const yuan = (n: number) => n * 100;
const policy = (policyId: string, effectiveFrom: string, seniorZone = 700_000): SubsidyPolicyView => ({
  policyId,
  name: policyId,
  effectiveFrom,
  yearsRequired: 5,
  createdAt: '2024-01-01T00:00:00Z',
  amounts: {
    senior: { prefecture: yuan(500_000), highTechZone: yuan(seniorZone) },
    master: { prefecture: yuan(400_000), highTechZone: yuan(400_000) },
    bachelor: { prefecture: null, highTechZone: yuan(100_000) },
  },
});
const P2023 = policy('p2023', '2023-01-01');
const P2030 = policy('p2030', '2030-01-01', 800_000);
const allYears = [1, 2, 3, 4, 5].map((year) => ({ year, stillEmployed: true }));

describe('housing subsidy eligibility', () => {
  it('pays per the table after five confirmed years with a home bought', () => {
    const e = eligibility(
      {
        onboardedOn: '2024-07-15',
        category: 'senior',
        zone: 'high_tech_zone',
        confirmations: allYears,
        homeBoughtOn: '2026-05-01',
      },
      [P2023],
    );
    expect(e).toEqual({
      eligible: true,
      dueOn: '2029-07-15',
      policyId: 'p2023',
      amountFen: yuan(700_000),
      missing: [],
    });
    expect(
      eligibility(
        {
          onboardedOn: '2024-07-15',
          category: 'master',
          zone: 'prefecture',
          confirmations: allYears,
          homeBoughtOn: '2026-05-01',
        },
        [P2023],
      ).amountFen,
    ).toBe(yuan(400_000));
  });

  it('uses the version in force at the fifth anniversary, not at onboarding', () => {
    const e = eligibility(
      {
        onboardedOn: '2025-03-01',
        category: 'senior',
        zone: 'high_tech_zone',
        confirmations: allYears,
        homeBoughtOn: '2027-01-01',
      },
      [P2023, P2030],
    );
    expect(e.policyId).toBe('p2030');
    expect(e.amountFen).toBe(yuan(800_000));
  });

  it('refuses a gap in the years, a missing home and a bachelor outside the zone', () => {
    const gap = [1, 2, 4, 5].map((year) => ({ year, stillEmployed: true }));
    expect(
      eligibility(
        {
          onboardedOn: '2024-07-15',
          category: 'master',
          zone: 'prefecture',
          confirmations: gap,
          homeBoughtOn: '2026-01-01',
        },
        [P2023],
      ).missing,
    ).toEqual(['years_not_confirmed']);
    expect(
      eligibility({ onboardedOn: '2024-07-15', category: 'master', zone: 'prefecture', confirmations: allYears }, [
        P2023,
      ]).missing,
    ).toEqual(['no_home']);
    expect(
      eligibility(
        {
          onboardedOn: '2024-07-15',
          category: 'bachelor',
          zone: 'prefecture',
          confirmations: allYears,
          homeBoughtOn: '2026-01-01',
        },
        [P2023],
      ).missing,
    ).toEqual(['category_not_covered']);
    expect(eligibility({ category: 'master', zone: 'prefecture', confirmations: [] }, [P2023]).missing).toEqual([
      'not_onboarded',
    ]);
  });

  it('places PhDs in the senior row unless a title says otherwise and handles 29 February', () => {
    expect(categoryOf('phd')).toBe('senior');
    expect(categoryOf('master', 'senior')).toBe('senior');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(policyInForce([P2023, P2030], '2029-12-31')?.policyId).toBe('p2023');
  });
});

describe('liability forecast', () => {
  const buckets = [
    { dueOn: '2027-07-01', category: 'master' as const, zone: 'prefecture' as const, count: 10 },
    { dueOn: '2029-07-01', category: 'senior' as const, zone: 'high_tech_zone' as const, count: 2 },
    { dueOn: '2030-07-01', category: 'senior' as const, zone: 'high_tech_zone' as const, count: 1 },
    { dueOn: '2026-01-01', category: 'master' as const, zone: 'prefecture' as const, count: 50 },
  ];

  it('prices each year with the version in force at the due date, if retention holds', () => {
    const rows = forecastLiability(buckets, [P2023, P2030], '2026-11-30', 1);
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(rows.map((r) => r.people)).toEqual([0, 10, 0, 2, 1]);
    expect(rows[1]!.ifRetentionHoldsFen).toBe(10 * yuan(400_000));
    expect(rows[3]!.ifRetentionHoldsFen).toBe(2 * yuan(700_000));
    expect(rows[4]!.ifRetentionHoldsFen).toBe(yuan(800_000));
    expect(rows.map((r) => r.atObservedRateFen)).toEqual(rows.map((r) => r.ifRetentionHoldsFen));
  });

  it('discounts by the observed rate once per confirmation still ahead', () => {
    expect(confirmationsAhead('2026-11-30', '2027-07-01')).toBe(1);
    expect(confirmationsAhead('2026-11-30', '2029-07-01')).toBe(3);
    const rows = forecastLiability(buckets, [P2023], '2026-11-30', 0.8);
    expect(rows[1]!.atObservedRateFen).toBe(Math.round(10 * yuan(400_000) * 0.8));
    expect(rows[3]!.atObservedRateFen).toBe(Math.round(2 * yuan(700_000) * 0.8 ** 3));
  });

  it('changes when a new policy version is added, without any other change', () => {
    const before = forecastLiability(buckets, [P2023], '2026-11-30', 1);
    const after = forecastLiability(buckets, [P2023, policy('p2028', '2028-01-01', 900_000)], '2026-11-30', 1);
    expect(after[3]!.ifRetentionHoldsFen).toBe(2 * yuan(900_000));
    expect(before[3]!.ifRetentionHoldsFen).toBe(2 * yuan(700_000));
    expect(after[1]).toEqual(before[1]);
  });
});
