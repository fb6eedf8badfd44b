import { DomainError } from '../errors.ts';

/** The first retry waits at most this long; each further one may wait twice as long, up to the cap. */
const FIRST_WINDOW_MS = 10;
const MAX_WINDOW_MS = 250;

/**
 * How long to wait before the `retry`-th retry (1 for the first): a random time in the upper half
 * of a window that doubles from 10 ms to 250 ms. Random, so writers that lost the same race do not
 * meet again at the same moment; growing, so a crowd on one item spreads out further the longer it
 * keeps colliding; capped, so a request that keeps losing still ends well inside the API's timeout.
 * The lower half is left out so that a retry never comes back at once into the crowd it just met.
 */
export function conflictDelayMs(retry: number, random: () => number = Math.random): number {
  const window = Math.min(MAX_WINDOW_MS, FIRST_WINDOW_MS * 2 ** Math.max(0, retry - 1));
  return window / 2 + (random() * window) / 2;
}

/** A write that lost a race to another request: a `conflict` DomainError. */
export const isConflict = (error: unknown): boolean => error instanceof DomainError && error.code === 'conflict';

export interface ConflictRetry {
  /** Runs in all, the first included. */
  attempts: number;
  /** Which failures are a lost race; by default a `conflict` DomainError. Anything else ends at once. */
  retryable?: (error: unknown) => boolean;
  /** What the caller sees once the last run lost too; by default that run's own error. */
  exhausted?: (last: unknown) => unknown;
}

/**
 * Runs `run` again, after a jittered wait, while it fails with a lost race, up to `attempts` runs.
 *
 * A lost race means another request changed what `run` based its decision on (a seat taken, a day
 * checked in, a counter moved) after `run` read it. Sending the same write again would fail on the
 * same condition, or, without one, overwrite the other request's work. So every run reads afresh and
 * decides again: it either succeeds against the state as it now is, or is refused for a real reason
 * (no seat left, already checked in) that it throws as a non-retryable error. A run whose
 * conditions read nothing it decided on (a counter below its capacity, a day nobody holds) sends its
 * write again as it is. `attempt` is 0 on the first run, for a caller that may skip the read then.
 */
export async function retryOnConflict<T>(run: (attempt: number) => Promise<T>, options: ConflictRetry): Promise<T> {
  const { attempts, retryable = isConflict, exhausted = (last: unknown) => last } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      if (!retryable(error)) throw error;
      if (attempt + 1 >= attempts) throw exhausted(error);
    }
    await new Promise((resolve) => setTimeout(resolve, conflictDelayMs(attempt + 1)));
  }
}
