import { z } from '@hono/zod-openapi';
import { Events } from '@aksu/core/events/events';
import {
  eventIdSchema,
  PublicEventView,
  RegistrationInput,
  RegistrationReceipt,
} from '@aksu/core/events/events.schema';
import { MyRegistration } from '@aksu/core/events/my-registration';
import {
  MyRegistrationView,
  RecoveryAccess,
  RecoveryRequested,
  RecoveryRequestInput,
  RecoveryVerifyInput,
  RegistrantAccessInput,
} from '@aksu/core/events/my-registration.schema';
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
      'Consent must be `true`. The same email or phone twice for one event is 409 `already_registered` naming the ' +
      'field. When the event is full the registration is waitlisted. Rate-limited per client and per event (429 with ' +
      'Retry-After). Send an `Idempotency-Key` to make retries safe. With `locale` the confirmation (or waitlist) ' +
      'mail is written in that language; the QR code in the receipt is the same one the mail and "my registration" ' +
      'show.',
    security: [],
    middleware: [idempotent()] as const,
    request: {
      params: Params,
      headers: IdempotencyHeaders,
      body: jsonBody(RegistrationInput.openapi('RegistrationInput')),
    },
    responses: {
      201: jsonResponse(RegistrationReceipt.openapi('RegistrationReceipt'), 'Registered or waitlisted'),
      ...writeErrors(404, 409, 422, 429),
    },
  }),
  async (c) => {
    const receipt = await Events.registerPublic(c.req.valid('param').eventId, c.req.valid('json'), clientAddress(c));
    return c.json(receipt, 201);
  },
);

const Mine = MyRegistrationView.openapi('MyRegistration');
const Access = RegistrantAccessInput.openapi('RegistrantAccess');

publicEventRoutes.openapi(
  route({
    operationId: 'requestRegistrationRecovery',
    method: 'post',
    path: '/v1/public/events/{eventId}/recovery',
    tags: ['Public registration'],
    summary: 'Mail a one-time code to reopen "my registration"',
    description:
      'Give the email or the phone number used to register. If a registration holds it, a 6-digit code valid for 15 ' +
      'minutes is mailed to its email. The answer is the same whether or not anyone is registered; counted by the ' +
      'registration rate limits (429 with Retry-After).',
    security: [],
    request: { params: Params, body: jsonBody(RecoveryRequestInput.openapi('RecoveryRequest')) },
    responses: {
      202: jsonResponse(
        RecoveryRequested.openapi('RecoveryRequested'),
        'A code is on its way if the person is registered',
      ),
      ...writeErrors(404, 429),
    },
  }),
  async (c) => {
    await MyRegistration.requestRecovery(c.req.valid('param').eventId, c.req.valid('json'), clientAddress(c));
    return c.json({ sent: true as const }, 202);
  },
);

publicEventRoutes.openapi(
  route({
    operationId: 'verifyRegistrationRecovery',
    method: 'post',
    path: '/v1/public/events/{eventId}/recovery/verify',
    tags: ['Public registration'],
    summary: 'Trade the mailed code for a short-lived access token',
    description:
      'The code works once, for 15 minutes and 5 tries; a wrong, used or expired code is 400 `invalid_code`.',
    security: [],
    request: { params: Params, body: jsonBody(RecoveryVerifyInput.openapi('RecoveryVerify')) },
    responses: {
      200: jsonResponse(RecoveryAccess.openapi('RecoveryAccess'), 'Access to the registration for 30 minutes'),
      ...writeErrors(404, 429),
    },
  }),
  async (c) =>
    c.json(
      await MyRegistration.verifyRecovery(c.req.valid('param').eventId, c.req.valid('json'), clientAddress(c)),
      200,
    ),
);

publicEventRoutes.openapi(
  route({
    operationId: 'openMyRegistration',
    method: 'post',
    path: '/v1/public/events/{eventId}/my',
    tags: ['Public registration'],
    summary: 'My registration: status and QR code',
    description:
      'By the check-in token from the mailed link, or by an access token from recovery. The token travels in the ' +
      'body, never in a URL. 404 for any token that does not open a registration of this event.',
    security: [],
    request: { params: Params, body: jsonBody(Access) },
    responses: { 200: jsonResponse(Mine, 'The registration'), ...writeErrors(404) },
  }),
  async (c) => c.json(await MyRegistration.view(c.req.valid('param').eventId, c.req.valid('json')), 200),
);

publicEventRoutes.openapi(
  route({
    operationId: 'cancelMyRegistration',
    method: 'post',
    path: '/v1/public/events/{eventId}/my/cancel',
    tags: ['Public registration'],
    summary: 'Cancel my registration',
    description:
      'Frees the seat (or the waitlist place) and the email and phone for this event; the first person on the ' +
      'waitlist gets the seat and a mail. Cancelling again answers the cancelled registration. A checked-in ' +
      'registration is 409 `invalid_transition`.',
    security: [],
    request: { params: Params, body: jsonBody(Access) },
    responses: { 200: jsonResponse(Mine, 'The cancelled registration'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await MyRegistration.cancel(c.req.valid('param').eventId, c.req.valid('json')), 200),
);
