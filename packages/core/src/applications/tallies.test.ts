import { describe, expect, it } from 'vitest';
import { moveDelta } from './tallies.ts';
import { toRow } from './tallies-read.ts';

describe('what a move counts', () => {
  it('times an offer from the position’s publication, in whole seconds', () => {
    expect(moveDelta('offered', { publishedAt: '2026-03-01T00:00:00.000Z' }, '2026-03-03T12:00:00.400Z')).toEqual({
      offers: 1,
      offerSeconds: 216_000,
      offersTimed: 1,
    });
  });

  it('counts an offer it cannot time without a time', () => {
    expect(moveDelta('offered', {}, '2026-03-03T12:00:00.000Z')).toEqual({ offers: 1 });
  });

  it('counts shortlistings and acceptances, and nothing else', () => {
    expect(moveDelta('shortlisted', {}, '2026-03-03T12:00:00.000Z')).toEqual({ shortlisted: 1 });
    expect(moveDelta('accepted', {}, '2026-03-03T12:00:00.000Z')).toEqual({ acceptances: 1 });
    for (const to of ['interview', 'rejected', 'declined', 'withdrawn'] as const)
      expect(moveDelta(to, {}, '2026-03-03T12:00:00.000Z')).toEqual({});
  });
});

describe('a row of numbers', () => {
  const zero = {
    positions: 0,
    headcount: 0,
    applications: 0,
    shortlisted: 0,
    offers: 0,
    acceptances: 0,
    offerSeconds: 0,
    offersTimed: 0,
    writes: 0,
  };

  it('gives the exact mean days to an offer and the share of headcount filled', () => {
    const row = toRow('kuqa', {
      ...zero,
      headcount: 4,
      acceptances: 3,
      offers: 3,
      offerSeconds: 86_400 * 7,
      offersTimed: 2,
    });
    expect(row).toMatchObject({ group: 'kuqa', meanDaysToOffer: 3.5, filledShare: 0.75 });
  });

  it('has no mean before an offer and no share without headcount', () => {
    expect(toRow('all', zero)).toMatchObject({ meanDaysToOffer: null, filledShare: null });
  });
});
