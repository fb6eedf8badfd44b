/** A payout batch as stored, its public view, and reading one. */
import { db } from '../db/service.ts';
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
