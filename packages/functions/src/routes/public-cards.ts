import { z } from '@hono/zod-openapi';
import { CardCheckView, cardTokenSchema } from '@aksu/core/talent-service/card.schema';
import { ServiceCardChecks } from '@aksu/core/talent-service/card-checks';
import { router } from '../env.ts';
import { clientAddress } from '../http/client-address.ts';
import { errors, jsonResponse, route } from '../http/schemas.ts';

const Params = z.object({ token: cardTokenSchema.openapi({ param: { name: 'token', in: 'path' } }) });

/** The page a service card's QR code opens, for a hospital, hotel or sports venue (no sign-in). */
export const publicCardRoutes = router();

publicCardRoutes.openapi(
  route({
    operationId: 'verifyServiceCard',
    method: 'get',
    path: '/v1/public/service-cards/{token}',
    tags: ['Public talent service'],
    summary: 'Whether a talent service card is valid, with the masked name, the tier and the benefits (no login)',
    description:
      'Nothing else of the holder is shown. Each check is recorded; checks are limited per client (429), and an ' +
      'unknown code answers 404 like any other.',
    security: [],
    request: { params: Params },
    responses: { 200: jsonResponse(CardCheckView.openapi('CardCheck'), 'The check'), ...errors(404, 429) },
  }),
  async (c) => c.json(await ServiceCardChecks.verify(c.req.valid('param').token, clientAddress(c)), 200),
);
