import { z } from '@hono/zod-openapi';
import { PublicAnnouncements } from '@aksu/core/positions/announcements';
import { PublicAnnouncementView, slugSchema } from '@aksu/core/positions/announcements.schema';
import { positionIdSchema, PublicPositionsQuery, PublicPositionView } from '@aksu/core/positions/positions.schema';
import { PublicPositions } from '@aksu/core/positions/public-positions';
import { router } from '../env.ts';
import { errors, jsonResponse, pageOf, PageQuery, route } from '../http/schemas.ts';

const PublicPosition = PublicPositionView.openapi('PublicPosition');

/** The no-sign-in recruitment pages: published positions and notices only; anything else is 404. */
export const publicPositionRoutes = router();

publicPositionRoutes.openapi(
  route({
    operationId: 'listPublicPositions',
    method: 'get',
    path: '/v1/public/positions',
    tags: ['Public recruitment'],
    summary: 'Published positions still open for applications, the latest published first (no login)',
    description:
      'Filtered by the degree required, a discipline wanted (positions open to any discipline match too), county, ' +
      'industrial cluster and kind of post. Each carries the housing subsidy of the policy version in force today.',
    security: [],
    request: { query: PageQuery.extend(PublicPositionsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(PublicPosition), 'A page of positions'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await PublicPositions.list(query, { limit, cursor }), 200);
  },
);

publicPositionRoutes.openapi(
  route({
    operationId: 'getPublicPosition',
    method: 'get',
    path: '/v1/public/positions/{positionId}',
    tags: ['Public recruitment'],
    summary: 'One published position (no login); a draft, closed or filled one is 404',
    security: [],
    request: {
      params: z.object({ positionId: positionIdSchema.openapi({ param: { name: 'positionId', in: 'path' } }) }),
    },
    responses: { 200: jsonResponse(PublicPosition, 'The position'), ...errors(404) },
  }),
  async (c) => c.json(await PublicPositions.get(c.req.valid('param').positionId), 200),
);

publicPositionRoutes.openapi(
  route({
    operationId: 'getPublicAnnouncement',
    method: 'get',
    path: '/v1/public/announcements/{slug}',
    tags: ['Public recruitment'],
    summary: 'A published recruitment notice by its link, with its published positions (no login)',
    description: 'A draft or closed notice is 404. The positions come in the order of the notice.',
    security: [],
    request: { params: z.object({ slug: slugSchema.openapi({ param: { name: 'slug', in: 'path' } }) }) },
    responses: {
      200: jsonResponse(PublicAnnouncementView.openapi('PublicAnnouncement'), 'The announcement'),
      ...errors(404),
    },
  }),
  async (c) => c.json(await PublicAnnouncements.get(c.req.valid('param').slug), 200),
);
