import { DomainError } from '../errors.ts';
import { isLocalLockTimeout } from './condition.ts';
import { retryOnConflict } from './retry.ts';
import { db, type AppService } from './service.ts';

/** What `transact` takes: the table's entities in, the transaction's writes out. */
export type WriteBuilder = Parameters<AppService['transaction']['write']>[0];
/** The entities a transaction's writes are built from. */
export type TransactEntities = Parameters<WriteBuilder>[0];

export interface CancelReason {
  /** Position of the operation in the transaction, as built. */
  index: number;
  code: string;
}

/** Runs of one transaction that met only other transactions in flight, the first included. */
const CONFLICT_ATTEMPTS = 7;

/** Nothing was written and no condition failed: another transaction held an item. */
class InFlight extends Error {}

/**
 * Runs one TransactWriteItems. ElectroDB reports a cancelled transaction as `{canceled: true}`
 * instead of throwing; this turns it into the caller's DomainError, chosen from the operation whose
 * condition failed (`failed`, the first; `all`, every operation's reason in build order, for a
 * caller that reports several at once). A `TransactionConflict` (another transaction on the same
 * item in flight) is retried: the whole transaction was rolled back, so retrying is safe, and the
 * retry meets the other writer's committed state and its conditions decide.
 */
export async function transact(
  build: WriteBuilder,
  explain: (failed: CancelReason, all: CancelReason[]) => DomainError,
): Promise<void> {
  await retryOnConflict(
    async () => {
      const result = await db()
        .service.transaction.write(build)
        .go()
        .catch((error: unknown) => {
          throw isLocalLockTimeout(error) ? new InFlight() : error;
        });
      if (!result.canceled) return;
      const reasons = (result.data as Array<{ code?: string }>).map((r, index) => ({ index, code: String(r.code) }));
      const conditionFailure = reasons.find((r) => r.code === 'ConditionalCheckFailed');
      if (conditionFailure) throw explain(conditionFailure, reasons);
      if (reasons.some((r) => r.code === 'TransactionConflict')) throw new InFlight();
      throw new DomainError('conflict', 'The record is being changed by another request; try again');
    },
    {
      attempts: CONFLICT_ATTEMPTS,
      retryable: (error) => error instanceof InFlight,
      exhausted: () => new DomainError('conflict', 'The record is being changed by another request; try again'),
    },
  );
}
