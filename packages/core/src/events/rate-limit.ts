import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';

/**
 * Public registration limits per minute. Production defaults allow a class registering from one
 * campus NAT at once while stopping a script; a stage or test run may set others through the env.
 */
export function RATE_LIMITS(env: NodeJS.ProcessEnv = process.env) {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    perClientPerMinute: read('REGISTRATION_LIMIT_PER_CLIENT', 20),
    perEventPerMinute: read('REGISTRATION_LIMIT_PER_EVENT', 600),
  };
}

const WINDOW_SECONDS = 60;

/**
 * Counts one request against `key` in the current minute, refusing it past `limit` with 429 and
 * the seconds until the window turns. One conditional update, so concurrent requests cannot
 * overshoot; old windows expire through the table's TTL.
 */
export async function hitRateLimit(key: string, limit: number, now = Date.now()): Promise<void> {
  const seconds = Math.floor(now / 1000);
  const window = Math.floor(seconds / WINDOW_SECONDS);
  try {
    await db()
      .service.entities.rateWindow.update({ key, window })
      .add({ count: 1 })
      .set({ expiresAt: (window + 2) * WINDOW_SECONDS })
      .where((a, { notExists, lt }) => `${notExists(a.count)} OR ${lt(a.count, limit)}`)
      .go();
  } catch (error) {
    const text = `${(error as Error)?.message ?? ''} ${(error as { cause?: Error })?.cause?.name ?? ''}`;
    if (!/ConditionalCheckFailed|conditional request failed/i.test(text)) throw error;
    const retryAfterSeconds = (window + 1) * WINDOW_SECONDS - seconds;
    throw new DomainError('rate_limited', 'Too many registrations from here; wait a minute and try again', { retryAfterSeconds });
  }
}
