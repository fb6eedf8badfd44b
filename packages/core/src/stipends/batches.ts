/** Payout batches: gathering approved statements into one, reading them, and the finance spreadsheet. */
import { requireCohortRecord } from '../cohorts/records.ts';
import { auditRecord } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db, type AppService } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import type { SpreadsheetFile } from '../exports/workbook.ts';
import { newId } from '../ids.ts';
import { sumFen } from './arithmetic.ts';
import { payBatch } from './batch-payment.ts';
import { type BatchRecord, requireBatch, statementStep, view } from './batch-record.ts';
import { batchWorkbook } from './batch-workbook.ts';
import type { FrozenRecord } from './compute.ts';
import type { PayoutBatchView } from './stipends.schema.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

/**
 * Statements per batch: each is one transaction item beside the batch, the ledger entry, the audit entry and the outbox
 * event (100 at most).
 */
export const BATCH_SIZE = 90;

/** Payout batches (补贴发放批次): approved statements handed to finance, then marked paid once. */
export const PayoutBatches = {
  /**
   * Gathers the cohort's approved statements not yet in a batch (up to BATCH_SIZE; call again for
   * the rest). Each statement moves to `batched` under the condition that it is still `approved`,
   * so two batches created at once never hold the same statement.
   */
  async create(actor: Actor, cohortId: string): Promise<PayoutBatchView> {
    requireRole(actor, 'organiser');
    await requireCohortRecord(cohortId);
    // A statement batched by another request meanwhile: read the approved ones again.
    const gather = async (): Promise<PayoutBatchView> => {
      const { data } = await db()
        .service.entities.stipendStatement.query.byStatus({ cohortId, status: 'approved' })
        .go({ count: BATCH_SIZE });
      const statements = data as FrozenRecord[];
      if (statements.length === 0)
        throw new DomainError('nothing_to_pay', 'No approved statements are waiting for a payout batch');
      const at = new Date().toISOString();
      const record: BatchRecord = {
        batchId: newId('payoutBatch'),
        cohortId,
        status: 'open',
        items: statements.map((s) => ({
          payeeId: s.payeeId,
          payeeKind: s.payeeKind,
          payeeName: s.payeeName,
          totalFen: s.totalFen,
        })),
        totalFen: sumFen(statements.map((s) => s.totalFen)),
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        version: 1,
      };
      await transact(
        ({ payoutBatch, stipendStatement, audit }) =>
          [
            payoutBatch.create(record).commit(),
            ...statements.map((s) =>
              statementStep(
                { stipendStatement },
                { cohortId, payeeId: s.payeeId },
                { status: 'batched', batchId: record.batchId, updatedAt: at },
              ),
            ),
            audit
              .create(
                auditRecord(
                  actor,
                  'payoutBatch',
                  record.batchId,
                  'create',
                  { totalFen: { after: record.totalFen }, payees: { after: record.items.length } },
                  at,
                ),
              )
              .commit(),
          ] as Ops,
        () => new DomainError('conflict', 'A statement was batched by another request meanwhile', { raced: true }),
      );
      return view(record);
    };
    const raced = (error: unknown) => error instanceof DomainError && Boolean(error.extra.raced);
    return retryOnConflict(gather, { attempts: 6, retryable: raced });
  },

  async list(actor: Actor, cohortId: string, page: PageRequest): Promise<Page<PayoutBatchView>> {
    requireRole(actor, 'organiser');
    await requireCohortRecord(cohortId);
    return queryPage(
      (options) =>
        db()
          .service.entities.payoutBatch.query.byCohort({ cohortId })
          .go({ ...options, order: 'desc' }),
      page,
      (b) => view(b as BatchRecord),
    );
  },

  async get(actor: Actor, batchId: string): Promise<PayoutBatchView> {
    requireRole(actor, 'organiser');
    return view(await requireBatch(batchId));
  },
  pay: payBatch,

  async spreadsheet(actor: Actor, batchId: string): Promise<SpreadsheetFile> {
    requireRole(actor, 'organiser');
    const batch = view(await requireBatch(batchId));
    const cohort = await requireCohortRecord(batch.cohortId);
    return batchWorkbook(batch, cohort.name);
  },

  /** The ledger entry of a paid batch (for tests and finance reconciliation). */
  async ledgerEntry(batchId: string) {
    const { data } = await db().service.entities.ledgerEntry.get({ batchId }).go({ consistent: true });
    return data;
  },
};
