/**
 * Whether a single write was refused by its own condition. ElectroDB rethrows the SDK's error as its
 * `cause`, and the SDK names that error `ConditionalCheckFailedException`. Read by name, never by
 * message text, so a reworded message can neither turn a refusal into a crash nor a crash into a
 * refusal.
 */
export function isConditionFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 3; depth++) {
    if ((current as { name?: unknown }).name === 'ConditionalCheckFailedException') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * DynamoDB Local gives up on a transaction that waited too long for its item locks (a hot counter
 * under a burst, made slower by the table's stream) and says the same request "will succeed in
 * actual DynamoDB API". Nothing was written, so it is a conflict to retry, like AWS's
 * TransactionConflict. The emulator gives it no error name of its own, so only its text tells it
 * apart; AWS never sends that text, so in AWS this is always false.
 */
export function isLocalLockTimeout(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 3; depth++) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && message.includes('too long waiting for a lock')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
