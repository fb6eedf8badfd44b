import { z } from '@hono/zod-openapi';
import { eventIdSchema, Events, PublicEventView, RegistrationInput, RegistrationReceipt } from '@aksu/core';
import { router } from '../env.ts';
import { clientAddress } from '../http/client-address.ts';
import { errors, jsonBody, jsonResponse, route, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const Params = z.object({ eventId: eventIdSchema.openapi({ param: { name: 'eventId', in: 'path' } }) });

/** The no-login registration page's API: event facts and sign-up, never the registrant list. */
export const publicEventRoutes = router();

publicEventRoutes.openapi(
  route({
    operationId: 'getPublicEvent',
    method: 'get',
    path: '/v1/public/events/{eventId}',
    tags: ['Public registration'],
    summary: 'What the public registration page shows about an event',
    security: [],
    request: { params: Params },
    responses: { 200: jsonResponse(PublicEventView.openapi('PublicEvent'), 'The event'), ...errors(404) },
  }),
  async (c) => c.json(await Events.publicInfo(c.req.valid('param').eventId), 200),
);

publicEventRoutes.openapi(
  route({
    operationId: 'registerForEvent',
    method: 'post',
    path: '/v1/public/events/{eventId}/registrations',
    tags: ['Public registration'],
    summary: 'Register for an event (no login)',
    description:
      'Consent must be `true`. The same email or phone twice for one event is 409 `already_registered` naming the field. ' +
      'When the event is full the registration is waitlisted. Rate-limited per client and per event (429 with Retry-After). ' +
      'Send an `Idempotency-Key` to make retries safe.',
    security: [],
    middleware: [idempotent()] as const,
    request: { params: Params, headers: IdempotencyHeaders, body: jsonBody(RegistrationInput.openapi('RegistrationInput')) },
    responses: { 201: jsonResponse(RegistrationReceipt.openapi('RegistrationReceipt'), 'Registered or waitlisted'), ...writeErrors(404, 409, 422, 429) },
  }),
  async (c) => {
    const receipt = await Events.registerPublic(c.req.valid('param').eventId, c.req.valid('json'), clientAddress(c));
    return c.json(receipt, 201);
  },
);
