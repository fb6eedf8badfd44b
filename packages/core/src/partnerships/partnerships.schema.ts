import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { ACTIVITY_KINDS } from './activity.entity.ts';
import { PARTNERSHIP_STATUSES } from './lifecycle.ts';
import { PARTNERSHIP_TYPES } from './partnership.entity.ts';
import { nameSchema } from '../names.ts';
import { dateSchema } from '../fields.ts';
import { rule } from '../field-errors.ts';

export const partnershipIdSchema = z.string().regex(idPattern('partnership'), { error: 'Not a partnership id' });

const commitment = z.strictObject({
  description: z.string().trim().min(1).max(200),
  studentsPerYear: z.number().int().min(0).max(10_000).optional(),
});
const documentLink = z.strictObject({
  name: nameSchema(1, 120),
  url: z.url({ protocol: /^https?$/, error: 'Use an http(s) link' }).max(2000),
});

const editable = {
  title: nameSchema(2, 120),
  type: z.enum(PARTNERSHIP_TYPES),
  signedOn: dateSchema,
  expiresOn: dateSchema,
  commitments: z.array(commitment).max(20),
  ownerDepartment: z.string().trim().max(60),
  documents: z.array(documentLink).max(20),
  notes: z.string().trim().max(2000),
};

function checkDates(value: { signedOn?: string; expiresOn?: string }, ctx: z.RefinementCtx) {
  if (value.signedOn && value.expiresOn && value.expiresOn < value.signedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiresOn'],
      ...rule('end_before_start', 'The end date is before the signing date'),
    });
  }
}

export const CreatePartnershipInput = z
  .strictObject({
    universityId: z.string().regex(idPattern('university'), { error: 'Not a university id' }),
    title: editable.title,
    type: editable.type,
    /** Existing agreements are recorded in the state they are in; new ones start as prospects. */
    status: z.enum(['prospect', 'negotiating', 'signed', 'active']).default('prospect'),
    signedOn: editable.signedOn.optional(),
    expiresOn: editable.expiresOn.optional(),
    commitments: editable.commitments.default([]),
    ownerDepartment: editable.ownerDepartment.optional(),
    documents: editable.documents.default([]),
    notes: editable.notes.optional(),
  })
  .superRefine((value, ctx) => {
    checkDates(value, ctx);
    if ((value.status === 'signed' || value.status === 'active') && !value.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedOn'],
        ...rule('required', 'A signed agreement needs its signing date'),
      });
    }
  });

export const UpdatePartnershipInput = z
  .strictObject({
    version: z.number().int().min(1),
    title: editable.title.optional(),
    type: editable.type.optional(),
    signedOn: editable.signedOn.optional(),
    expiresOn: editable.expiresOn.optional(),
    commitments: editable.commitments.optional(),
    ownerDepartment: editable.ownerDepartment.optional(),
    documents: editable.documents.optional(),
    notes: editable.notes.optional(),
  })
  .superRefine(checkDates);

export const TransitionInput = z.strictObject({
  to: z.enum(PARTNERSHIP_STATUSES),
  on: dateSchema.optional().openapi({ description: 'When it happened; today (Beijing time) if left out' }),
  note: z.string().trim().max(1000).optional(),
});

export const CreateActivityInput = z.strictObject({
  partnershipId: partnershipIdSchema.optional(),
  kind: z.enum(
    ACTIVITY_KINDS.filter((k) => k !== 'status_change') as [
      'inbound_visit',
      'outbound_visit',
      'meeting',
      'signing_ceremony',
      'note',
    ],
  ),
  on: dateSchema,
  title: nameSchema(1, 200),
  participants: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  outcome: z.string().trim().max(2000).optional(),
});

export const ListPartnershipsQuery = z.object({
  universityId: z.string().regex(idPattern('university'), { error: 'Not a university id' }).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .openapi({ description: 'Signed or active agreements ending within this many days' }),
  inactiveForDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .openapi({ description: 'Open partnerships with no activity for this many days' }),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description: 'true: signed or active agreements whose end date has passed, oldest end first' }),
});

export const PartnershipView = z.object({
  partnershipId: z.string(),
  universityId: z.string(),
  title: z.string(),
  type: z.enum(PARTNERSHIP_TYPES),
  status: z.enum(PARTNERSHIP_STATUSES),
  signedOn: z.string().optional(),
  expiresOn: z.string().optional(),
  commitments: z.array(z.object({ description: z.string(), studentsPerYear: z.number().optional() })),
  ownerDepartment: z.string().optional(),
  documents: z.array(z.object({ name: z.string(), url: z.string() })),
  notes: z.string().optional(),
  lastActivityOn: z.string().openapi({
    description:
      'The date of the latest activity (its own date, not the day it was recorded); the signing date or the day the ' +
      'record was created until one is recorded',
  }),
  overdue: z.boolean().openapi({ description: 'Signed or active, and the end date has passed' }),
  allowedTransitions: z.array(z.enum(PARTNERSHIP_STATUSES)),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const ActivityView = z.object({
  activityId: z.string(),
  universityId: z.string(),
  partnershipId: z.string().optional(),
  kind: z.enum(ACTIVITY_KINDS),
  on: z.string(),
  title: z.string(),
  participants: z.array(z.string()),
  outcome: z.string().optional(),
  fromStatus: z.string().optional(),
  toStatus: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export type CreatePartnershipInput = z.input<typeof CreatePartnershipInput>;
export type UpdatePartnershipInput = z.infer<typeof UpdatePartnershipInput>;
export type TransitionInput = z.infer<typeof TransitionInput>;
export type CreateActivityInput = z.input<typeof CreateActivityInput>;
export type ListPartnershipsQuery = z.infer<typeof ListPartnershipsQuery>;
export type PartnershipView = z.infer<typeof PartnershipView>;
export type ActivityView = z.infer<typeof ActivityView>;

const ReminderItem = z.object({
  partnershipId: z.string(),
  universityId: z.string(),
  title: z.string(),
  status: z.enum(PARTNERSHIP_STATUSES),
  expiresOn: z.string().optional(),
  lastActivityOn: z.string(),
});

export const ReminderDigestView = z.object({
  date: z.string(),
  expiring: z.array(ReminderItem),
  inactive: z.array(ReminderItem),
  overdue: z.array(ReminderItem).openapi({ description: 'Signed or active agreements whose end date has passed' }),
  createdAt: z.string(),
});
