import { z } from '../schema.ts';
import { emailAddressSchema } from '../emails.ts';
import { idPattern } from '../ids.ts';
import { newPasswordSchema } from '../auth/password-policy.ts';
import { ROLES, USER_STATUSES } from './user.entity.ts';
import { nameSchema } from '../names.ts';
import { rule } from '../field-errors.ts';
import { unitIdSchema } from '../fields.ts';

export const emailSchema = emailAddressSchema.openapi({ format: 'email', example: 'coordinator.pku@example.com' });

export const personNameSchema = nameSchema(1, 60);

/** A password being set: accounts keep their existing passwords, only new ones meet the rules. */
export const passwordSchema = newPasswordSchema;

export const userIdSchema = z.string().regex(idPattern('user'), { error: 'Not a user id' });

export const LoginInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(128),
});

export const ActivateInput = z.strictObject({
  code: z.string().trim().min(4).max(32),
  password: passwordSchema,
});

/** A one-time reset code an admin issued, and the new password. */
export const ResetPasswordInput = z.strictObject({
  code: z.string().trim().min(4).max(32),
  password: passwordSchema,
});

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});

/** A reviewer's employing unit, named as a position names its own. */
const reviewerUnitSchema = unitIdSchema.openapi({
  description: 'A reviewer’s employing unit: a host unit (hst_…) or an employer record (emp_…)',
});

/**
 * The roles an admin invites directly, each with the record it is bound to (none for organisers) and
 * the rule codes a missing or misplaced binding is refused with. Mentors and interns get accounts
 * through their own flows (mentor assignment, accepted registration), which know the ids to bind.
 */
export const INVITED_ROLES = {
  organiser: null,
  coordinator: {
    field: 'universityId',
    required: rule('university_required', 'A coordinator belongs to a university'),
    misplaced: rule('university_not_allowed', 'Only coordinators belong to a university'),
  },
  reviewer: {
    field: 'unitId',
    required: rule('unit_required', 'A reviewer belongs to an employing unit'),
    misplaced: rule('unit_not_allowed', 'Only reviewers belong to an employing unit'),
  },
  // Bound to no record: the people a contact sees are those assigned to it, one by one.
  contact: null,
} as const;
type InvitedRole = keyof typeof INVITED_ROLES;
const INVITED_ROLE_NAMES = Object.keys(INVITED_ROLES) as [InvitedRole, ...InvitedRole[]];

/** Accounts an admin organiser creates directly, bound to the record their role needs and to no other. */
export const CreateUserInput = z
  .strictObject({
    email: emailSchema,
    name: personNameSchema,
    role: z.enum(INVITED_ROLE_NAMES),
    universityId: z.string().regex(idPattern('university'), { error: 'Not a university id' }).optional(),
    unitId: reviewerUnitSchema.optional(),
    isAdmin: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    for (const [role, binding] of Object.entries(INVITED_ROLES)) {
      if (!binding) continue;
      const bound = Boolean(value[binding.field]);
      if (value.role === role && !bound) ctx.addIssue({ code: 'custom', path: [binding.field], ...binding.required });
      if (value.role !== role && bound) ctx.addIssue({ code: 'custom', path: [binding.field], ...binding.misplaced });
    }
    if (value.role !== 'organiser' && value.isAdmin) {
      ctx.addIssue({
        code: 'custom',
        path: ['isAdmin'],
        ...rule('admin_not_allowed', 'Only organisers can be admins'),
      });
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
  unitId: z.string().optional().openapi({ description: 'A reviewer’s employing unit' }),
  outcomeId: z.string().optional().openapi({ description: 'A talent account’s own outcome' }),
  isAdmin: z.boolean(),
  status: z.enum(USER_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const ResetCodeView = z.object({
  user: UserView,
  resetCode: z.string().openapi({ description: 'One-time code for `POST /v1/auth/reset`; shown once' }),
  expiresAt: z.string().openapi({ description: 'When the code stops working' }),
});

/** The accounts list's filters: part of a name or email, and one role (administrators are organisers). */
export const ListUsersQuery = z.object({
  q: z.string().trim().min(1).max(60).optional(),
  role: z.enum(ROLES).optional(),
});

export type ListUsersQuery = z.infer<typeof ListUsersQuery>;
export type LoginInput = z.infer<typeof LoginInput>;
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
export type ResetCodeView = z.infer<typeof ResetCodeView>;
export type ActivateInput = z.infer<typeof ActivateInput>;
export type CreateUserInput = z.infer<typeof CreateUserInput>;
export type CreateCoordinatorInput = z.infer<typeof CreateCoordinatorInput>;
export type UserView = z.infer<typeof UserView>;
