import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { hostUnitIdSchema, phoneSchema } from '../fields.ts';
import { emailSchema } from '../users/users.schema.ts';
import { nameSchema } from '../names.ts';

export const mentorIdSchema = z.string().regex(idPattern('mentor'), { error: 'Not a mentor id' });

const fields = {
  name: nameSchema(1, 60),
  title: z.string().trim().min(1).max(60).openapi({ description: 'Position or professional title, e.g. 高级工程师' }),
  phone: phoneSchema,
  expertise: z.string().trim().max(200),
  maxMentees: z.number().int().min(1).max(30),
};

export const CreateMentorInput = z.strictObject({
  hostUnitId: hostUnitIdSchema.optional().openapi({ description: 'Left out for an independent expert' }),
  name: fields.name,
  title: fields.title,
  phone: fields.phone,
  email: emailSchema.openapi({ description: 'The mentor signs in with it' }),
  expertise: fields.expertise.optional(),
  maxMentees: fields.maxMentees,
});

/** The email is the account's sign-in and the unit is fixed once mentees are assigned, so neither changes here. */
export const UpdateMentorInput = z.strictObject({
  version: z.number().int().min(1),
  name: fields.name.optional(),
  title: fields.title.optional(),
  phone: fields.phone.optional(),
  expertise: fields.expertise.optional(),
  maxMentees: fields.maxMentees
    .optional()
    .openapi({ description: 'Refused (409 conflict) below the current number of mentees' }),
});

export const ListMentorsQuery = z.object({
  hostUnitId: z
    .union([hostUnitIdSchema, z.literal('independent')])
    .optional()
    .openapi({ description: 'A host unit, or `independent`' }),
});

export const MentorView = z.object({
  mentorId: z.string(),
  hostUnitId: z.string().optional(),
  hostUnitName: z.string().optional(),
  name: z.string(),
  title: z.string(),
  phone: z.string(),
  email: z.string(),
  expertise: z.string().optional(),
  maxMentees: z.number().int(),
  mentees: z.number().int(),
  userId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const CreatedMentorView = z.object({
  mentor: MentorView,
  invitationCode: z.string().openapi({ description: 'Shown once: the mentor activates their account with it' }),
});

export type CreateMentorInput = z.input<typeof CreateMentorInput>;
export type UpdateMentorInput = z.infer<typeof UpdateMentorInput>;
export type ListMentorsQuery = z.infer<typeof ListMentorsQuery>;
export type MentorView = z.infer<typeof MentorView>;
