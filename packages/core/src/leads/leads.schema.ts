import { eventIdSchema } from '../events/events.schema.ts';
import { DEGREE_LEVELS } from '../events/registration.entity.ts';
import { idPattern } from '../ids.ts';
import { nameSchema } from '../names.ts';
import { z } from '../schema.ts';
import { emailAddressSchema } from '../emails.ts';
import { phoneSchema, universityIdSchema } from '../fields.ts';
import { INVITATION_KINDS } from './lead-invitation.entity.ts';
import { rule } from '../field-errors.ts';

export const leadIdSchema = z.string().regex(idPattern('lead'), { error: 'Not a lead id' });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ListLeadsQuery = z.object({
  universityId: universityIdSchema.optional(),
  degreeLevel: z.enum(DEGREE_LEVELS).optional(),
  graduationYear: z.coerce.number().int().min(1990).max(2100).optional(),
  major: z.string().trim().min(1).max(60).optional(),
  fromRegion: flag.optional(),
  interest: z
    .enum(INVITATION_KINDS)
    .optional()
    .openapi({ description: 'Interested in the summer programme or a full-time post' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .openapi({ description: 'Part of a name, email, phone, major or university' }),
});

export const LeadView = z.object({
  leadId: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  universityId: z.string().optional(),
  universityName: z.string().optional(),
  degreeLevel: z.enum(DEGREE_LEVELS),
  major: z.string(),
  graduationYear: z.number().int(),
  hometown: z.string().optional(),
  fromRegion: z.boolean(),
  interestedInSummerProgramme: z.boolean(),
  interestedInFullTime: z.boolean(),
  eventCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * An organiser's correction of who a lead is: the only way a lead's name, email, phone or
 * university changes once created (registrations never rewrite them). A university from the list
 * (`universityId`) or typed (`universityName`), not both.
 */
export const UpdateLeadInput = z
  .strictObject({
    version: z.number().int().min(1),
    name: nameSchema(1, 60).optional(),
    email: emailAddressSchema.optional(),
    phone: phoneSchema
      .pipe(z.string().regex(/^(\+?86[- ]?)?1[3-9]\d{9}$/, { error: 'Enter a mainland mobile number' }))
      .optional(),
    universityId: universityIdSchema.optional(),
    universityName: nameSchema(2, 120).optional(),
  })
  .refine((v) => !(v.universityId && v.universityName), {
    path: ['universityName'],
    ...rule('choose_one', 'Choose a university or type one, not both'),
  });

export const LeadEventView = z.object({
  eventId: z.string(),
  tripId: z.string(),
  stopId: z.string(),
  registrationId: z.string(),
  universityId: z.string().optional().openapi({ description: 'The university the registration named' }),
  eventTitle: z.string(),
  kind: z.string(),
  startsAt: z.string(),
  status: z.string(),
  checkedInAt: z.string().optional(),
  registeredAt: z.string(),
});

export const CreateLeadInvitationInput = z.strictObject({
  kind: z.enum(INVITATION_KINDS),
  note: z.string().trim().max(1000).optional(),
  eventId: eventIdSchema
    .optional()
    .openapi({ description: 'The event to credit; the latest one the lead attended if left out' }),
});

export const LeadInvitationView = z.object({
  invitationId: z.string(),
  leadId: z.string(),
  kind: z.enum(INVITATION_KINDS),
  note: z.string().optional(),
  eventId: z.string().optional(),
  tripId: z.string().optional(),
  invitedBy: z.string(),
  invitedAt: z.string(),
});

export const LeadDetailView = LeadView.extend({
  events: z.array(LeadEventView),
  invitations: z.array(LeadInvitationView),
});

export type ListLeadsQuery = z.infer<typeof ListLeadsQuery>;
export type LeadView = z.infer<typeof LeadView>;
export type LeadEventView = z.infer<typeof LeadEventView>;
export type UpdateLeadInput = z.infer<typeof UpdateLeadInput>;
export type LeadDetailView = z.infer<typeof LeadDetailView>;
export type CreateLeadInvitationInput = z.infer<typeof CreateLeadInvitationInput>;
export type LeadInvitationView = z.infer<typeof LeadInvitationView>;
