import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { universityIdSchema } from '../fields.ts';
import { COHORT_REGISTRATION_STATUSES, REGISTRATION_SOURCES } from './cohort-registration.entity.ts';
import { DEGREE_LEVELS, REGISTRATION_RULES, shapeOf } from './rules.ts';
import { perNote } from './note-fields.ts';

export const cohortRegistrationIdSchema = z
  .string()
  .regex(idPattern('cohortRegistration'), { error: 'Not a registration id' });

/**
 * One student as a university submits them, after normalisation (see normalise.ts): the strict
 * rules every registration passes, whether typed into the form or read from an imported row. Each
 * field's rule is defined once, in rules.ts.
 */
export const RegistrationRow = z.strictObject(shapeOf(REGISTRATION_RULES));

/**
 * The request body of the single-registration route: the same fields with loose types, because
 * normalisation (full-width digits, stray spaces, 138 1234 5678) happens before the strict rules,
 * and those report each field that fails.
 */
export const RegistrationBody = z.strictObject({
  universityId: z.string().max(40).optional(),
  name: z.string().max(200),
  gender: z.enum(['male', 'female']).optional(),
  nationalId: z.string().max(40),
  phone: z.string().max(40),
  email: z.string().max(254),
  degreeLevel: z.string().max(20).openapi({ description: 'master, phd or bachelor (硕士, 博士, 本科 accepted)' }),
  major: z.string().max(200),
  discipline: z.string().max(200),
  studyYear: z.union([z.number(), z.string().max(10)]),
  supervisor: z.string().max(200),
  hometown: z.string().max(200),
  hometownCounty: z.string().max(200).optional(),
  fromRegion: z.boolean(),
  // Twice the rule's cap: spaces and full-width characters are normalised away before the rule counts.
  ...perNote((_, { max }) =>
    z
      .string()
      .max(max * 2)
      .optional(),
  ),
  emergencyContact: z.strictObject({
    name: z.string().max(200),
    phone: z.string().max(40),
    relation: z.string().max(60).optional(),
  }),
  consent: z.boolean(),
});

export const DECISIONS = ['accepted', 'waitlisted', 'rejected'] as const;

export const DecisionInput = z.strictObject({
  registrationIds: z.array(cohortRegistrationIdSchema).min(1).max(100),
  decision: z.enum(DECISIONS),
  reason: z.string().trim().max(500).optional(),
});

export const StatusChangeInput = z.strictObject({
  reason: z.string().trim().max(500).optional(),
});

export const ListCohortRegistrationsQuery = z.object({
  status: z.enum(COHORT_REGISTRATION_STATUSES).optional(),
  universityId: universityIdSchema.optional(),
});

export const CohortRegistrationView = z.object({
  registrationId: z.string(),
  cohortId: z.string(),
  universityId: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  nationalIdMasked: z.string(),
  nationalId: z.string().optional().openapi({ description: 'In full for organisers reading one registration' }),
  phone: z.string().openapi({ description: 'Masked in lists for everyone but organisers' }),
  email: z.string(),
  degreeLevel: z.enum(DEGREE_LEVELS),
  major: z.string(),
  discipline: z.string(),
  studyYear: z.number().int(),
  supervisor: z.string(),
  hometown: z.string(),
  hometownCounty: z.string().optional(),
  fromRegion: z.boolean(),
  ...perNote(() => z.string().optional()),
  emergencyContact: z.object({ name: z.string(), phone: z.string(), relation: z.string().optional() }),
  consentAt: z.string(),
  status: z.enum(COHORT_REGISTRATION_STATUSES),
  decisionReason: z.string().optional(),
  decidedAt: z.string().optional(),
  userId: z.string().optional(),
  source: z.enum(REGISTRATION_SOURCES),
  importJobId: z.string().optional(),
  hostUnitId: z.string().optional(),
  projectId: z.string().optional(),
  mentorId: z.string().optional(),
  placedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const DecisionResult = z.object({
  registrationId: z.string(),
  ok: z.boolean(),
  status: z.enum(COHORT_REGISTRATION_STATUSES).optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  invitationCode: z
    .string()
    .optional()
    .openapi({ description: 'Shown once, and mailed to the student: the intern activates their account with it' }),
  invitationExpiresAt: z.string().optional(),
});

export const DecisionOutcome = z.object({ results: z.array(DecisionResult) });

export type RegistrationRow = z.input<typeof RegistrationRow>;
export type RegistrationBody = z.infer<typeof RegistrationBody>;
export type DecisionInput = z.infer<typeof DecisionInput>;
export type ListCohortRegistrationsQuery = z.infer<typeof ListCohortRegistrationsQuery>;
export type CohortRegistrationView = z.infer<typeof CohortRegistrationView>;
export type DecisionResult = z.infer<typeof DecisionResult>;
