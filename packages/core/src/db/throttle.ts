import { DomainError } from '../errors.ts';

/**
 * DynamoDB's refusals when a table, a partition or the account is over its throughput. The SDK has
 * retried each with back-off before one reaches the caller.
 */
const THROTTLES = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded']);

/**
 * Whether `error` is DynamoDB refusing for throughput, directly or as the cause ElectroDB keeps when
 * it wraps the client's error ("Error thrown by DynamoDB client").
 */
export function isThrottled(error: unknown): boolean {
  let current = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (THROTTLES.has(current.name)) return true;
    current = current.cause;
  }
  return false;
}

/**
 * The table is too busy to answer in full even after retries. The request fails whole, as a `busy`
 * problem (503 with Retry-After) that tells the person to try again in a moment: a capacity problem,
 * not a bug, and never an answer with items missing.
 */
export const tableBusy = () =>
  new DomainError('busy', 'The table is busy; try again shortly', { retryAfterSeconds: 1 });
