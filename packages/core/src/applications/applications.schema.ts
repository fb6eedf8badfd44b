import { emailAddressSchema } from '../emails.ts';
import { LOCALES } from '../events/registration.entity.ts';
import { DEGREE_LEVELS } from '../events/registration.entity.ts';
import { rule } from '../field-errors.ts';
import { idPattern } from '../ids.ts';
import { nameSchema } from '../names.ts';
import { z } from '../schema.ts';
import { phoneSchema } from '../fields.ts';
import { ApplicantInterviewView, InterviewView } from './interviews.schema.ts';
import { APPLICATION_STATUSES, REFUSALS } from './lifecycle.ts';

export const applicationIdSchema = z.string().regex(idPattern('application'), { error: 'Not an application id' });

/** What the phone says about the CV before uploading it; the bytes are checked once they are in storage. */
export const CvUploadInput = z.strictObject({
  contentType: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .openapi({ description: 'As the browser declares it: application/pdf' }),
  size: z.number().int().min(1).openapi({ description: 'Bytes; at most 5 MB' }),
});

export const ApplicationInput = z.strictObject({
  name: nameSchema(1, 60),
  phone: phoneSchema.pipe(z.string().regex(/^(\+?86[- ]?)?1[3-9]\d{9}$/, { error: 'Enter a mainland mobile number' })),
  email: emailAddressSchema,
  nationalId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .openapi({ description: 'Optional; only its keyed hash is kept, to find the same person again' }),
  degreeLevel: z.enum(DEGREE_LEVELS),
  universityName: nameSchema(2, 120),
  discipline: z.string().trim().min(1).max(120),
  graduationYear: z.number().int().min(1990).max(2100),
  consent: z.literal(true, { error: 'Consent to the processing of your data is required to apply' }),
  cvKey: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .openapi({ description: 'The uploadKey of the CV uploaded through the link' }),
  cvName: z.string().trim().max(200).optional().openapi({ description: 'The file name the person chose' }),
  locale: z.enum(LOCALES).optional(),
});

export const ApplicationReceipt = z.object({
  applicationId: z.string(),
  positionId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  accessCode: z
    .string()
    .openapi({ description: 'Keep it: with it the applicant sees and withdraws the application later' }),
});

/** What the applicant sees of their own application; the contacts masked, as on "my registration". */
export const MyApplicationView = z.object({
  applicationId: z.string(),
  positionId: z.string(),
  positionTitle: z.string(),
  unitName: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  statusSince: z.string(),
  createdAt: z.string(),
  canWithdraw: z.boolean(),
  interview: ApplicantInterviewView.optional(),
});

export const ApplicationView = z.object({
  applicationId: z.string(),
  positionId: z.string(),
  unitId: z.string(),
  leadId: z.string(),
  internId: z.string().optional(),
  outcomeId: z.string().optional(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  degreeLevel: z.enum(DEGREE_LEVELS),
  universityName: z.string(),
  discipline: z.string(),
  graduationYear: z.number().int(),
  consentAt: z.string(),
  consentVersion: z.string(),
  cvName: z.string(),
  cvSize: z.number().int(),
  status: z.enum(APPLICATION_STATUSES),
  statusSince: z.string(),
  reason: z.string().optional(),
  interview: InterviewView.optional(),
  allowedTransitions: z.array(z.enum(APPLICATION_STATUSES)),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const ApplicationDetail = ApplicationView.extend({
  cv: z
    .object({ url: z.string(), expiresAt: z.string() })
    .openapi({ description: 'A signed link to the CV, valid for five minutes; ask again for a new one' }),
});

export const ListApplicationsQuery = z.object({ status: z.enum(APPLICATION_STATUSES).optional() });

export const ApplicationTransitionInput = z
  .strictObject({
    to: z.enum(APPLICATION_STATUSES),
    version: z.number().int().min(1),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (REFUSALS.includes(v.to) && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], ...rule('reason_required', 'Give the reason for the refusal') });
  });

export type CvUploadInput = z.infer<typeof CvUploadInput>;
export type ApplicationInput = z.infer<typeof ApplicationInput>;
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;
export type MyApplicationView = z.infer<typeof MyApplicationView>;
export type ApplicationView = z.infer<typeof ApplicationView>;
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;
export type ListApplicationsQuery = z.infer<typeof ListApplicationsQuery>;
export type ApplicationTransitionInput = z.infer<typeof ApplicationTransitionInput>;
