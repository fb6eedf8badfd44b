import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { phoneSchema, stopIdSchema, universityIdSchema } from '../fields.ts';
import { emailAddressSchema } from '../emails.ts';
import { DEGREE_LEVELS, LOCALES, REGISTRATION_STATUSES } from './registration.entity.ts';
import { EVENT_KINDS, EVENT_STATUSES } from './event.entity.ts';
import { nameSchema } from '../names.ts';
import { rule } from '../field-errors.ts';

export const eventIdSchema = z.string().regex(idPattern('event'), { error: 'Not an event id' });
export const registrationIdSchema = z.string().regex(idPattern('registration'), { error: 'Not a registration id' });

/** The consent text students agree to; bump it when the wording changes so each consent names its text. */
export const CONSENT_VERSION = '2024-03-v1';

const startsAt = z.iso.datetime({ offset: true, error: 'Use an ISO time with offset, like 2024-03-12T14:00:00+08:00' });

export const CreateEventInput = z.strictObject({
  stopId: stopIdSchema,
  universityId: universityIdSchema,
  kind: z.enum(EVENT_KINDS),
  title: nameSchema(2, 120),
  venue: z.string().trim().min(1).max(200),
  startsAt,
  capacity: z.number().int().min(0).max(100_000),
  outcomeNotes: z.string().trim().max(4000).optional(),
});

export const UpdateEventInput = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(EVENT_KINDS).optional(),
  title: nameSchema(2, 120).optional(),
  venue: z.string().trim().min(1).max(200).optional(),
  startsAt: startsAt.optional(),
  capacity: z.number().int().min(0).max(100_000).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  outcomeNotes: z.string().trim().max(4000).optional(),
});

export const EventView = z.object({
  eventId: z.string(),
  tripId: z.string(),
  stopId: z.string(),
  universityId: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  venue: z.string(),
  startsAt: z.string(),
  capacity: z.number().int(),
  status: z.enum(EVENT_STATUSES),
  outcomeNotes: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const PublicEventView = z.object({
  eventId: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  venue: z.string(),
  startsAt: z.string(),
  universityName: z.string(),
  status: z.enum(EVENT_STATUSES),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  consentVersion: z.string(),
});

const person = {
  name: nameSchema(1, 60),
  universityId: universityIdSchema.optional(),
  universityName: nameSchema(2, 120).optional(),
  degreeLevel: z.enum(DEGREE_LEVELS),
  major: z.string().trim().min(1).max(120),
  graduationYear: z.number().int().min(1990).max(2100),
  phone: phoneSchema.pipe(z.string().regex(/^(\+?86[- ]?)?1[3-9]\d{9}$/, { error: 'Enter a mainland mobile number' })),
  email: emailAddressSchema,
  hometown: z.string().trim().max(120).optional(),
  fromRegion: z.boolean().openapi({ description: 'Native of the prefecture' }),
  interestedInSummerProgramme: z.boolean(),
  interestedInFullTime: z.boolean(),
  consent: z.literal(true, { error: 'Consent to the processing of your data is required to register' }),
  locale: z
    .enum(LOCALES)
    .optional()
    .openapi({ description: 'Language of the mails sent about this registration; Chinese when absent' }),
};

export const RegistrationInput = z.strictObject(person).superRefine((v, ctx) => {
  if (!v.universityId && !v.universityName) {
    ctx.addIssue({ code: 'custom', path: ['universityName'], ...rule('required', 'Enter your university') });
  }
});

export const RegistrationReceipt = z.object({
  registrationId: z.string(),
  eventId: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  checkInToken: z.string().openapi({ description: 'Shown as a QR code; staff scan it at the door' }),
  capacity: z.number().int(),
  seatsLeft: z.number().int().openapi({ description: 'Free seats after this registration, read after it' }),
});

export const RegistrationView = z.object({
  registrationId: z.string(),
  eventId: z.string(),
  leadId: z.string(),
  name: z.string(),
  universityId: z.string().optional(),
  universityName: z.string().optional(),
  degreeLevel: z.enum(DEGREE_LEVELS),
  major: z.string(),
  graduationYear: z.number().int(),
  phone: z.string(),
  email: z.string(),
  hometown: z.string().optional(),
  fromRegion: z.boolean(),
  interestedInSummerProgramme: z.boolean(),
  interestedInFullTime: z.boolean(),
  status: z.enum(REGISTRATION_STATUSES),
  walkIn: z.boolean(),
  consentAt: z.string(),
  consentVersion: z.string(),
  checkedInAt: z.string().optional(),
  checkedInBy: z.string().optional(),
  locale: z.enum(LOCALES).optional(),
  cancelledAt: z.string().optional(),
  promotedAt: z.string().optional(),
  createdAt: z.string(),
  arrival: z.number().int().optional().openapi({
    description: 'Place in the order the server received public registrations; seats and the waitlist follow it',
  }),
});

export const ListRegistrationsQuery = z.object({
  q: z.string().trim().min(1).max(60).optional().openapi({ description: 'Part of a name or phone number' }),
  status: z.enum(['registered', 'waitlisted', 'checked_in', 'not_checked_in']).optional(),
});

export const CheckInInput = z.strictObject({ token: z.string().trim().min(10).max(64) });
export const AnnulCheckInInput = z.strictObject({ reason: z.string().trim().min(2).max(500) });
export const AdmitFromWaitlistInput = z.strictObject({
  reason: z.string().trim().min(2).max(500).openapi({ description: 'Why this person gets in; kept in the audit' }),
});
export const WaitlistAdmission = RegistrationView.extend({
  overCapacity: z.boolean().openapi({ description: 'The event was full: this admission went past its capacity' }),
});

export const AttendanceCounts = z.object({
  capacity: z.number().int(),
  registered: z.number().int(),
  waitlisted: z.number().int(),
  checkedIn: z.number().int(),
  walkIns: z.number().int(),
  /** Registered but not checked in, once the event has taken place; null before. */
  noShow: z.number().int().nullable(),
});

export type CreateEventInput = z.infer<typeof CreateEventInput>;
export type UpdateEventInput = z.infer<typeof UpdateEventInput>;
export type EventView = z.infer<typeof EventView>;
export type PublicEventView = z.infer<typeof PublicEventView>;
export type RegistrationInput = z.infer<typeof RegistrationInput>;
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;
export type RegistrationView = z.infer<typeof RegistrationView>;
export type ListRegistrationsQuery = z.infer<typeof ListRegistrationsQuery>;
export type AttendanceCounts = z.infer<typeof AttendanceCounts>;
export type WaitlistAdmission = z.infer<typeof WaitlistAdmission>;
