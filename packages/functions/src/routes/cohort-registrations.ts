import { z } from '@hono/zod-openapi';
import { CohortRegistrations } from '@aksu/core/cohort-registrations/cohort-registrations';
import {
  cohortRegistrationIdSchema,
  CohortRegistrationView,
  DecisionInput,
  DecisionOutcome,
  ListCohortRegistrationsQuery,
  RegistrationBody,
  StatusChangeInput,
} from '@aksu/core/cohort-registrations/cohort-registrations.schema';
import { cohortIdSchema } from '@aksu/core/fields';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const route = bearerRoutes('Cohort registrations');

const Registration = CohortRegistrationView.openapi('CohortRegistration');
const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });
const Params = CohortParams.extend({
  registrationId: cohortRegistrationIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } }),
});

export const cohortRegistrationRoutes = router();

cohortRegistrationRoutes.openapi(
  route({
    operationId: 'registerForCohort',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/registrations',
    summary: 'Register one student into a cohort (coordinators for their university; organisers for any)',
    description:
      'Full-width characters, stray spaces and phones like `138 1234 5678` are normalised first; then each failing ' +
      'field is listed. The national ID is checked (checksum), stored encrypted and shown masked. Refused with 409 ' +
      "`quota_exceeded` when the university's quota is used up, 409 `duplicate_person` when the person is already " +
      'registered in the cohort (by any university), 422 `not_eligible` for a degree level the cohort does not take, ' +
      '409 `registration_closed` outside the window. Coordinators register only while the cohort is open and inside ' +
      'its window; organisers also during review. Send an `Idempotency-Key` to make retries safe.',
    middleware: [idempotent()] as const,
    request: {
      params: CohortParams,
      headers: IdempotencyHeaders,
      body: jsonBody(RegistrationBody.openapi('CohortRegistrationInput')),
    },
    responses: { 201: jsonResponse(Registration, 'The registration, submitted'), ...writeErrors(404, 409, 422) },
  }),
  async (c) =>
    c.json(await CohortRegistrations.register(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('json')), 201),
);

cohortRegistrationRoutes.openapi(
  route({
    operationId: 'listCohortRegistrations',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/registrations',
    summary: "A cohort's registrations in registration order",
    description:
      'Organisers filter by `status` and/or `universityId`; a coordinator sees their own university only. National ' +
      'IDs are masked in lists; phones are masked for everyone but organisers.',
    request: { params: CohortParams, query: PageQuery.extend(ListCohortRegistrationsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Registration), 'A page of registrations'), ...errors(404) },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(
      await CohortRegistrations.list(c.get('actor'), c.req.valid('param').cohortId, query, { limit, cursor }),
      200,
    );
  },
);

cohortRegistrationRoutes.openapi(
  route({
    operationId: 'decideCohortRegistrations',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/registrations/decisions',
    summary: 'Accept, waitlist or reject registrations, one or many, with a reason (organisers)',
    description:
      'Each registration is decided on its own and reported in `results` (a stale or invalid one does not stop the ' +
      "others). Accepting creates the intern's account invitation: its one-time `invitationCode` is mailed to the " +
      "student with the acceptance and shown in this response as a fallback. The university's coordinators get one " +
      "digest of the request's decisions on their students.",
    request: { params: CohortParams, body: jsonBody(DecisionInput.openapi('CohortDecisionInput')) },
    responses: {
      200: jsonResponse(DecisionOutcome.openapi('CohortDecisionOutcome'), 'One result per registration'),
      ...writeErrors(404, 409),
    },
  }),
  async (c) => {
    const results = await CohortRegistrations.decide(
      c.get('actor'),
      c.req.valid('param').cohortId,
      c.req.valid('json'),
    );
    return c.json({ results }, 200);
  },
);

cohortRegistrationRoutes.openapi(
  route({
    operationId: 'getCohortRegistration',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/registrations/{registrationId}',
    summary: 'One registration',
    description:
      'Organisers also get `nationalId` in full here (and only here). A coordinator reads their own university’s ' +
      'students only.',
    request: { params: Params },
    responses: { 200: jsonResponse(Registration, 'The registration'), ...errors(404) },
  }),
  async (c) => {
    const { cohortId, registrationId } = c.req.valid('param');
    return c.json(await CohortRegistrations.get(c.get('actor'), cohortId, registrationId), 200);
  },
);

cohortRegistrationRoutes.openapi(
  route({
    operationId: 'confirmCohortRegistration',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/registrations/{registrationId}/confirm',
    summary: 'Confirm that an accepted student will come (their coordinator or organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(Registration, 'The confirmed registration'), ...writeErrors(404, 409) },
  }),
  async (c) => {
    const { cohortId, registrationId } = c.req.valid('param');
    return c.json(await CohortRegistrations.confirm(c.get('actor'), cohortId, registrationId), 200);
  },
);

cohortRegistrationRoutes.openapi(
  route({
    operationId: 'withdrawCohortRegistration',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/registrations/{registrationId}/withdraw',
    summary: 'Withdraw a student (their coordinator or organisers); frees the quota place',
    request: { params: Params, body: jsonBody(StatusChangeInput.openapi('CohortWithdrawInput')) },
    responses: { 200: jsonResponse(Registration, 'The withdrawn registration'), ...writeErrors(404, 409) },
  }),
  async (c) => {
    const { cohortId, registrationId } = c.req.valid('param');
    return c.json(
      await CohortRegistrations.withdraw(c.get('actor'), cohortId, registrationId, c.req.valid('json').reason),
      200,
    );
  },
);
