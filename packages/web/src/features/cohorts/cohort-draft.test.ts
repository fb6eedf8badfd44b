import { describe, expect, it } from 'vitest';
import { emptyCohort, proposedSummer } from './cohort-draft';

describe('a new cohort’s proposed dates', () => {
  it('are this summer’s while its registration is ahead, else next summer’s', () => {
    expect(proposedSummer(new Date('2026-03-01T00:00:00+08:00'))).toBe(2026);
    expect(proposedSummer(new Date('2026-06-30T17:59:00+08:00'))).toBe(2026);
    expect(proposedSummer(new Date('2026-06-30T18:00:00+08:00'))).toBe(2027);
    expect(proposedSummer(new Date('2026-12-05T12:00:00+08:00'))).toBe(2027);
    // New Year's Eve in UTC is already the new year in Beijing.
    expect(proposedSummer(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });

  it('close registration before the programme starts', () => {
    const draft = emptyCohort(2027);
    expect([draft.opensAt, draft.closesAt, draft.startsOn, draft.endsOn]).toEqual([
      '2027-05-01T09:00',
      '2027-06-30T18:00',
      '2027-08-01',
      '2027-08-31',
    ]);
  });
});
