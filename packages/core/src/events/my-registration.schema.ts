import { z } from '../schema.ts';
import { emailAddressSchema } from '../emails.ts';
import { EVENT_KINDS } from './event.entity.ts';
import { REGISTRATION_STATUSES } from './registration.entity.ts';
import { rule } from '../field-errors.ts';

const contact = {
  email: emailAddressSchema.optional(),
  phone: z.string().trim().max(20).optional(),
};

const oneContact = <T extends { email?: string; phone?: string }>(v: T, ctx: z.RefinementCtx) => {
  if (!v.email === !v.phone)
    ctx.addIssue({
      code: 'custom',
      path: ['email'],
      ...rule('one_of_required', 'Give either the email or the phone number used to register'),
    });
};

export const RecoveryRequestInput = z.strictObject(contact).superRefine(oneContact);
export const RecoveryVerifyInput = z
  .strictObject({
    ...contact,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { error: 'Enter the 6-digit code' }),
  })
  .superRefine(oneContact);

/** How the registrant proves it is theirs: the check-in token from the mailed link, or a recovery access token. */
export const RegistrantAccessInput = z
  .strictObject({
    token: z
      .string()
      .trim()
      .min(10)
      .max(64)
      .optional()
      .openapi({ description: 'The check-in token from the confirmation link' }),
    accessToken: z.string().trim().min(10).max(200).optional().openapi({ description: 'From /recovery/verify' }),
  })
  .refine((v) => Boolean(v.token) !== Boolean(v.accessToken), {
    ...rule('one_of_required', 'Give the token or the access token'),
    path: ['token'],
  });

export const RecoveryAccess = z.object({ accessToken: z.string(), expiresAt: z.string() });

export const RecoveryRequested = z.object({
  sent: z
    .literal(true)
    .openapi({ description: 'Always true: the answer does not tell whether the person is registered' }),
});

export const MyRegistrationView = z.object({
  registrationId: z.string(),
  eventId: z.string(),
  name: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  /** Masked: the page may be open on a shared screen. */
  email: z.string(),
  phone: z.string(),
  createdAt: z.string(),
  promotedAt: z.string().optional(),
  cancelledAt: z.string().optional(),
  checkedInAt: z.string().optional(),
  checkInToken: z.string().optional().openapi({ description: 'The QR code, while the registration holds a seat' }),
  canCancel: z.boolean(),
  event: z.object({
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    venue: z.string(),
    startsAt: z.string(),
    universityName: z.string(),
    capacity: z.number().int(),
    seatsLeft: z.number().int().openapi({ description: 'Free seats now, read when the page is opened' }),
  }),
});

export type RecoveryRequestInput = z.infer<typeof RecoveryRequestInput>;
export type RecoveryVerifyInput = z.infer<typeof RecoveryVerifyInput>;
export type RegistrantAccessInput = z.infer<typeof RegistrantAccessInput>;
export type MyRegistrationView = z.infer<typeof MyRegistrationView>;
