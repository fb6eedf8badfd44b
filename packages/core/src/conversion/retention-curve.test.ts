import { describe, expect, it } from 'vitest';
import { zero } from './dashboard.ts';
import { retentionPoints } from './retention-curve.ts';

describe('retention curve points', () => {
  it('splits everyone onboarded into confirmed, left and pending for each year reached', () => {
    // The 2024 cohort as the issue saw it: 46 confirmed for year 1, nobody for year 2 yet, 26 of them still in service.
    const counts = { ...zero(), onboarded: 60, retainedY1: 46, leftBeforeY1: 4, leftBeforeY2: 20 };
    expect(retentionPoints(counts, '2024-08-09', '2026-12-02')).toEqual({
      retainedByYear: [46, 0, null, null, null],
      leftByYear: [4, 24, null, null, null],
      pendingByYear: [10, 36, null, null, null],
    });
  });

  it('reaches year n on the n-th anniversary of the end, not a day before', () => {
    const counts = { ...zero(), onboarded: 3 };
    expect(retentionPoints(counts, '2024-07-31', '2025-07-30').pendingByYear).toEqual([null, null, null, null, null]);
    expect(retentionPoints(counts, '2024-07-31', '2025-07-31').pendingByYear).toEqual([3, null, null, null, null]);
  });
});
