import { dateSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { LOG_CATEGORIES } from './activity-log.entity.ts';
import { WEEK_STATUSES } from './log-week.entity.ts';

export const Attachment = z.strictObject({
  name: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/, error: 'Use a web link starting with http:// or https://' }).max(2000),
});

const hours = z
  .number()
  .min(0.5)
  .max(16)
  .multipleOf(0.5)
  .openapi({ description: 'Hours worked, in half hours (0.5–16)', example: 7.5 });
const summary = z.string().trim().min(2).max(2000).openapi({ description: 'What the intern did' });

export const CreateLogInput = z.strictObject({
  logDate: dateSchema.openapi({ description: "A day of the cohort, in the cohort's time zone, not in the future" }),
  hours,
  category: z.enum(LOG_CATEGORIES),
  summary,
  attachments: z.array(Attachment).max(10).default([]),
});

export const UpdateLogInput = z.strictObject({
  version: z.number().int().min(1),
  hours: hours.optional(),
  category: z.enum(LOG_CATEGORIES).optional(),
  summary: summary.optional(),
  attachments: z.array(Attachment).max(10).optional(),
});

export const ReturnWeekInput = z.strictObject({
  comment: z.string().trim().min(2).max(1000).openapi({ description: 'What the intern should correct' }),
});

export const WeekStatusQuery = z.object({
  status: z
    .enum(WEEK_STATUSES)
    .default('pending')
    .openapi({ description: 'Which weeks; `pending` are those to review' }),
});

export const ActivityLogView = z.object({
  registrationId: z.string(),
  logDate: z.string(),
  weekStart: z.string(),
  cohortId: z.string(),
  hours: z.number(),
  category: z.enum(LOG_CATEGORIES),
  summary: z.string(),
  attachments: z.array(z.object({ name: z.string(), url: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** A log in a cohort's list: the log with its week's review state, so organisers see what waits for a mentor. */
export const CohortLogView = ActivityLogView.extend({
  weekStatus: z.enum(WEEK_STATUSES).openapi({
    description:
      "The review state of the log's week: `pending` waits for the intern's mentor, `approved` is reviewed and " +
      'locked, `returned` went back to the intern for correction',
  }),
});

export const LogWeekView = z.object({
  registrationId: z.string(),
  internName: z.string(),
  cohortId: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  status: z.enum(WEEK_STATUSES),
  logCount: z.number().int(),
  hours: z.number(),
  comment: z.string().optional(),
  reviewedAt: z.string().optional(),
  approvableFrom: z.string().openapi({
    description: 'The first date (cohort time zone) the mentor may approve the week: the day after its last cohort day',
  }),
  over: z.boolean().openapi({ description: 'Whether the week is over, so the mentor may approve it' }),
  logs: z.array(ActivityLogView),
  version: z.number().int(),
});

export type CreateLogInput = z.input<typeof CreateLogInput>;
export type UpdateLogInput = z.infer<typeof UpdateLogInput>;
export type ReturnWeekInput = z.infer<typeof ReturnWeekInput>;
export type ActivityLogView = z.infer<typeof ActivityLogView>;
export type CohortLogView = z.infer<typeof CohortLogView>;
export type LogWeekView = z.infer<typeof LogWeekView>;
