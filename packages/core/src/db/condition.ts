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
