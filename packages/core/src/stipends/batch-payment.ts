/** Paying a payout batch: once, with its ledger entry and every statement's paid mark in one transaction. */
import { auditRecord } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import type { AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';
import { type BatchRecord, requireBatch, statementStep, view } from './batch-record.ts';
import type { PayoutBatchView } from './stipends.schema.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

const alreadyPaid = () => new DomainError('already_paid', 'This payout batch is already paid');

/**
 * Marks the batch paid once: the batch flips from open under that condition, the ledger entry
 * (keyed by the batch, so never twice) and every statement's paid mark are written in the same
 * transaction with the audit entry. A second attempt finds the batch paid and is refused, unless
 * it is the paying request itself retried (same caller, same Idempotency-Key, stored with the
 * payment in the same transaction): a server that died after paying and before recording its
 * answer still gives the retry the paid batch, not `already_paid`.
 */
export async function payBatch(
  actor: Actor,
  batchId: string,
  { idempotencyKey }: { idempotencyKey?: string } = {},
): Promise<PayoutBatchView> {
  requireRole(actor, 'organiser');
  const before = await requireBatch(batchId);
  if (before.status === 'paid') {
    if (idempotencyKey && before.paidWithKey === idempotencyKey && before.paidBy === actor.userId) return view(before);
    throw alreadyPaid();
  }
  const at = new Date().toISOString();
  const entryId = newId('ledgerEntry');
  const after: BatchRecord = {
    ...before,
    status: 'paid',
    paidAt: at,
    paidBy: actor.userId,
    ledgerEntryId: entryId,
    updatedAt: at,
    version: before.version + 1,
  };
  // Every payee of the batch is told it was paid: one event for the batch, written with the payment.
  const paid = peopleEvent('stipend.batch-paid', {
    batchId,
    cohortId: before.cohortId,
    paidAt: at,
    items: before.items.map(({ payeeId, payeeKind, totalFen }) => ({ payeeId, payeeKind, totalFen })),
  });
  await transact(
    ({ payoutBatch, ledgerEntry, stipendStatement, audit, outboxEvent }) =>
      [
        payoutBatch
          .patch({ batchId })
          .set({
            status: 'paid',
            paidAt: at,
            paidBy: actor.userId,
            ledgerEntryId: entryId,
            updatedAt: at,
            version: after.version,
            ...(idempotencyKey ? { paidWithKey: idempotencyKey } : {}),
          })
          .where((a, { eq }) => eq(a.status, 'open'))
          .commit(),
        ledgerEntry
          .create({
            batchId,
            entryId,
            cohortId: before.cohortId,
            amountFen: before.totalFen,
            payees: before.items.length,
            at,
            by: actor.userId,
          })
          .commit(),
        ...before.items.map((item) =>
          statementStep(
            { stipendStatement },
            { cohortId: before.cohortId, payeeId: item.payeeId },
            { status: 'paid', paidAt: at, updatedAt: at },
            batchId,
          ),
        ),
        audit
          .create(
            auditRecord(
              actor,
              'payoutBatch',
              batchId,
              'pay',
              {
                status: { before: 'open', after: 'paid' },
                totalFen: { after: before.totalFen },
                ledgerEntryId: { after: entryId },
              },
              at,
            ),
          )
          .commit(),
        outboxOp({ outboxEvent }, paid),
      ] as Ops,
    alreadyPaid,
  );
  return view(after);
}
