import { idPattern } from '../ids.ts';
import { dateSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { CONTACT_KINDS } from './care.entity.ts';
import { CONTACT_LEVELS } from './policy.schema.ts';

const userId = (what: string) =>
  z.string().regex(idPattern('user'), { error: 'Not an account id' }).openapi({ description: what });

export const AssignCareInput = z.strictObject({
  tier: z.string().min(1).max(40).openapi({ description: 'A tier of the policy in force today' }),
  commissionerId: userId('The service commissioner: an active organiser account'),
  contactUserId: userId('The contact: an active account with the contact role'),
  version: z
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: 'The version read (0: not yet looked after); another is 409 `version_conflict`' }),
});
export type AssignCareInput = z.infer<typeof AssignCareInput>;

export const CareView = z.object({
  outcomeId: z.string(),
  cohortId: z.string().optional(),
  name: z.string(),
  onboardedOn: z.string(),
  tier: z.string(),
  // The tier's words travel with the record: a contact reads no policy, yet names the tier on screen.
  tierLabel: z.object({ zh: z.string(), en: z.string() }),
  contactLevel: z.enum(CONTACT_LEVELS).openapi({ description: 'Who keeps in touch, as the tier requires' }),
  commissionerId: z.string(),
  contactUserId: z.string(),
  lastContactOn: z.string(),
  employer: z.string().optional().openapi({ description: 'The unit employing the person now, as their outcome says' }),
  inService: z.boolean().openapi({ description: 'False once the person has left: no contact falls due' }),
  nextContactDue: z.string().openapi({ description: 'From the cadence in force on the last contact' }),
  contactOverdue: z.boolean().openapi({ description: "Past the due day in the cohort's time zone" }),
  policyId: z.string(),
  version: z.number().int(),
});
export type CareView = z.infer<typeof CareView>;

export const ListCareQuery = z.object({
  commissionerId: userId('Organisers: one commissioner’s people (default: their own)').optional(),
  tier: z.string().min(1).max(40).optional().openapi({
    description: 'Organisers: everyone of this tier, whoever looks after them (commissionerId is then not read)',
  }),
});
export type ListCareQuery = z.infer<typeof ListCareQuery>;

export const LogContactInput = z.strictObject({
  on: dateSchema,
  kind: z.enum(CONTACT_KINDS),
  raised: z.string().trim().max(2000).optional().openapi({ description: 'What the person raised' }),
  followUps: z.string().trim().max(2000).optional(),
});
export type LogContactInput = z.infer<typeof LogContactInput>;

export const ContactLogView = z.object({
  logId: z.string(),
  outcomeId: z.string(),
  on: z.string(),
  kind: z.enum(CONTACT_KINDS),
  byUserId: z.string(),
  byName: z.string(),
  raised: z.string().optional(),
  followUps: z.string().optional(),
  createdAt: z.string(),
});
export type ContactLogView = z.infer<typeof ContactLogView>;
