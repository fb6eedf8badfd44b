import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAt } from './backoff.ts';

const now = new Date('2026-07-01T00:00:00Z');
const minutesAfter = (attempts: number) => (nextAttemptAt(attempts, now, () => 0)!.getTime() - now.getTime()) / 60_000;

describe('retry backoff', () => {
  it('waits 1, 5, 30 and 120 minutes after the 1st to 4th failure, then parks', () => {
    expect([1, 2, 3, 4].map(minutesAfter)).toEqual([1, 5, 30, 120]);
    expect(nextAttemptAt(5, now)).toBeNull();
    expect(MAX_ATTEMPTS).toBe(5);
  });

  it('adds at most 10 % jitter, never less than the delay', () => {
    const late = nextAttemptAt(2, now, () => 0.999)!.getTime() - now.getTime();
    expect(late).toBeGreaterThan(5 * 60_000);
    expect(late).toBeLessThanOrEqual(5.5 * 60_000);
  });
});
