import { z } from '@hono/zod-openapi';
import { UploadTicketView } from '@aksu/core/storage/upload-ticket.schema';
import { MyTalentService } from '@aksu/core/talent-service/my-talent-service';
import { AttachmentUploadInput, FileRequestInput, RateRequestInput } from '@aksu/core/talent-service/request.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';
import { AttachmentLink, AttachmentParams, Card, RequestParams, ServiceRequest } from './talent-service-views.ts';

const route = bearerRoutes('Talent service');

/** The person's own side on their phone: their service card and their requests. */
export const myTalentServiceRoutes = router();

myTalentServiceRoutes.openapi(
  route({
    operationId: 'getMyServiceCard',
    method: 'get',
    path: '/v1/me/service-card',
    summary: "The signed-in person's talent service card with its QR code's code",
    responses: { 200: jsonResponse(Card, 'The card'), ...errors(404) },
  }),
  async (c) => c.json(await MyTalentService.card(c.get('actor')), 200),
);

myTalentServiceRoutes.openapi(
  route({
    operationId: 'listMyServiceRequests',
    method: 'get',
    path: '/v1/me/service-requests',
    summary: "The signed-in person's requests, newest first",
    responses: { 200: jsonResponse(z.object({ items: z.array(ServiceRequest) }), 'The requests'), ...errors() },
  }),
  async (c) => c.json(await MyTalentService.requests(c.get('actor')), 200),
);

myTalentServiceRoutes.openapi(
  route({
    operationId: 'fileServiceRequest',
    method: 'post',
    path: '/v1/me/service-requests',
    summary: 'File a request with the service commissioner: school transfer, 落户, housing, medical care and more',
    description:
      "Due by its kind's deadline in the policy in force today (409 while nobody looks after the person). " +
      'Attachments are uploaded first through upload links and checked here by their bytes (422 ' +
      '`file_type_mismatch`, `file_too_large`). A resend with the same `Idempotency-Key` files it once.',
    middleware: [idempotent()] as const,
    request: { headers: IdempotencyHeaders, body: jsonBody(FileRequestInput.openapi('FileRequestInput')) },
    responses: { 201: jsonResponse(ServiceRequest, 'The request'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await MyTalentService.fileRequest(c.get('actor'), c.req.valid('json')), 201),
);

myTalentServiceRoutes.openapi(
  route({
    operationId: 'createServiceRequestUpload',
    method: 'post',
    path: '/v1/me/service-request-uploads',
    summary: 'A presigned link to upload one file (PDF, JPEG or PNG, at most 5 MB) for a request about to be filed',
    description: 'PUT the file to the link, then file the request with its `uploadKey` among the attachments.',
    request: { body: jsonBody(AttachmentUploadInput.openapi('AttachmentUploadInput')) },
    responses: {
      201: jsonResponse(UploadTicketView.openapi('UploadTicket'), 'Where and how to upload'),
      ...writeErrors(404, 409),
    },
  }),
  async (c) => c.json(await MyTalentService.requestUploadLink(c.get('actor'), c.req.valid('json')), 201),
);

myTalentServiceRoutes.openapi(
  route({
    operationId: 'getMyServiceRequestAttachment',
    method: 'get',
    path: '/v1/me/service-requests/{requestId}/attachments/{attachmentId}',
    summary: "A signed five-minute link to one of the person's own request files",
    request: { params: AttachmentParams },
    responses: { 200: jsonResponse(AttachmentLink, 'The link'), ...errors(404) },
  }),
  async (c) => {
    const { requestId, attachmentId } = c.req.valid('param');
    return c.json(await MyTalentService.attachmentLink(c.get('actor'), requestId, attachmentId), 200);
  },
);

myTalentServiceRoutes.openapi(
  route({
    operationId: 'rateServiceRequest',
    method: 'post',
    path: '/v1/me/service-requests/{requestId}/rating',
    summary: 'Rate a closed request from 1 to 5, once',
    request: { params: RequestParams, body: jsonBody(RateRequestInput.openapi('RateRequestInput')) },
    responses: { 200: jsonResponse(ServiceRequest, 'The rated request'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await MyTalentService.rateRequest(c.get('actor'), c.req.valid('param').requestId, c.req.valid('json')), 200),
);
