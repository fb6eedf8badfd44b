import { dateSchema, projectIdSchema } from '../fields.ts';
import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { mentorIdSchema } from '../mentors/mentors.schema.ts';
import { rule } from '../field-errors.ts';

export const internIdSchema = z.string().regex(idPattern('cohortRegistration'), { error: 'Not a registration id' });

const datesOk = (v: { startDate?: string; endDate?: string }, ctx: z.RefinementCtx) => {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      ...rule('end_before_start', 'The placement ends before it starts'),
    });
  }
};

export const PlaceInternInput = z
  .strictObject({
    registrationId: internIdSchema,
    projectId: projectIdSchema,
    mentorId: mentorIdSchema.optional(),
    startDate: dateSchema.optional().openapi({ description: "The cohort's first day when left out" }),
    endDate: dateSchema.optional().openapi({ description: "The cohort's last day when left out" }),
  })
  .superRefine(datesOk);

export const MovePlacementInput = z
  .strictObject({
    projectId: projectIdSchema,
    mentorId: mentorIdSchema.optional().openapi({
      description: 'The mentor at the new unit; the previous one stays only if independent or of the same unit',
    }),
    startDate: dateSchema.optional(),
    endDate: dateSchema.optional(),
  })
  .superRefine(datesOk);

export const AssignMentorInput = z.strictObject({
  mentorId: mentorIdSchema.nullable().openapi({ description: '`null` removes the mentor' }),
});

export const AcceptSuggestionsInput = z.strictObject({
  items: z
    .array(
      z.strictObject({
        registrationId: internIdSchema,
        projectId: projectIdSchema,
        mentorId: mentorIdSchema.optional(),
      }),
    )
    .min(1)
    .max(200),
});

export const PlacementView = z.object({
  registrationId: z.string(),
  cohortId: z.string(),
  universityId: z.string(),
  universityName: z.string(),
  internName: z.string(),
  gender: z.enum(['male', 'female']),
  degreeLevel: z.string(),
  major: z.string(),
  hostUnitId: z.string(),
  hostUnitName: z.string(),
  projectId: z.string(),
  projectTitle: z.string(),
  mentorId: z.string().optional(),
  mentorName: z.string().optional(),
  startDate: z.string(),
  endDate: z.string(),
  placedAt: z.string(),
  version: z.number().int(),
});

/** What a mentor sees of a mentee: the placement and how to reach them (phone masked outside the office). */
export const MenteeView = PlacementView.extend({
  phone: z.string(),
  email: z.string(),
  hostUnitAddress: z.string(),
});

export const UnplacedInternView = z.object({
  registrationId: z.string(),
  universityId: z.string(),
  universityName: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  degreeLevel: z.string(),
  major: z.string(),
  discipline: z.string(),
  hometown: z.string(),
  hometownCounty: z.string().optional(),
  fromRegion: z.boolean(),
  status: z.string(),
});

const MatchView = z.object({
  projectId: z.string(),
  projectTitle: z.string(),
  hostUnitName: z.string(),
  score: z.number().int(),
  reasons: z.array(z.string()),
});

export const SuggestionView = z.object({
  intern: UnplacedInternView,
  proposal: MatchView.optional(),
  alternatives: z.array(MatchView),
});

export const AcceptSuggestionsResult = z.object({
  placed: z.array(PlacementView),
  refused: z.array(
    z.object({ registrationId: z.string(), projectId: z.string(), code: z.string(), message: z.string() }),
  ),
});

export const AcceptanceLetterView = z.object({
  letterNo: z.string(),
  issuedOn: z.string(),
  office: z.string(),
  slogan: z.string(),
  internName: z.string(),
  gender: z.enum(['male', 'female']),
  universityName: z.string(),
  degreeLevel: z.string(),
  major: z.string(),
  cohortName: z.string(),
  hostUnitName: z.string(),
  hostUnitAddress: z.string(),
  county: z.string(),
  cluster: z.string(),
  projectTitle: z.string(),
  projectSupervisor: z.string(),
  mentorName: z.string().optional(),
  mentorTitle: z.string().optional(),
  startDate: z.string(),
  endDate: z.string(),
});

export type PlaceInternInput = z.infer<typeof PlaceInternInput>;
export type MovePlacementInput = z.infer<typeof MovePlacementInput>;
export type AssignMentorInput = z.infer<typeof AssignMentorInput>;
export type AcceptSuggestionsInput = z.infer<typeof AcceptSuggestionsInput>;
export type PlacementView = z.infer<typeof PlacementView>;
export type MenteeView = z.infer<typeof MenteeView>;
export type UnplacedInternView = z.infer<typeof UnplacedInternView>;
export type SuggestionView = z.infer<typeof SuggestionView>;
export type AcceptSuggestionsResult = z.infer<typeof AcceptSuggestionsResult>;
export type AcceptanceLetterView = z.infer<typeof AcceptanceLetterView>;
