/** Outcomes of interns and invited leads: opening one, its stage steps, retention confirmations, subsidy eligibility. */
import { cohortIdSchema } from '../fields.ts';
import { cohortRegistrationIdSchema } from '../cohort-registrations/cohort-registrations.schema.ts';
import { dateSchema, hostUnitIdSchema, universityIdSchema } from '../fields.ts';
import { idPattern } from '../ids.ts';
import { leadIdSchema } from '../leads/leads.schema.ts';
import { z } from '../schema.ts';
import { EMPLOYMENT_KINDS, OUTCOME_STAGES, SUBSIDY_CATEGORIES } from './outcome.entity.ts';
import { rule } from '../field-errors.ts';

export const outcomeIdSchema = z.string().regex(idPattern('outcome'), { error: 'Not an outcome id' });
export const OutcomeStage = z.enum(OUTCOME_STAGES);
export type OutcomeStage = z.infer<typeof OutcomeStage>;
export const EmploymentKind = z.enum(EMPLOYMENT_KINDS);
export const SubsidyCategory = z.enum(SUBSIDY_CATEGORIES);

/** Exactly one subject: an accepted intern's registration or a lead invited to a full-time post. */
export const OpenOutcomeInput = z
  .strictObject({ registrationId: cohortRegistrationIdSchema.optional(), leadId: leadIdSchema.optional() })
  .refine((v) => (v.registrationId ? 1 : 0) + (v.leadId ? 1 : 0) === 1, {
    path: ['registrationId'],
    ...rule('one_of_required', 'Give either registrationId or leadId'),
  });
export type OpenOutcomeInput = z.infer<typeof OpenOutcomeInput>;

export const OpenCohortOutcomesInput = z.strictObject({ cohortId: cohortIdSchema });

export const OutcomeTransitionInput = z
  .strictObject({
    to: OutcomeStage.exclude(['none']),
    on: dateSchema.openapi({ description: 'The day the step happened' }),
    version: z.number().int().min(1),
    employer: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .openapi({ description: 'Required to onboard unless the offer already recorded the employer' }),
    employerHostUnitId: hostUnitIdSchema.optional(),
    post: z.string().trim().min(1).max(120).optional(),
    employmentKind: EmploymentKind.optional(),
    reason: z.string().trim().min(1).max(500).optional(),
    agreementConfirmedOn: dateSchema
      .optional()
      .openapi({ description: "The university's confirmation of the tripartite agreement (三方协议)" }),
    subsidyCategory: SubsidyCategory.optional().openapi({
      description: 'A title placing the person in the senior row; otherwise from the degree',
    }),
    inHighTechZone: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.to === 'declined' || v.to === 'left') && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], ...rule('reason_required', 'Say why') });
    if (v.to === 'agreement_signed' && !v.agreementConfirmedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['agreementConfirmedOn'],
        ...rule('required', "The university's confirmation date is required"),
      });
    }
    if (v.agreementConfirmedOn && v.agreementConfirmedOn < v.on) {
      ctx.addIssue({
        code: 'custom',
        path: ['agreementConfirmedOn'],
        ...rule('confirmed_before_signed', 'The university confirms after the signing'),
      });
    }
    // Onboarding needs an employer: named here, or already recorded by the offer (checked in `transition`).
  });
export type OutcomeTransitionInput = z.infer<typeof OutcomeTransitionInput>;

export const StageRecord = z.object({
  stage: OutcomeStage,
  on: z.string(),
  employer: z.string().optional(),
  post: z.string().optional(),
  employmentKind: EmploymentKind.optional(),
  reason: z.string().optional(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type StageRecord = z.infer<typeof StageRecord>;

export const OutcomeView = z.object({
  outcomeId: z.string(),
  subjectKind: z.enum(['intern', 'lead']),
  subjectId: z.string(),
  cohortId: z.string().optional(),
  universityId: z.string().optional(),
  name: z.string(),
  degreeLevel: z.enum(['master', 'phd', 'bachelor']),
  discipline: z.string(),
  fromRegion: z.boolean(),
  hostUnitId: z.string().optional(),
  mentorId: z.string().optional(),
  eventId: z.string().optional(),
  tripId: z.string().optional(),
  partnershipId: z.string().optional(),
  stage: OutcomeStage,
  history: z.array(StageRecord),
  employer: z.string().optional(),
  employerHostUnitId: z.string().optional(),
  post: z.string().optional(),
  positionId: z.string().optional().openapi({ description: 'The position whose accepted offer moved it to offered' }),
  employmentKind: EmploymentKind.optional(),
  reason: z.string().optional(),
  agreementSignedOn: z.string().optional(),
  agreementConfirmedOn: z.string().optional(),
  onboardedOn: z.string().optional(),
  subsidyCategory: SubsidyCategory.optional(),
  inHighTechZone: z.boolean().optional(),
  retainedYears: z.number().int(),
  homeBoughtOn: z.string().optional(),
  allowedTransitions: z.array(OutcomeStage),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type OutcomeView = z.infer<typeof OutcomeView>;

export const ListOutcomesQuery = z.object({
  cohortId: cohortIdSchema.optional(),
  universityId: universityIdSchema.optional(),
  stage: OutcomeStage.optional(),
});
export type ListOutcomesQuery = z.infer<typeof ListOutcomesQuery>;

export const RetentionInput = z.strictObject({
  year: z.number().int().min(1).max(5),
  confirmedOn: dateSchema,
  stillEmployed: z.boolean(),
  employer: z.string().trim().min(1).max(120),
  proofReference: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .openapi({ description: 'e.g. the social-insurance record number' }),
  note: z.string().trim().max(500).optional(),
  homeBoughtOn: dateSchema.optional(),
});
export type RetentionInput = z.infer<typeof RetentionInput>;

export const RetentionView = z.object({
  outcomeId: z.string(),
  year: z.number().int(),
  confirmedOn: z.string(),
  stillEmployed: z.boolean(),
  employer: z.string(),
  proofReference: z.string().optional(),
  note: z.string().optional(),
  createdAt: z.string(),
});
export type RetentionView = z.infer<typeof RetentionView>;

export const EligibilityView = z.object({
  eligible: z.boolean(),
  dueOn: z.string().nullable(),
  policyId: z.string().nullable(),
  amountFen: z.number().int(),
  missing: z.array(z.string()),
});

export const RetentionLedgerView = z.object({
  outcomeId: z.string(),
  confirmations: z.array(RetentionView),
  eligibility: EligibilityView,
});
export type RetentionLedgerView = z.infer<typeof RetentionLedgerView>;
