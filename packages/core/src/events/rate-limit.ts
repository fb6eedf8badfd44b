import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { retryingLockTimeouts } from './arrivals.ts';

/**
 * Public registration limits per minute. Production defaults allow a class registering from one
 * campus NAT at once while stopping a script; a stage or test run may set others through the env.
 */
export function RATE_LIMITS(env: NodeJS.ProcessEnv = process.env) {
  return {
    perClientPerMinute: positiveIntegerFrom(env, 'REGISTRATION_LIMIT_PER_CLIENT', 20),
    perEventPerMinute: positiveIntegerFrom(env, 'REGISTRATION_LIMIT_PER_EVENT', 600),
  };
}

/** A limit from the env, or its default when unset or not a positive whole number. */
export function positiveIntegerFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export interface WindowAllowance {
  key: string;
  limit: number;
  windowSeconds: number;
  /** What the 429 says. */
  refusal: string;
  now?: number;
}

/**
 * Takes one place from `key`'s allowance in the current fixed window, refusing past `limit` with 429
 * and the seconds until the window turns. One conditional update, so requests arriving together
 * cannot overshoot; old windows expire through the table's TTL. `giveBack` returns the place, for
 * limits that count only attempts that turn out wrong.
 */
export async function takeFromWindow({ key, limit, windowSeconds, refusal, now = Date.now() }: WindowAllowance) {
  const seconds = Math.floor(now / 1000);
  const window = Math.floor(seconds / windowSeconds);
  const { rateWindow } = db().service.entities;
  try {
    // A busy event's window item is written by every sign-up: a lock timeout there is a retry, never a 500.
    await retryingLockTimeouts(() =>
      rateWindow
        .update({ key, window })
        .add({ count: 1 })
        .set({ expiresAt: (window + 2) * windowSeconds })
        .where((a, { notExists, lt }) => `${notExists(a.count)} OR ${lt(a.count, limit)}`)
        .go(),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const retryAfterSeconds = (window + 1) * windowSeconds - seconds;
    throw new DomainError('rate_limited', refusal, { retryAfterSeconds });
  }
  return {
    async giveBack(): Promise<void> {
      await retryingLockTimeouts(() => rateWindow.update({ key, window }).add({ count: -1 }).go());
    },
  };
}

/** Counts one registration against `key` in the current minute. */
export async function hitRateLimit(key: string, limit: number, now = Date.now()): Promise<void> {
  await takeFromWindow({
    key,
    limit,
    windowSeconds: 60,
    refusal: 'Too many registrations from here; wait a minute and try again',
    now,
  });
}
