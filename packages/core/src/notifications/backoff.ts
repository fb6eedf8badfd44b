/** Minutes to wait after the 1st, 2nd, 3rd and 4th failed attempt; after the 5th the delivery is parked. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/**
 * When to try again after `attempts` failed attempts, or null when the delivery is to be parked as
 * failed. A little jitter keeps a burst of failures (the mail server was down) from coming back as
 * one burst.
 */
export function nextAttemptAt(attempts: number, now: Date, random = Math.random): Date | null {
  const minutes = RETRY_DELAYS_MINUTES[attempts - 1];
  if (minutes === undefined) return null;
  const jitter = 1 + random() * 0.1;
  return new Date(now.getTime() + minutes * 60_000 * jitter);
}
