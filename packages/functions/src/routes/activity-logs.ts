import { z } from '@hono/zod-openapi';
import { ActivityLogs } from '@aksu/core/activity-logs/activity-logs';
import {
  ActivityLogView,
  CohortLogView,
  CreateLogInput,
  LogWeekView,
  ReturnWeekInput,
  UpdateLogInput,
  WeekStatusQuery,
} from '@aksu/core/activity-logs/activity-logs.schema';
import { cohortIdSchema, dateSchema } from '@aksu/core/fields';
import { mentorIdSchema } from '@aksu/core/mentors/mentors.schema';
import { internIdSchema } from '@aksu/core/placements/placements.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Activity logs');

const Log = ActivityLogView.openapi('ActivityLog');
const Week = LogWeekView.openapi('LogWeek');
const CohortLog = CohortLogView.openapi('CohortActivityLog');
const internId = internIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } });
const InternParams = z.object({ registrationId: internId });
const LogParams = z.object({
  registrationId: internId,
  logDate: dateSchema.openapi({ param: { name: 'logDate', in: 'path' } }),
});
const WeekParams = z.object({
  registrationId: internId,
  weekStart: dateSchema
    .refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, { error: 'A week starts on a Monday' })
    .openapi({
      param: { name: 'weekStart', in: 'path' },
      description: 'The Monday of the week',
      example: '2024-08-05',
    }),
});
const MentorParams = z.object({ mentorId: mentorIdSchema.openapi({ param: { name: 'mentorId', in: 'path' } }) });
const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });

/** Activity logs (实践日志) and the mentor's weekly review. */
export const activityLogRoutes = router();

activityLogRoutes.openapi(
  route({
    operationId: 'createActivityLog',
    method: 'post',
    path: '/v1/interns/{registrationId}/activity-logs',
    summary: 'Write the day’s log (the intern themselves)',
    description:
      'One log per intern per cohort day (`already_exists`); a week the mentor approved takes no new logs ' +
      '(`week_reviewed`).',
    request: { params: InternParams, body: jsonBody(CreateLogInput.openapi('CreateActivityLogInput')) },
    responses: { 201: jsonResponse(Log, 'The log'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await ActivityLogs.create(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('json')), 201),
);

activityLogRoutes.openapi(
  route({
    operationId: 'listInternActivityLogs',
    method: 'get',
    path: '/v1/interns/{registrationId}/activity-logs',
    summary: "An intern's logs, newest first (the intern, their mentor, their coordinator, organisers)",
    request: { params: InternParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Log), 'A page of logs'), ...errors(404) },
  }),
  async (c) =>
    c.json(
      await ActivityLogs.listByIntern(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('query')),
      200,
    ),
);

activityLogRoutes.openapi(
  route({
    operationId: 'updateActivityLog',
    method: 'patch',
    path: '/v1/interns/{registrationId}/activity-logs/{logDate}',
    summary: 'Correct a log while its week is not approved (the intern themselves)',
    description: 'A stale `version` is `version_conflict`; a week the mentor approved is `week_reviewed`.',
    request: { params: LogParams, body: jsonBody(UpdateLogInput.openapi('UpdateActivityLogInput')) },
    responses: { 200: jsonResponse(Log, 'The log'), ...writeErrors(404, 409) },
  }),
  async (c) => {
    const { registrationId, logDate } = c.req.valid('param');
    return c.json(await ActivityLogs.update(c.get('actor'), registrationId, logDate, c.req.valid('json')), 200);
  },
);

activityLogRoutes.openapi(
  route({
    operationId: 'listInternLogWeeks',
    method: 'get',
    path: '/v1/interns/{registrationId}/log-weeks',
    summary: "An intern's weeks with their logs and review state, newest first (same readers as the logs)",
    request: { params: InternParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Week), 'A page of weeks'), ...errors(404) },
  }),
  async (c) =>
    c.json(
      await ActivityLogs.weeksOfIntern(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('query')),
      200,
    ),
);

