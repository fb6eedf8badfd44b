/**
 * How a failed DynamoDB call is told apart, in one place. ElectroDB rethrows the SDK's error as the
 * `cause` of its own ElectroError, and the SDK names each error after DynamoDB's exception. Read by
 * that name, never by message text, so a reworded message can neither turn a refusal into a crash
 * nor a crash into a refusal. (A cancelled transaction does not throw: `transact` reads its
 * per-operation reasons.)
 */

/** The error and the causes it wraps: ElectroDB nests the SDK's error one level down. */
function* chain(error: unknown): Generator<object> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 3; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

const named = (error: unknown, name: string) => [...chain(error)].some((e) => (e as { name?: unknown }).name === name);

/** Whether a single write was refused by its own condition (`ConditionalCheckFailedException`). */
export function isConditionFailure(error: unknown): boolean {
  return named(error, 'ConditionalCheckFailedException');
}

/**
 * Whether DynamoDB refused the request itself as malformed (`ValidationException`): a start key
 * outside the queried partition, a key of the wrong shape. Nothing was read or written.
 */
export function isInvalidRequest(error: unknown): boolean {
  return named(error, 'ValidationException');
}

/**
 * DynamoDB Local gives up on a transaction that waited too long for its item locks (a hot counter
 * under a burst, made slower by the table's stream) and says the same request "will succeed in
 * actual DynamoDB API". Nothing was written, so it is a conflict to retry, like AWS's
 * TransactionConflict. The emulator gives it no error name of its own, so only its text tells it
 * apart; AWS never sends that text, so in AWS this is always false.
 */
export function isLocalLockTimeout(error: unknown): boolean {
  return [...chain(error)].some((e) => {
    const message = (e as { message?: unknown }).message;
    return typeof message === 'string' && message.includes('too long waiting for a lock');
  });
}
