import { z } from '@hono/zod-openapi';
import {
  ApplicationInput,
  ApplicationReceipt,
  CvUploadInput,
  MyApplicationView,
} from '@aksu/core/applications/applications.schema';
import { PublicApplications } from '@aksu/core/applications/public-applications';
import { InterviewReplyInput } from '@aksu/core/applications/interviews.schema';
import { MyApplication } from '@aksu/core/applications/my-application';
import {
  RecoveryAccess,
  RecoveryRequested,
  RecoveryRequestInput,
  RecoveryVerifyInput,
  RegistrantAccessInput,
} from '@aksu/core/events/my-registration.schema';
import { positionIdSchema } from '@aksu/core/positions/positions.schema';
import { UploadTicketView } from '@aksu/core/storage/upload-ticket.schema';
import { router } from '../env.ts';
import { clientAddress } from '../http/client-address.ts';
import { jsonBody, jsonResponse, route, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const Params = z.object({ positionId: positionIdSchema.openapi({ param: { name: 'positionId', in: 'path' } }) });
const Mine = MyApplicationView.openapi('MyApplication');
const Access = RegistrantAccessInput.openapi('RegistrantAccess');
const tags = ['Public recruitment'];

/** Applying to a published position without an account, and the applicant's own application by its code. */
export const publicApplicationRoutes = router();

publicApplicationRoutes.openapi(
  route({
    operationId: 'requestCvUpload',
    method: 'post',
    path: '/v1/public/positions/{positionId}/cv-uploads',
    tags,
    summary: 'A presigned link to upload a CV for an application (no login)',
    description:
      'A PDF of at most 5 MB, sent with PUT to `url` with `headers` within five minutes; its `uploadKey` goes into ' +
      'the application. A position that is not published is 404. Rate-limited like registration (429).',
    security: [],
    request: { params: Params, body: jsonBody(CvUploadInput.openapi('CvUploadInput')) },
    responses: {
      201: jsonResponse(UploadTicketView.openapi('UploadTicket'), 'Where and how to upload'),
      ...writeErrors(404, 409, 429),
    },
  }),
  async (c) =>
    c.json(
      await PublicApplications.cvUploadLink(c.req.valid('param').positionId, c.req.valid('json'), clientAddress(c)),
      201,
    ),
);

publicApplicationRoutes.openapi(
  route({
    operationId: 'applyToPosition',
    method: 'post',
    path: '/v1/public/positions/{positionId}/applications',
    tags,
    summary: 'Apply to a published position (no login)',
    description:
      'Consent must be `true`. The CV (`cvKey`) is checked in storage by its size and first bytes before the ' +
      'application is stored: a file that is not a PDF is 415 `file_type_mismatch`, a larger one 413. One ' +
      'application per person per position: the same email, phone or ID number again is 409 `already_applied` ' +
      'naming the field. The receipt’s `accessCode` opens the application later. Send an `Idempotency-Key` to make ' +
      'retries safe; rate-limited like registration (429).',
    security: [],
    middleware: [idempotent()] as const,
    request: {
      params: Params,
      headers: IdempotencyHeaders,
      body: jsonBody(ApplicationInput.openapi('ApplicationInput')),
    },
    responses: {
      201: jsonResponse(ApplicationReceipt.openapi('ApplicationReceipt'), 'Submitted'),
      ...writeErrors(404, 409, 422, 429),
    },
  }),
  async (c) =>
    c.json(await PublicApplications.apply(c.req.valid('param').positionId, c.req.valid('json'), clientAddress(c)), 201),
);

publicApplicationRoutes.openapi(
  route({
    operationId: 'openMyApplication',
    method: 'post',
    path: '/v1/public/positions/{positionId}/applications/my',
    tags,
    summary: 'My application: its status',
    description:
      'By the access code from the receipt (`token`) or an access token (`accessToken`), in the body, never in a ' +
      'URL. 404 for anything that does not open an application to this position.',
    security: [],
    request: { params: Params, body: jsonBody(Access) },
    responses: { 200: jsonResponse(Mine, 'The application'), ...writeErrors(404) },
  }),
  async (c) => c.json(await MyApplication.view(c.req.valid('param').positionId, c.req.valid('json')), 200),
);

publicApplicationRoutes.openapi(
  route({
    operationId: 'withdrawMyApplication',
    method: 'post',
    path: '/v1/public/positions/{positionId}/applications/my/withdraw',
    tags,
    summary: 'Withdraw my application',
    description:
      'Until an offer is answered. Withdrawing again answers the withdrawn application; a decided one is 409 ' +
      '`invalid_transition`.',
    security: [],
    request: { params: Params, body: jsonBody(Access) },
    responses: { 200: jsonResponse(Mine, 'The withdrawn application'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await MyApplication.withdraw(c.req.valid('param').positionId, c.req.valid('json')), 200),
);

publicApplicationRoutes.openapi(
  route({
    operationId: 'replyToMyInterview',
    method: 'post',
    path: '/v1/public/positions/{positionId}/applications/my/interview-reply',
    tags,
    summary: 'Confirm my interview or ask for another time',
    description:
      'With the access code or token as for my application, the interview `revision` read and the `answer`: ' +
      '`confirmed`, or `another_time` with a `note` saying which times suit. Answering again replaces the answer. ' +
      'An application without an interview is 409 `invalid_transition`; an interview rescheduled since it was read ' +
      '409 `version_conflict`.',
    security: [],
    request: { params: Params, body: jsonBody(InterviewReplyInput.openapi('InterviewReply')) },
    responses: { 200: jsonResponse(Mine, 'The application with the answer'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await MyApplication.replyToInterview(c.req.valid('param').positionId, c.req.valid('json')), 200),
);

publicApplicationRoutes.openapi(
  route({
    operationId: 'requestApplicationRecovery',
    method: 'post',
    path: '/v1/public/positions/{positionId}/applications/recovery',
    tags,
    summary: 'Mail a one-time code to reopen "my application"',
    description:
      'As for "my registration": give the email or the phone number of the application; if an application to this ' +
      'position holds it, a 6-digit code valid for 15 minutes is mailed to its email. The answer is the same whether ' +
      'or not anyone applied; rate-limited like registration (429 with Retry-After).',
    security: [],
    request: { params: Params, body: jsonBody(RecoveryRequestInput.openapi('RecoveryRequest')) },
    responses: {
      202: jsonResponse(RecoveryRequested.openapi('RecoveryRequested'), 'A code is on its way if the person applied'),
      ...writeErrors(404, 429),
    },
  }),
  async (c) => {
    await MyApplication.requestRecovery(c.req.valid('param').positionId, c.req.valid('json'), clientAddress(c));
    return c.json({ sent: true as const }, 202);
  },
);

publicApplicationRoutes.openapi(
  route({
    operationId: 'verifyApplicationRecovery',
    method: 'post',
    path: '/v1/public/positions/{positionId}/applications/recovery/verify',
    tags,
    summary: 'Trade the mailed code for a short-lived access token to "my application"',
    description:
      'The code works once, for 15 minutes and 5 tries; a wrong, used or expired code is 400 `invalid_code`. The ' +
      'token opens the application as `accessToken` for 30 minutes.',
    security: [],
    request: { params: Params, body: jsonBody(RecoveryVerifyInput.openapi('RecoveryVerify')) },
    responses: {
      200: jsonResponse(RecoveryAccess.openapi('RecoveryAccess'), 'Access to the application for 30 minutes'),
      ...writeErrors(404, 429),
    },
  }),
  async (c) =>
    c.json(
      await MyApplication.verifyRecovery(c.req.valid('param').positionId, c.req.valid('json'), clientAddress(c)),
      200,
    ),
);
