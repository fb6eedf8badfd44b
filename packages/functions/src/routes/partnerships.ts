import { z } from '@hono/zod-openapi';
import { dateSchema, universityIdSchema } from '@aksu/core/fields';
import { Partnerships } from '@aksu/core/partnerships/partnerships';
import {
  ActivityView,
  CreateActivityInput,
  CreatePartnershipInput,
  ListPartnershipsQuery,
  partnershipIdSchema,
  PartnershipView,
  ReminderDigestView,
  TransitionInput,
  UpdatePartnershipInput,
} from '@aksu/core/partnerships/partnerships.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Partnerships');

const Partnership = PartnershipView.openapi('Partnership');
const Activity = ActivityView.openapi('Activity');
const Params = z.object({
  partnershipId: partnershipIdSchema.openapi({ param: { name: 'partnershipId', in: 'path' } }),
});
const UniversityParams = z.object({
  universityId: universityIdSchema.openapi({ param: { name: 'universityId', in: 'path' } }),
});

/** Registered call by call: one chain of nine typed routes outgrows the type checker when mounted. */
export const partnershipRoutes = router();

partnershipRoutes.openapi(
  route({
    operationId: 'createPartnership',
    method: 'post',
    path: '/v1/partnerships',
    summary: 'Record a partnership with a university (organisers)',
    request: { body: jsonBody(CreatePartnershipInput.openapi('CreatePartnershipInput')) },
    responses: { 201: jsonResponse(Partnership, 'The partnership'), ...writeErrors(404) },
  }),
  async (c) => c.json(await Partnerships.create(c.get('actor'), c.req.valid('json')), 201),
);

partnershipRoutes.openapi(
  route({
    operationId: 'listPartnerships',
    method: 'get',
    path: '/v1/partnerships',
    summary: 'List partnerships, or the reminder lists',
    description:
      'Newest first; `expiringWithinDays` lists signed/active agreements by end date, `overdue=true` signed/active ' +
      'ones whose end date has passed (oldest first), `inactiveForDays` open ones whose latest activity is older. ' +
      'Each item says whether it is `overdue`. A coordinator sees their own university only.',
    request: { query: PageQuery.extend(ListPartnershipsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Partnership), 'A page of partnerships'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await Partnerships.list(c.get('actor'), query, { limit, cursor }), 200);
  },
);

partnershipRoutes.openapi(
  route({
    operationId: 'getPartnershipReminders',
    method: 'get',
    path: '/v1/partnerships/reminders',
    summary: 'What the daily reminder job recorded (organisers)',
    request: { query: z.object({ date: dateSchema.optional() }) },
    responses: {
      200: jsonResponse(ReminderDigestView.openapi('ReminderDigest'), 'The reminders of the day'),
      ...errors(404),
    },
  }),
  async (c) => c.json(await Partnerships.reminders(c.get('actor'), c.req.valid('query').date), 200),
);

partnershipRoutes.openapi(
  route({
    operationId: 'getPartnership',
    method: 'get',
    path: '/v1/partnerships/{partnershipId}',
    summary: 'One partnership, with the transitions it allows',
    request: { params: Params },
    responses: { 200: jsonResponse(Partnership, 'The partnership'), ...errors(404) },
  }),
  async (c) => c.json(await Partnerships.get(c.get('actor'), c.req.valid('param').partnershipId), 200),
);

partnershipRoutes.openapi(
  route({
    operationId: 'updatePartnership',
    method: 'patch',
    path: '/v1/partnerships/{partnershipId}',
    summary: 'Change a partnership (organisers); status changes go through transitions',
    request: { params: Params, body: jsonBody(UpdatePartnershipInput.openapi('UpdatePartnershipInput')) },
    responses: { 200: jsonResponse(Partnership, 'The changed partnership'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Partnerships.update(c.get('actor'), c.req.valid('param').partnershipId, c.req.valid('json')), 200),
);

partnershipRoutes.openapi(
  route({
    operationId: 'transitionPartnership',
    method: 'post',
    path: '/v1/partnerships/{partnershipId}/transitions',
    summary: 'Move a partnership along its lifecycle (organisers)',
    description:
      'prospect → negotiating → signed → active → expired, or terminated from any open state. Anything else ' +
      'is 409 `invalid_transition` with `allowed`. A step dated after today is 422 `date_in_future`.',
    request: { params: Params, body: jsonBody(TransitionInput.openapi('TransitionInput')) },
    responses: { 200: jsonResponse(Partnership, 'The partnership in its new state'), ...writeErrors(404, 409, 422) },
  }),
  async (c) =>
    c.json(await Partnerships.transition(c.get('actor'), c.req.valid('param').partnershipId, c.req.valid('json')), 200),
);

partnershipRoutes.openapi(
  route({
    operationId: 'listPartnershipActivities',
    method: 'get',
    path: '/v1/partnerships/{partnershipId}/activities',
    summary: "A partnership's timeline, newest first",
    request: { params: Params, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Activity), 'A page of activities'), ...errors(404) },
  }),
  async (c) =>
    c.json(
      await Partnerships.partnershipTimeline(c.get('actor'), c.req.valid('param').partnershipId, c.req.valid('query')),
      200,
    ),
);

partnershipRoutes.openapi(
  route({
    operationId: 'createUniversityActivity',
    method: 'post',
    path: '/v1/universities/{universityId}/activities',
    summary: 'Add a visit, meeting, signing or note to the timeline (organisers)',
    description:
      "Something that has happened: dated after today is 422 `date_in_future`. A linked partnership's " +
      "`lastActivityOn` becomes the activity's date when that is later.",
    request: { params: UniversityParams, body: jsonBody(CreateActivityInput.openapi('CreateActivityInput')) },
    responses: { 201: jsonResponse(Activity, 'The activity'), ...writeErrors(404, 422) },
  }),
  async (c) =>
    c.json(await Partnerships.addActivity(c.get('actor'), c.req.valid('param').universityId, c.req.valid('json')), 201),
);

partnershipRoutes.openapi(
  route({
    operationId: 'listUniversityActivities',
    method: 'get',
    path: '/v1/universities/{universityId}/activities',
    summary: "A university's timeline, newest first",
    request: { params: UniversityParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Activity), 'A page of activities'), ...errors(404) },
  }),
  async (c) =>
    c.json(
      await Partnerships.universityTimeline(c.get('actor'), c.req.valid('param').universityId, c.req.valid('query')),
      200,
    ),
);
