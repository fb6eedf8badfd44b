import { z } from '@hono/zod-openapi';
import { Conversion } from '@aksu/core/conversion/conversion';
import {
  ListOutcomesQuery,
  OpenCohortOutcomesInput,
  OpenOutcomeInput,
  OutcomeTransitionInput,
  outcomeIdSchema,
  OutcomeView,
  RetentionInput,
  RetentionLedgerView,
  RetentionView,
} from '@aksu/core/conversion/conversion.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Outcomes');

const Outcome = OutcomeView.openapi('Outcome');
const Params = z.object({ outcomeId: outcomeIdSchema.openapi({ param: { name: 'outcomeId', in: 'path' } }) });

/** Outcomes (去向): organisers record each step; coordinators read their own students'; interns their own. */
export const outcomeRoutes = router();

outcomeRoutes.openapi(
  route({
    operationId: 'openOutcome',
    method: 'post',
    path: '/v1/outcomes',
    summary: 'Open the outcome of an accepted intern or of a lead invited to a full-time post (organisers)',
    description: 'One outcome per person: a repeat returns the existing outcome with 200.',
    request: { body: jsonBody(OpenOutcomeInput.openapi('OpenOutcomeInput')) },
    responses: {
      201: jsonResponse(Outcome, 'The new outcome'),
      200: jsonResponse(Outcome, 'The existing outcome'),
      ...writeErrors(404, 409),
    },
  }),
  async (c) => {
    const { outcome, created } = await Conversion.open(c.get('actor'), c.req.valid('json'));
    return created ? c.json(outcome, 201) : c.json(outcome, 200);
  },
);

outcomeRoutes.openapi(
  route({
    operationId: 'openCohortOutcomes',
    method: 'post',
    path: '/v1/outcomes/open-cohort',
    summary: 'Open the outcome of every accepted intern of a cohort (organisers); repeats are no-ops',
    request: { body: jsonBody(OpenCohortOutcomesInput.openapi('OpenCohortOutcomesInput')) },
    responses: {
      200: jsonResponse(z.object({ opened: z.number().int(), existing: z.number().int() }), 'How many were opened'),
      ...writeErrors(404),
    },
  }),
  async (c) => c.json(await Conversion.openCohort(c.get('actor'), c.req.valid('json').cohortId), 200),
);

outcomeRoutes.openapi(
  route({
    operationId: 'listOutcomes',
    method: 'get',
    path: '/v1/outcomes',
    summary: "Outcomes of a cohort or a university (organisers; a coordinator gets their own university's)",
    request: { query: ListOutcomesQuery.extend(PageQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Outcome), 'A page of outcomes'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await Conversion.list(c.get('actor'), query, { limit, cursor }), 200);
  },
);

outcomeRoutes.openapi(
  route({
    operationId: 'getMyOutcome',
    method: 'get',
    path: '/v1/me/outcome',
    summary: "The signed-in intern's own outcome",
    responses: { 200: jsonResponse(Outcome, 'The outcome'), ...errors(404) },
  }),
  async (c) => c.json(await Conversion.mine(c.get('actor')), 200),
);

outcomeRoutes.openapi(
  route({
    operationId: 'getOutcome',
    method: 'get',
    path: '/v1/outcomes/{outcomeId}',
    summary: "An outcome with its stage history (organisers; the student's coordinator; the intern)",
    request: { params: Params },
    responses: { 200: jsonResponse(Outcome, 'The outcome'), ...errors(404) },
  }),
  async (c) => c.json(await Conversion.get(c.get('actor'), c.req.valid('param').outcomeId), 200),
);

outcomeRoutes.openapi(
  route({
    operationId: 'transitionOutcome',
    method: 'post',
    path: '/v1/outcomes/{outcomeId}/transitions',
    summary:
      'Record the next step: interested, applied, offered, agreement signed, onboarded, retained, declined or left ' +
      '(organisers)',
    description:
      'Conditioned on `version`: of concurrent changes one wins, the others get `version_conflict`. A move the ' +
      'lifecycle does not allow answers 409 `invalid_transition` with the `allowed` stages. A step (or the ' +
      "university's confirmation) dated after today in the cohort's time zone answers 422 `date_in_future` with " +
      '`latestOn`. The funnel counters move in the same transaction.',
    request: { params: Params, body: jsonBody(OutcomeTransitionInput.openapi('OutcomeTransitionInput')) },
    responses: { 200: jsonResponse(Outcome, 'The outcome after the step'), ...writeErrors(404, 409, 422) },
  }),
  async (c) =>
    c.json(await Conversion.transition(c.get('actor'), c.req.valid('param').outcomeId, c.req.valid('json')), 200),
);

outcomeRoutes.openapi(
  route({
    operationId: 'confirmRetention',
    method: 'post',
    path: '/v1/outcomes/{outcomeId}/retention',
    summary: 'Record the yearly confirmation of still being employed in the region (organisers)',
    description:
      'Years are confirmed in order, each once. Not employed any more moves the outcome to `left`. Year n is dated ' +
      'from the n-th anniversary of onboarding (422 `retention_too_early` with `earliestOn`) up to today in the ' +
      "cohort's time zone (422 `date_in_future` with `latestOn`).",
    request: { params: Params, body: jsonBody(RetentionInput.openapi('RetentionInput')) },
    responses: {
      201: jsonResponse(RetentionView.openapi('RetentionConfirmation'), 'The confirmation'),
      ...writeErrors(404, 409, 422),
    },
  }),
  async (c) =>
    c.json(await Conversion.confirmRetention(c.get('actor'), c.req.valid('param').outcomeId, c.req.valid('json')), 201),
);

outcomeRoutes.openapi(
  route({
    operationId: 'getRetentionLedger',
    method: 'get',
    path: '/v1/outcomes/{outcomeId}/retention',
    summary: 'The retention ledger of an outcome with its housing subsidy eligibility',
    request: { params: Params },
    responses: { 200: jsonResponse(RetentionLedgerView.openapi('RetentionLedger'), 'The ledger'), ...errors(404) },
  }),
  async (c) => c.json(await Conversion.retentionLedger(c.get('actor'), c.req.valid('param').outcomeId), 200),
);
