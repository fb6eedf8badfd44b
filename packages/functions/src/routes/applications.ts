import { z } from '@hono/zod-openapi';
import {
  ApplicationDetail,
  applicationIdSchema,
  ApplicationTransitionInput,
  ApplicationView,
  ListApplicationsQuery,
} from '@aksu/core/applications/applications.schema';
import { Interviews } from '@aksu/core/applications/interviews';
import { InterviewInput } from '@aksu/core/applications/interviews.schema';
import { Applications } from '@aksu/core/applications/screening';
import { positionIdSchema } from '@aksu/core/positions/positions.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Positions');
const Application = ApplicationView.openapi('Application');
const PositionParams = z.object({
  positionId: positionIdSchema.openapi({ param: { name: 'positionId', in: 'path' } }),
});
const ApplicationParams = z.object({
  applicationId: applicationIdSchema.openapi({ param: { name: 'applicationId', in: 'path' } }),
});

/** Organisers screen the applications to positions. */
export const applicationRoutes = router();

applicationRoutes.openapi(
  route({
    operationId: 'listApplications',
    method: 'get',
    path: '/v1/positions/{positionId}/applications',
    summary: 'A position’s applications in the order they came (organisers; a unit’s reviewer its unit’s, else 404)',
    request: { params: PositionParams, query: PageQuery.extend(ListApplicationsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Application), 'A page of applications'), ...errors(404) },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(
      await Applications.list(c.get('actor'), c.req.valid('param').positionId, query, { limit, cursor }),
      200,
    );
  },
);

applicationRoutes.openapi(
  route({
    operationId: 'getApplication',
    method: 'get',
    path: '/v1/applications/{applicationId}',
    summary:
      'One application with a signed link to its CV, valid for five minutes (organisers; a unit’s reviewer its unit’s)',
    request: { params: ApplicationParams },
    responses: {
      200: jsonResponse(ApplicationDetail.openapi('ApplicationDetail'), 'The application'),
      ...errors(404),
    },
  }),
  async (c) => c.json(await Applications.get(c.get('actor'), c.req.valid('param').applicationId), 200),
);

applicationRoutes.openapi(
  route({
    operationId: 'transitionApplication',
    method: 'post',
    path: '/v1/applications/{applicationId}/transitions',
    summary: 'Move an application along its lifecycle (organisers; a unit’s reviewer screens its unit’s)',
    description:
      'submitted → shortlisted → interview → offered → accepted, or rejected, declined, withdrawn. A refusal ' +
      '(rejected, declined) needs a `reason`. A move the lifecycle does not allow is 409 `invalid_transition` with ' +
      '`allowed`; a stale `version` 409 `version_conflict`. Accepting raises the position’s accepted count under its ' +
      'headcount (409 `headcount_reached` once every place is taken), fills the position with its last place and ' +
      'moves the person’s outcome to offered, all in one transaction.',
    request: { params: ApplicationParams, body: jsonBody(ApplicationTransitionInput.openapi('ApplicationTransition')) },
    responses: { 200: jsonResponse(Application, 'The application after the move'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Applications.transition(c.get('actor'), c.req.valid('param').applicationId, c.req.valid('json')), 200),
);

applicationRoutes.openapi(
  route({
    operationId: 'scheduleInterview',
    method: 'put',
    path: '/v1/applications/{applicationId}/interview',
    summary: 'Schedule or reschedule an application’s interview (organisers)',
    description:
      'For a shortlisted application, which moves to `interview`, or one already at `interview`, whose interview is ' +
      'replaced (its `revision` one up, the applicant’s reply cleared). A time with offset, shown in Beijing time; a ' +
      '`place` or an `onlineUrl`, not both; a panel of names and emails. The applicant and every panel member are ' +
      'mailed, again on each reschedule. Any other status is 409 `invalid_transition` with `allowed`; a stale ' +
      '`version` 409 `version_conflict`.',
    request: { params: ApplicationParams, body: jsonBody(InterviewInput.openapi('InterviewInput')) },
    responses: { 200: jsonResponse(Application, 'The application with its interview'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Interviews.schedule(c.get('actor'), c.req.valid('param').applicationId, c.req.valid('json')), 200),
);
