/** The dashboard's questions and answers: the funnel by breakdown, retention curves, the subsidy forecast, attribution. */
import { cohortIdSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { tripIdSchema } from '../trips/trips.schema.ts';

export const FUNNEL_DIMENSIONS = ['university', 'degree', 'discipline', 'hostUnit', 'mentor', 'fromRegion'] as const;
export const ATTRIBUTION_DIMENSIONS = ['trip', 'event', 'partnership'] as const;
export const FunnelQuery = z.object({
  cohortId: cohortIdSchema.optional(),
  by: z.enum(FUNNEL_DIMENSIONS).optional(),
});
export type FunnelQuery = z.infer<typeof FunnelQuery>;

export const FunnelRow = z.object({
  group: z.string(),
  label: z.string(),
  registered: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'Only where the registration counters know it (cohort totals and universities)' }),
  accepted: z.number().int().nullable(),
  interns: z.number().int(),
  placed: z.number().int(),
  completed: z.number().int(),
  leadsInvited: z.number().int(),
  interested: z.number().int(),
  applied: z.number().int(),
  offered: z.number().int(),
  signed: z.number().int(),
  onboarded: z.number().int(),
  retained: z.number().int(),
  declined: z.number().int(),
  left: z.number().int(),
  retainedY1: z.number().int(),
  retainedY3: z.number().int(),
  retainedY5: z.number().int(),
});
export type FunnelRow = z.infer<typeof FunnelRow>;
export const FunnelView = z.object({
  cohortId: z.string().nullable(),
  by: z.string().nullable(),
  total: FunnelRow,
  rows: z.array(FunnelRow),
});
export type FunnelView = z.infer<typeof FunnelView>;

export const RetentionCurve = z.object({
  cohortId: z.string(),
  name: z.string(),
  onboarded: z.number().int(),
  retainedByYear: z.array(z.number().int().nullable()).openapi({
    description:
      'Confirmed: people confirmed still employed for year 1…5; null for a year the cohort has not reached yet ' +
      '(its end plus n years is after today)',
  }),
  leftByYear: z
    .array(z.number().int().nullable())
    .openapi({ description: 'Left: people who left before year n was confirmed; null for a year not reached' }),
  pendingByYear: z.array(z.number().int().nullable()).openapi({
    description:
      'Not yet confirmed: onboarded − confirmed − left, i.e. still in service with no confirmation for year n ' +
      'recorded yet; null for a year not reached',
  }),
});
export const RetentionCurvesView = z.object({ items: z.array(RetentionCurve) });
export type RetentionCurvesView = z.infer<typeof RetentionCurvesView>;

export const ForecastView = z.object({
  asOf: z.string(),
  observedRate: z.number(),
  years: z.array(
    z.object({
      year: z.number().int(),
      people: z.number().int(),
      ifRetentionHoldsFen: z.number().int(),
      atObservedRateFen: z.number().int(),
    }),
  ),
});
export type ForecastView = z.infer<typeof ForecastView>;

export const AttributionQuery = z.object({
  by: z.enum(ATTRIBUTION_DIMENSIONS),
  tripId: tripIdSchema
    .optional()
    .openapi({ description: 'With `by=event`, required: the trip whose campus events are listed' }),
});
export type AttributionQuery = z.infer<typeof AttributionQuery>;
export const AttributionRow = z.object({
  id: z.string(),
  label: z.string(),
  leads: z.number().int().openapi({
    description: 'People met: distinct leads for a trip or partnership, everyone who registered for an event',
  }),
  interns: z.number().int(),
  hires: z.number().int(),
  expensesFen: z.number().int().nullable(),
  costPerHireFen: z.number().int().nullable(),
  on: z.string().optional().openapi({ description: 'An event’s day (by=event)' }),
  checkedIn: z.number().int().optional().openapi({ description: 'Checked in at the event (by=event)' }),
});
export type AttributionRow = z.infer<typeof AttributionRow>;
export const AttributionView = z.object({
  by: z.enum(ATTRIBUTION_DIMENSIONS),
  tripId: z.string().optional(),
  items: z.array(AttributionRow),
});
export type AttributionView = z.infer<typeof AttributionView>;
