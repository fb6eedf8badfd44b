import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { REQUEST_STATUSES } from './request.entity.ts';
import { REQUEST_KINDS } from './policy.schema.ts';

export const requestIdSchema = z.string().regex(idPattern('serviceRequest'), { error: 'Not a request id' });

export const FileRequestInput = z.strictObject({
  kind: z.enum(REQUEST_KINDS),
  description: z.string().trim().min(1).max(2000),
});
export type FileRequestInput = z.infer<typeof FileRequestInput>;

export const AdvanceRequestInput = z.strictObject({
  version: z.number().int().min(1),
  to: z.enum(REQUEST_STATUSES).optional().openapi({ description: 'The next status; leave out to add a note only' }),
  note: z.string().trim().min(1).max(2000).optional().openapi({ description: 'Shown to the person' }),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .openapi({ description: 'Why it cannot be resolved; required for `unresolvable`' }),
});
export type AdvanceRequestInput = z.infer<typeof AdvanceRequestInput>;

export const RateRequestInput = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});
export type RateRequestInput = z.infer<typeof RateRequestInput>;

export const ListRequestsQuery = z.object({
  commissionerId: z
    .string()
    .regex(idPattern('user'), { error: 'Not an account id' })
    .optional()
    .openapi({ description: 'One commissioner’s open requests (default: the caller’s own)' }),
  all: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`true`: every open request, for the organisers’ overview' }),
});
export type ListRequestsQuery = z.infer<typeof ListRequestsQuery>;

export const RequestNote = z.object({ at: z.string(), text: z.string() });

export const ServiceRequestView = z.object({
  requestId: z.string(),
  outcomeId: z.string(),
  personName: z.string(),
  commissionerId: z.string(),
  kind: z.enum(REQUEST_KINDS),
  description: z.string(),
  status: z.enum(REQUEST_STATUSES),
  receivedOn: z.string(),
  dueOn: z.string().openapi({ description: 'From the deadline of its kind in the policy in force when received' }),
  overdue: z.boolean().openapi({ description: "Open past its deadline in the cohort's time zone" }),
  notes: z.array(RequestNote),
  reason: z.string().optional(),
  rating: z.number().int().optional(),
  ratingComment: z.string().optional(),
  closedOn: z.string().optional(),
  allowedTransitions: z.array(z.enum(REQUEST_STATUSES)),
  createdAt: z.string(),
  version: z.number().int(),
});
export type ServiceRequestView = z.infer<typeof ServiceRequestView>;
