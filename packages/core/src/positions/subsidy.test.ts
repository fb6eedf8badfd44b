import { describe, expect, it } from 'vitest';
import type { SubsidyPolicyView } from '../subsidy-policies/subsidy-policies.schema.ts';
import { housingSubsidyFor } from './subsidy.ts';

const policy = (policyId: string, effectiveFrom: string, scale: number): SubsidyPolicyView => ({
  policyId,
  name: `${effectiveFrom} 版`,
  effectiveFrom,
  yearsRequired: 5,
  amounts: {
    senior: { prefecture: 300_000_00 * scale, highTechZone: 400_000_00 * scale },
    master: { prefecture: 150_000_00 * scale, highTechZone: 200_000_00 * scale },
    bachelor: { prefecture: null, highTechZone: 50_000_00 * scale },
  },
  createdAt: '2024-01-01T00:00:00.000Z',
});
const POLICIES = [policy('sbp_2025', '2025-01-01', 2), policy('sbp_2023', '2023-01-01', 1)];

describe('housing subsidy of a position', () => {
  it('prices the required degree and those above it with the version in force, by zone', () => {
    const subsidy = housingSubsidyFor({ degreeLevel: 'master', inHighTechZone: false }, POLICIES, '2024-06-01');
    expect(subsidy).toEqual({
      policyId: 'sbp_2023',
      policyName: '2023-01-01 版',
      effectiveFrom: '2023-01-01',
      yearsRequired: 5,
      zone: 'prefecture',
      amountFen: 150_000_00,
      byDegree: [
        { degreeLevel: 'master', amountFen: 150_000_00 },
        { degreeLevel: 'phd', amountFen: 300_000_00 },
      ],
    });
    const zone = housingSubsidyFor({ degreeLevel: 'phd', inHighTechZone: true }, POLICIES, '2024-06-01');
    expect(zone).toMatchObject({ zone: 'high_tech_zone', amountFen: 400_000_00 });
    expect(zone?.byDegree).toHaveLength(1);
  });
  it('takes the newer version from its effective date on', () => {
    const on = (today: string) => housingSubsidyFor({ degreeLevel: 'master', inHighTechZone: true }, POLICIES, today);
    expect(on('2024-12-31')).toMatchObject({ policyId: 'sbp_2023', amountFen: 200_000_00 });
    expect(on('2025-01-01')).toMatchObject({ policyId: 'sbp_2025', amountFen: 400_000_00 });
  });
  it('says 0 fen where the table pays nothing, and nothing before the first version', () => {
    const bachelor = housingSubsidyFor({ degreeLevel: 'bachelor', inHighTechZone: false }, POLICIES, '2024-06-01');
    expect(bachelor?.amountFen).toBe(0);
    expect(bachelor?.byDegree.map((d) => d.degreeLevel)).toEqual(['bachelor', 'master', 'phd']);
    expect(housingSubsidyFor({ degreeLevel: 'phd', inHighTechZone: false }, POLICIES, '2022-12-31')).toBeNull();
  });
});
