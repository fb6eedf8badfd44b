import { z } from '../schema.ts';
import { idPattern } from '../ids.ts';
import { ROLES, USER_STATUSES } from './user.entity.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Enter a valid email address' }))
  .openapi({ format: 'email', example: 'coordinator.pku@example.com' });

export const personNameSchema = z.string().trim().min(1).max(60);

export const passwordSchema = z
  .string()
  .min(8, { error: 'Use at least 8 characters' })
  .max(128, { error: 'Use at most 128 characters' });

export const userIdSchema = z.string().regex(idPattern('user'), { error: 'Not a user id' });

export const LoginInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(128),
});

export const ActivateInput = z.strictObject({
  code: z.string().trim().min(4).max(32),
  password: passwordSchema,
});

/**
 * Accounts an admin organiser creates directly. Mentors and interns get accounts through their own
 * flows (mentor assignment, accepted registration), which know the ids to bind them to.
 */
export const CreateUserInput = z
  .strictObject({
    email: emailSchema,
    name: personNameSchema,
    role: z.enum(['organiser', 'coordinator']),
    universityId: z.string().regex(idPattern('university'), { error: 'Not a university id' }).optional(),
    isAdmin: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'coordinator' && !value.universityId) {
      ctx.addIssue({ code: 'custom', path: ['universityId'], message: 'A coordinator belongs to a university' });
    }
    if (value.role !== 'coordinator' && value.universityId) {
      ctx.addIssue({ code: 'custom', path: ['universityId'], message: 'Only coordinators belong to a university' });
    }
    if (value.role !== 'organiser' && value.isAdmin) {
      ctx.addIssue({ code: 'custom', path: ['isAdmin'], message: 'Only organisers can be admins' });
    }
  });

export const CreateCoordinatorInput = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
});

export const UserView = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  universityId: z.string().optional(),
  mentorId: z.string().optional(),
  internId: z.string().optional(),
  isAdmin: z.boolean(),
  status: z.enum(USER_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type LoginInput = z.infer<typeof LoginInput>;
export type ActivateInput = z.infer<typeof ActivateInput>;
export type CreateUserInput = z.infer<typeof CreateUserInput>;
export type CreateCoordinatorInput = z.infer<typeof CreateCoordinatorInput>;
export type UserView = z.infer<typeof UserView>;
