import { DomainError } from '../errors.ts';
import { isLocalLockTimeout } from './condition.ts';
import { db, type AppService } from './service.ts';

type WriteBuilder = Parameters<AppService['transaction']['write']>[0];

export interface CancelReason {
  /** Position of the operation in the transaction, as built. */
  index: number;
  code: string;
}

const MAX_CONFLICT_RETRIES = 6;

/**
 * Runs one TransactWriteItems. ElectroDB reports a cancelled transaction as `{canceled: true}`
 * instead of throwing; this turns it into the caller's DomainError, chosen from the operation whose
 * condition failed. A `TransactionConflict` (another transaction on the same item in flight) is
 * retried with jitter: the whole transaction was rolled back, so retrying is safe, and the retry
 * meets the other writer's committed state and its conditions decide.
 */
export async function transact(
  build: WriteBuilder,
  explain: (failed: CancelReason) => DomainError,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let conflicted: boolean;
    try {
      const result = await db().service.transaction.write(build).go();
      if (!result.canceled) return;
      const reasons = (result.data as Array<{ code?: string }>).map((r, index) => ({ index, code: String(r.code) }));
      const conditionFailure = reasons.find((r) => r.code === 'ConditionalCheckFailed');
      if (conditionFailure) throw explain(conditionFailure);
      conflicted = reasons.some((r) => r.code === 'TransactionConflict');
    } catch (error) {
      if (!isLocalLockTimeout(error)) throw error;
      conflicted = true;
    }
    if (conflicted && attempt < MAX_CONFLICT_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20 * 2 ** attempt));
      continue;
    }
    throw new DomainError('conflict', 'The record is being changed by another request; try again');
  }
}
