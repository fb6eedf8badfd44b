import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { conflictDelayMs, isConflict, retryOnConflict } from './retry.ts';

const conflict = () => new DomainError('conflict', 'lost a race');

/** A run that loses `losses` races and then answers with the attempt it was given. */
function losing(losses: number, error: () => unknown = conflict) {
  const attempts: number[] = [];
  const run = async (attempt: number) => {
    attempts.push(attempt);
    if (attempts.length <= losses) throw error();
    return `won on ${attempt}`;
  };
  return { run, attempts };
}

describe('conflictDelayMs', () => {
  it('waits in the upper half of a window that doubles from 10 ms', () => {
    expect([conflictDelayMs(1, () => 0), conflictDelayMs(1, () => 1)]).toEqual([5, 10]);
    expect([conflictDelayMs(2, () => 0), conflictDelayMs(2, () => 1)]).toEqual([10, 20]);
    expect([conflictDelayMs(4, () => 0), conflictDelayMs(4, () => 1)]).toEqual([40, 80]);
  });

  it('never waits longer than 250 ms, however often the request lost', () => {
    expect(conflictDelayMs(6, () => 1)).toBe(250);
    expect(conflictDelayMs(40, () => 1)).toBe(250);
    expect(conflictDelayMs(40, () => 0)).toBe(125);
  });

  it('spreads writers that lost together over the window', () => {
    const waits = new Set(Array.from({ length: 20 }, () => conflictDelayMs(3)));
    expect(waits.size).toBeGreaterThan(1);
    for (const wait of waits) expect(wait >= 20 && wait <= 40).toBe(true);
  });
});

describe('retryOnConflict', () => {
  it('runs again after a lost race, telling each run which attempt it is', async () => {
    const { run, attempts } = losing(2);
    expect(await retryOnConflict(run, { attempts: 5 })).toBe('won on 2');
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('stops after the given number of runs and throws the last run’s error by default', async () => {
    const { run, attempts } = losing(10);
    const thrown = await retryOnConflict(run, { attempts: 3 }).catch((error: unknown) => error);
    expect(attempts).toEqual([0, 1, 2]);
    expect(isConflict(thrown)).toBe(true);
    expect((thrown as Error).message).toBe('lost a race');
  });

  it('throws what `exhausted` makes of the last error instead, when given', async () => {
    const { run } = losing(10);
    const busy = new DomainError('conflict', 'Busy; try again');
    await expect(retryOnConflict(run, { attempts: 2, exhausted: () => busy })).rejects.toBe(busy);
  });

  it('ends at once on a failure that is no lost race', async () => {
    const refusal = new DomainError('no_seats_left', 'No seat is free');
    const { run, attempts } = losing(10, () => refusal);
    await expect(retryOnConflict(run, { attempts: 5, exhausted: () => new Error('not this') })).rejects.toBe(refusal);
    expect(attempts).toEqual([0]);
  });

  it('takes what the caller counts as a lost race', async () => {
    class Lost extends Error {}
    const lost = losing(1, () => new Lost());
    expect(await retryOnConflict(lost.run, { attempts: 2, retryable: (e) => e instanceof Lost })).toBe('won on 1');
    // A plain conflict is then no longer retried.
    const plain = losing(1);
    const onlyLost = (e: unknown) => e instanceof Lost;
    await expect(retryOnConflict(plain.run, { attempts: 2, retryable: onlyLost })).rejects.toThrow('lost a race');
    expect(plain.attempts).toEqual([0]);
  });

  it('runs once when one attempt is allowed', async () => {
    const { run, attempts } = losing(1);
    await expect(retryOnConflict(run, { attempts: 1 })).rejects.toThrow('lost a race');
    expect(attempts).toEqual([0]);
  });
});
