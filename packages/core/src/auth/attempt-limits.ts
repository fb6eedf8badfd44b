import { positiveIntegerFrom, takeFromWindow } from '../events/rate-limit.ts';

/**
 * Guessing limits for sign-in and one-time codes, in wrong attempts per 15 minutes. Production
 * defaults let an office or a campus NAT mistype now and then while stopping a script; a stage or a
 * test run may set others through the env.
 */
export function SIGN_IN_LIMITS(env: NodeJS.ProcessEnv = process.env) {
  return {
    /** Wrong passwords from one client, whichever emails they name. */
    loginPerClient: positiveIntegerFrom(env, 'LOGIN_LIMIT_PER_CLIENT', 10),
    /** Wrong activation or reset codes from one client. */
    codesPerClient: positiveIntegerFrom(env, 'CODE_LIMIT_PER_CLIENT', 10),
    /** Wrong activation or reset codes from everyone together, against guessing spread over many addresses. */
    codesOverall: positiveIntegerFrom(env, 'CODE_LIMIT_OVERALL', 300),
  };
}

export const ATTEMPT_WINDOW_SECONDS = 15 * 60;

/**
 * Takes one attempt from `key`'s allowance before the attempt is checked, refusing it with 429 once
 * `limit` are taken. Taking comes first, so a burst arriving together cannot have more than `limit`
 * checked. The caller gives the attempt back when it turns out right, so only wrong ones count.
 */
export function takeAttempt(key: string, limit: number, now = Date.now()) {
  return takeFromWindow({
    key,
    limit,
    windowSeconds: ATTEMPT_WINDOW_SECONDS,
    refusal: 'Too many wrong attempts from here; wait and try again',
    now,
  });
}
