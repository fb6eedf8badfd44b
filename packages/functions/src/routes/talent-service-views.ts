import { z } from '@hono/zod-openapi';
import { ServiceCardView } from '@aksu/core/talent-service/card.schema';
import {
  AttachmentLinkView,
  attachmentIdSchema,
  requestIdSchema,
  ServiceRequestView,
} from '@aksu/core/talent-service/request.schema';

/**
 * The views and path parameters that the talent's own pages (phone class) share with the
 * organisers' talent-service and request routes (api class). Kept apart from both route modules: a
 * module's routes are registered when it is imported, so importing one for a schema would put the
 * other class's routes in the phone function.
 */
export const Card = ServiceCardView.openapi('ServiceCard');
export const ServiceRequest = ServiceRequestView.openapi('ServiceRequest');
export const RequestParams = z.object({
  requestId: requestIdSchema.openapi({ param: { name: 'requestId', in: 'path' } }),
});
export const AttachmentParams = RequestParams.extend({
  attachmentId: attachmentIdSchema.openapi({ param: { name: 'attachmentId', in: 'path' } }),
});
export const AttachmentLink = AttachmentLinkView.openapi('AttachmentLink');
