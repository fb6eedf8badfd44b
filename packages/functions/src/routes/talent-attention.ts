import { AttentionList, AttentionQuery, AttentionShareView } from '@aksu/core/talent-service/attention.schema';
import { TalentService } from '@aksu/core/talent-service/index';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonResponse } from '../http/schemas.ts';

const route = bearerRoutes('Talent service');

/**
 * The early warning of who may leave: each person's signals with why and what to do next (never a
 * score), and the dashboard's share of people with no signal. Organisers only.
 */
export const talentAttentionRoutes = router();

talentAttentionRoutes.openapi(
  route({
    operationId: 'listAttention',
    method: 'get',
    path: '/v1/talent-service/attention',
    summary: 'Who needs attention this week: each person with their signals and next actions (organisers)',
    description:
      'The caller’s own people as commissioner, or everyone’s with `all=true`; most signals first, then the oldest.',
    request: { query: AttentionQuery },
    responses: { 200: jsonResponse(AttentionList.openapi('AttentionList'), 'People with signals'), ...errors() },
  }),
  async (c) => c.json(await TalentService.attention(c.get('actor'), c.req.valid('query')), 200),
);

talentAttentionRoutes.openapi(
  route({
    operationId: 'getAttentionShare',
    method: 'get',
    path: '/v1/talent-service/attention/share',
    summary: 'The share of people with no signal per cohort and tier, as last counted each night (organisers)',
    responses: {
      200: jsonResponse(AttentionShareView.openapi('AttentionShare'), 'Counts per cohort and tier'),
      ...errors(),
    },
  }),
  async (c) => c.json(await TalentService.attentionShare(c.get('actor')), 200),
);