activityLogRoutes.openapi(
  route({
    operationId: 'getLogWeek',
    method: 'get',
    path: '/v1/interns/{registrationId}/log-weeks/{weekStart}',
    summary: 'One week of logs with its review state (same readers as the logs)',
    request: { params: WeekParams },
    responses: { 200: jsonResponse(Week, 'The week'), ...errors(404) },
  }),
  async (c) => {
    const { registrationId, weekStart } = c.req.valid('param');
    return c.json(await ActivityLogs.week(c.get('actor'), registrationId, weekStart), 200);
  },
);

activityLogRoutes.openapi(
  route({
    operationId: 'approveLogWeek',
    method: 'post',
    path: '/v1/interns/{registrationId}/log-weeks/{weekStart}/approve',
    summary: "Approve a mentee's pending week; its logs are locked from then on (the intern's mentor)",
    description:
      "A week is approved once it is over: from the day after its last cohort day (its Sunday, or the cohort's last " +
      "day when the cohort ends mid-week), in the cohort's time zone; earlier is 409 `week_not_over` with " +
      '`approvableFrom`, so the intern can still log the rest of the week. The week view gives `approvableFrom` and ' +
      '`over`. Only the mentor the placement names now may approve. 409 `invalid_transition` when the week is not ' +
      'pending.',
    request: { params: WeekParams },
    responses: { 200: jsonResponse(Week, 'The week'), ...errors(404, 409) },
  }),
  async (c) => {
    const { registrationId, weekStart } = c.req.valid('param');
    return c.json(await ActivityLogs.approveWeek(c.get('actor'), registrationId, weekStart), 200);
  },
);

activityLogRoutes.openapi(
  route({
    operationId: 'returnLogWeek',
    method: 'post',
    path: '/v1/interns/{registrationId}/log-weeks/{weekStart}/return',
    summary: "Return a mentee's pending week with a comment for correction (the intern's mentor)",
    request: { params: WeekParams, body: jsonBody(ReturnWeekInput.openapi('ReturnLogWeekInput')) },
    responses: { 200: jsonResponse(Week, 'The week'), ...writeErrors(404, 409) },
  }),
  async (c) => {
    const { registrationId, weekStart } = c.req.valid('param');
    return c.json(await ActivityLogs.returnWeek(c.get('actor'), registrationId, weekStart, c.req.valid('json')), 200);
  },
);

activityLogRoutes.openapi(
  route({
    operationId: 'resubmitLogWeek',
    method: 'post',
    path: '/v1/interns/{registrationId}/log-weeks/{weekStart}/resubmit',
    summary: 'Send a corrected, returned week back for review (the intern themselves)',
    request: { params: WeekParams },
    responses: { 200: jsonResponse(Week, 'The week'), ...errors(404, 409) },
  }),
  async (c) => {
    const { registrationId, weekStart } = c.req.valid('param');
    return c.json(await ActivityLogs.resubmitWeek(c.get('actor'), registrationId, weekStart), 200);
  },
);

activityLogRoutes.openapi(
  route({
    operationId: 'listMentorLogWeeks',
    method: 'get',
    path: '/v1/mentors/{mentorId}/log-weeks',
    summary: "The mentor's mentees' weeks by review state; `pending` are those to review (the mentor, organisers)",
    description:
      "The weeks of the mentor's current mentees, whoever their mentor was when the logs were written: after a " +
      'mentor change the new mentor reviews everything pending.',
    request: { params: MentorParams, query: PageQuery.extend(WeekStatusQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Week), 'A page of weeks'), ...errors(404) },
  }),
  async (c) => {
    const { status, ...page } = c.req.valid('query');
    return c.json(await ActivityLogs.weeksOfMentor(c.get('actor'), c.req.valid('param').mentorId, status, page), 200);
  },
);

activityLogRoutes.openapi(
  route({
    operationId: 'listCohortActivityLogs',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/activity-logs',
    summary: "The cohort's logs by university and intern (organisers; a coordinator gets their own university's)",
    description:
      "Each log carries `weekStatus`, its week's review state: `pending` still waits for the intern's mentor, " +
      '`approved` is reviewed (its logs locked), `returned` went back to the intern for correction.',
    request: { params: CohortParams, query: PageQuery },
    responses: {
      200: jsonResponse(pageOf(CohortLog), 'A page of logs with their week’s review state'),
      ...errors(404),
    },
  }),
  async (c) =>
    c.json(await ActivityLogs.listByCohort(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('query')), 200),
);
