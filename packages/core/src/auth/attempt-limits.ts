import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';

/**
 * Guessing limits for sign-in and one-time codes, in wrong attempts per 15 minutes. Production
 * defaults let an office or a campus NAT mistype now and then while stopping a script; a stage or a
 * test run may set others through the env.
 */
export function SIGN_IN_LIMITS(env: NodeJS.ProcessEnv = process.env) {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    /** Wrong passwords from one client, whichever emails they name. */
    loginPerClient: read('LOGIN_LIMIT_PER_CLIENT', 10),
    /** Wrong activation or reset codes from one client. */
    codesPerClient: read('CODE_LIMIT_PER_CLIENT', 10),
    /** Wrong activation or reset codes from everyone together, against guessing spread over many addresses. */
    codesOverall: read('CODE_LIMIT_OVERALL', 300),
  };
}

export const ATTEMPT_WINDOW_SECONDS = 15 * 60;

const conditionFailed = (error: unknown) =>
  /ConditionalCheckFailed|conditional request failed/i.test(`${(error as Error)?.message ?? ''} ${(error as { cause?: Error })?.cause?.name ?? ''}`);

/**
 * Takes one attempt from `key`'s allowance for the current window before the attempt is checked,
 * refusing it with 429 once `limit` are taken. Taking comes first and is one conditional update, so
 * a burst arriving together cannot have more than `limit` checked. The caller gives the attempt back
 * when it turns out right, so only wrong ones use the allowance. Old windows expire through the TTL.
 */
export async function takeAttempt(key: string, limit: number, now = Date.now()): Promise<{ giveBack(): Promise<void> }> {
  const seconds = Math.floor(now / 1000);
  const window = Math.floor(seconds / ATTEMPT_WINDOW_SECONDS);
  const { rateWindow } = db().service.entities;
  try {
    await rateWindow
      .update({ key, window })
      .add({ count: 1 })
      .set({ expiresAt: (window + 2) * ATTEMPT_WINDOW_SECONDS })
      .where((a, { notExists, lt }) => `${notExists(a.count)} OR ${lt(a.count, limit)}`)
      .go();
  } catch (error) {
    if (!conditionFailed(error)) throw error;
    const retryAfterSeconds = (window + 1) * ATTEMPT_WINDOW_SECONDS - seconds;
    throw new DomainError('rate_limited', 'Too many wrong attempts from here; wait and try again', { retryAfterSeconds });
  }
  return {
    async giveBack() {
      await rateWindow.update({ key, window }).add({ count: -1 }).go();
    },
  };
}
