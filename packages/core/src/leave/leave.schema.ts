import { idPattern } from '../ids.ts';
import { dateSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { LEAVE_STATUSES } from './leave-request.entity.ts';
import { rule } from '../field-errors.ts';

/** A leave request spans at most two weeks, which keeps its approval inside one transaction. */
export const MAX_LEAVE_DAYS = 14;

export const leaveIdSchema = z.string().regex(idPattern('leaveRequest'), { error: 'Not a leave request id' });

export const CreateLeaveInput = z
  .strictObject({
    from: dateSchema,
    to: dateSchema,
    reason: z.string().trim().min(2).max(500),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], ...rule('end_before_start', 'The leave ends before it starts') });
    else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 + 1 > MAX_LEAVE_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        ...rule('leave_too_long', `At most ${MAX_LEAVE_DAYS} days per request`, { maximum: MAX_LEAVE_DAYS }),
      });
    }
  });
export type CreateLeaveInput = z.infer<typeof CreateLeaveInput>;

export const LeaveDecisionInput = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(500).optional(),
  version: z.number().int().min(1),
});
export type LeaveDecisionInput = z.infer<typeof LeaveDecisionInput>;

export const LeaveListQuery = z.object({
  status: z
    .enum(LEAVE_STATUSES)
    .optional()
    .openapi({ description: 'For mentors and organisers; pending when left out' }),
});

export const LeaveView = z.object({
  leaveId: z.string(),
  registrationId: z.string(),
  cohortId: z.string(),
  universityId: z.string(),
  hostUnitId: z.string(),
  internName: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  status: z.enum(LEAVE_STATUSES),
  decisionComment: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type LeaveView = z.infer<typeof LeaveView>;
