import { Attachment } from '../activity-logs/activity-logs.schema.ts';
import { STIPEND_COUNTED_DAYS } from '../cohorts/cohort.entity.ts';
import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { BATCH_STATUSES } from './payout-batch.entity.ts';
import { PAYEE_KINDS } from './statement.entity.ts';
import { rule } from '../field-errors.ts';

const fen = z.number().int().min(0).max(100_000_000).openapi({ description: 'Amount in fen (1/100 CNY)' });

/** An intern's registration id or a mentor's id: whose statement. */
export const payeeIdSchema = z
  .string()
  .refine(
    (v) => idPattern('cohortRegistration').test(v) || idPattern('mentor').test(v),
    rule('invalid_format', 'Not an intern or mentor id'),
  );
export const payoutBatchIdSchema = z.string().regex(idPattern('payoutBatch'), { error: 'Not a payout batch id' });

export const TravelClaimInput = z
  .strictObject({
    amountFen: fen.openapi({ description: 'Round-trip travel spent, in fen, as on the receipts' }),
    receipts: z.array(Attachment).max(10),
    note: z.string().trim().max(500).optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The claim’s version when changing an existing claim' }),
  })
  .superRefine((v, ctx) => {
    if (v.amountFen > 0 && v.receipts.length === 0)
      ctx.addIssue({ code: 'custom', path: ['receipts'], ...rule('receipt_required', 'Attach at least one receipt') });
  });

export const ApproveStatementInput = z.strictObject({
  totalFen: fen.openapi({
    description: 'The total the organiser saw; a statement that changed since is refused (`statement_changed`)',
  }),
});

export const StatementsQuery = z.object({
  kind: z.enum(PAYEE_KINDS).default('intern').openapi({ description: 'Interns’ stipends or mentors’ allowances' }),
});

export const StatementLineView = z.object({
  kind: z.enum(['daily', 'travel', 'award', 'mentee']),
  label: z.string().openapi({
    description:
      'The line explained in Chinese, as on the payout workbook. A client showing another language builds its text from `quantity`, `unitFen` and the fields of the line’s kind; a statement approved before those fields existed has only this.',
  }),
  quantity: z.number().int(),
  unitFen: z.number().int(),
  amountFen: z.number().int(),
  claimedFen: z.number().int().optional().openapi({ description: 'Travel: what was claimed before the cap' }),
  refId: z.string().optional(),
  basis: z.enum(STIPEND_COUNTED_DAYS).optional().openapi({ description: 'Daily: which days earn the allowance' }),
  withLeave: z.boolean().optional().openapi({ description: 'Daily: approved leave days count too' }),
  capFen: z.number().int().optional().openapi({ description: 'Travel: the cap the claim is paid up to' }),
  menteeName: z.string().optional().openapi({ description: 'Mentee: whose allowance' }),
});

export const TravelClaimView = z.object({
  registrationId: z.string(),
  amountFen: z.number().int(),
  receipts: z.array(z.object({ name: z.string(), url: z.string() })),
  note: z.string().optional(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const StatementView = z.object({
  cohortId: z.string(),
  payeeId: z.string(),
  payeeKind: z.enum(PAYEE_KINDS),
  payeeName: z.string(),
  status: z
    .enum(['computed', 'approved', 'batched', 'paid'])
    .openapi({ description: '`computed`: recomputed on every read until an organiser approves it' }),
  lines: z.array(StatementLineView),
  totalFen: z.number().int(),
  approvedAt: z.string().optional(),
  batchId: z.string().optional(),
  paidAt: z.string().optional(),
  travelClaim: TravelClaimView.optional(),
  version: z.number().int().openapi({ description: '0 while computed' }),
});

export const PayoutBatchView = z.object({
  batchId: z.string(),
  cohortId: z.string(),
  status: z.enum(BATCH_STATUSES),
  items: z.array(
    z.object({
      payeeId: z.string(),
      payeeKind: z.enum(PAYEE_KINDS),
      payeeName: z.string(),
      totalFen: z.number().int(),
    }),
  ),
  count: z.number().int(),
  totalFen: z.number().int(),
  createdAt: z.string(),
  paidAt: z.string().optional(),
  ledgerEntryId: z.string().optional(),
  version: z.number().int(),
});

export type TravelClaimInput = z.infer<typeof TravelClaimInput>;
export type ApproveStatementInput = z.infer<typeof ApproveStatementInput>;
export type StatementView = z.infer<typeof StatementView>;
export type TravelClaimView = z.infer<typeof TravelClaimView>;
export type PayoutBatchView = z.infer<typeof PayoutBatchView>;
