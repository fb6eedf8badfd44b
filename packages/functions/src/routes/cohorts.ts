import { z } from '@hono/zod-openapi';
import { Cohorts } from '@aksu/core/cohorts/cohorts';
import {
  CohortSummary,
  CohortTransitionInput,
  CohortView,
  CreateCohortInput,
  UpdateCohortInput,
} from '@aksu/core/cohorts/cohorts.schema';
import { cohortIdSchema } from '@aksu/core/fields';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Cohorts');

const Cohort = CohortView.openapi('Cohort');
const Params = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });

export const cohortRoutes = router();

cohortRoutes.openapi(
  route({
    operationId: 'createCohort',
    method: 'post',
    path: '/v1/cohorts',
    summary: 'Create a cohort of the summer practice programme with its universities and quotas (organisers)',
    description: 'Starts in `planning`. Time zone defaults to Asia/Shanghai, eligible degree levels to master and PhD.',
    request: { body: jsonBody(CreateCohortInput.openapi('CreateCohortInput')) },
    responses: { 201: jsonResponse(Cohort, 'The cohort'), ...writeErrors(404) },
  }),
  async (c) => c.json(await Cohorts.create(c.get('actor'), c.req.valid('json')), 201),
);

cohortRoutes.openapi(
  route({
    operationId: 'listCohorts',
    method: 'get',
    path: '/v1/cohorts',
    summary: 'List cohorts, newest first',
    description:
      'Organisers see all; a coordinator sees the cohorts their university takes part in, with only their own quota.',
    request: { query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Cohort), 'A page of cohorts'), ...errors() },
  }),
  async (c) => c.json(await Cohorts.list(c.get('actor'), c.req.valid('query')), 200),
);

cohortRoutes.openapi(
  route({
    operationId: 'getCohort',
    method: 'get',
    path: '/v1/cohorts/{cohortId}',
    summary: 'One cohort with its universities and the transitions it allows',
    request: { params: Params },
    responses: { 200: jsonResponse(Cohort, 'The cohort'), ...errors(404) },
  }),
  async (c) => c.json(await Cohorts.get(c.get('actor'), c.req.valid('param').cohortId), 200),
);

cohortRoutes.openapi(
  route({
    operationId: 'updateCohort',
    method: 'patch',
    path: '/v1/cohorts/{cohortId}',
    summary: 'Change a cohort (organisers); `universities` replaces the list of participants and quotas',
    description:
      'A quota cannot go below the places already taken (409 with the field); a university with registrations cannot ' +
      'leave. A stale `version` is 409 `version_conflict`.',
    request: { params: Params, body: jsonBody(UpdateCohortInput.openapi('UpdateCohortInput')) },
    responses: { 200: jsonResponse(Cohort, 'The changed cohort'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Cohorts.update(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('json')), 200),
);

cohortRoutes.openapi(
  route({
    operationId: 'transitionCohort',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/transitions',
    summary: 'Move a cohort along its lifecycle (organisers)',
    description:
      'planning → registration_open → review → running → closed (registration can go back to planning, ' +
      'review back to registration_open). Anything else is 409 `invalid_transition` with `allowed`.',
    request: { params: Params, body: jsonBody(CohortTransitionInput.openapi('CohortTransitionInput')) },
    responses: { 200: jsonResponse(Cohort, 'The cohort in its new state'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Cohorts.transition(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('json')), 200),
);

cohortRoutes.openapi(
  route({
    operationId: 'getCohortSummary',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/summary',
    summary: 'Per-university quota and registration counts',
    description:
      'Read from counters kept exact by every registration write. A coordinator gets their own university only.',
    request: { params: Params },
    responses: { 200: jsonResponse(CohortSummary.openapi('CohortSummary'), 'The summary'), ...errors(404) },
  }),
  async (c) => c.json(await Cohorts.summary(c.get('actor'), c.req.valid('param').cohortId), 200),
);
