import { TalentService } from '@aksu/core/talent-service/index';
import { AdvanceRequestInput, ListRequestsQuery } from '@aksu/core/talent-service/request.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { AttachmentLink, AttachmentParams, RequestParams, ServiceRequest } from './talent-service-views.ts';

const route = bearerRoutes('Talent service');

/** Requests (诉求) as the commissioners and organisers handle them. */
export const serviceRequestRoutes = router();

serviceRequestRoutes.openapi(
  route({
    operationId: 'listServiceRequests',
    method: 'get',
    path: '/v1/talent-service/requests',
    summary:
      "Open (or closed) requests, earliest deadline first: a commissioner's (the caller's own by default) or all",
    request: { query: ListRequestsQuery.extend(PageQuery.shape) },
    responses: { 200: jsonResponse(pageOf(ServiceRequest), 'A page of requests'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await TalentService.listRequests(c.get('actor'), query, { limit, cursor }), 200);
  },
);

serviceRequestRoutes.openapi(
  route({
    operationId: 'getServiceRequest',
    method: 'get',
    path: '/v1/talent-service/requests/{requestId}',
    summary: 'One request with its notes (organisers)',
    request: { params: RequestParams },
    responses: { 200: jsonResponse(ServiceRequest, 'The request'), ...errors(404) },
  }),
  async (c) => c.json(await TalentService.getRequest(c.get('actor'), c.req.valid('param').requestId), 200),
);

serviceRequestRoutes.openapi(
  route({
    operationId: 'advanceServiceRequest',
    method: 'post',
    path: '/v1/talent-service/requests/{requestId}/steps',
    summary: 'Move a request on (in progress, resolved, cannot be resolved with a reason) or add a note (organisers)',
    description:
      'Conditioned on `version` (409 `version_conflict`); a move the lifecycle does not allow answers 409 ' +
      '`invalid_transition` with the `allowed` statuses. The person is told of each step.',
    request: { params: RequestParams, body: jsonBody(AdvanceRequestInput.openapi('AdvanceRequestInput')) },
    responses: { 200: jsonResponse(ServiceRequest, 'The request after the step'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(
      await TalentService.advanceRequest(c.get('actor'), c.req.valid('param').requestId, c.req.valid('json')),
      200,
    ),
);

serviceRequestRoutes.openapi(
  route({
    operationId: 'getServiceRequestAttachment',
    method: 'get',
    path: '/v1/talent-service/requests/{requestId}/attachments/{attachmentId}',
    summary: "A signed five-minute link to one of a request's files (organisers)",
    request: { params: AttachmentParams },
    responses: { 200: jsonResponse(AttachmentLink, 'The link'), ...errors(404) },
  }),
  async (c) => {
    const { requestId, attachmentId } = c.req.valid('param');
    return c.json(await TalentService.attachmentLink(c.get('actor'), requestId, attachmentId), 200);
  },
);
