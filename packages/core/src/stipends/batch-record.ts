/** A payout batch as stored, its public view, and reading one. */
import { type AppService, db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import type { PayoutBatchView } from './stipends.schema.ts';

export interface BatchRecord {
  batchId: string;
  cohortId: string;
  status: 'open' | 'paid';
  items: PayoutBatchView['items'];
  totalFen: number;
  createdAt: string;
  createdBy: string;
  paidAt?: string;
  paidBy?: string;
  ledgerEntryId?: string;
  paidWithKey?: string;
  updatedAt: string;
  version: number;
}

export const view = (b: BatchRecord): PayoutBatchView => ({
  batchId: b.batchId,
  cohortId: b.cohortId,
  status: b.status,
  items: b.items,
  count: b.items.length,
  totalFen: b.totalFen,
  createdAt: b.createdAt,
  ...(b.paidAt ? { paidAt: b.paidAt } : {}),
  ...(b.ledgerEntryId ? { ledgerEntryId: b.ledgerEntryId } : {}),
  version: b.version,
});

export async function requireBatch(batchId: string): Promise<BatchRecord> {
  const { data } = await db().service.entities.payoutBatch.get({ batchId }).go({ consistent: true });
  if (!data) throw notFound('Payout batch');
  return data as BatchRecord;
}

type TransactionEntities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

/**
 * One statement's step inside a batch's transaction, approved → batched when the batch is made and
 * batched → paid when it is paid: its new state and one version more, only from the state it may leave
 * (approved, or batched in `inBatch` when given), so a statement that moved meanwhile fails the whole write.
 */
export function statementStep(
  { stipendStatement }: Pick<TransactionEntities, 'stipendStatement'>,
  key: { cohortId: string; payeeId: string },
  step:
    | { status: 'batched'; batchId: string; updatedAt: string }
    | { status: 'paid'; paidAt: string; updatedAt: string },
  inBatch?: string,
) {
  return stipendStatement
    .patch(key)
    .set(step)
    .add({ version: 1 })
    .where((a, { eq }) =>
      inBatch ? `${eq(a.status, 'batched')} AND ${eq(a.batchId, inBatch)}` : eq(a.status, 'approved'),
    )
    .commit();
}
