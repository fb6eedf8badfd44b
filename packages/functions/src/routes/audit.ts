import { z } from '@hono/zod-openapi';
import { Audit } from '@aksu/core';
import { router } from '../env.ts';
import { bearer, route, errors, jsonResponse, PageQuery, pageOf } from '../http/schemas.ts';

const AuditEntry = z
  .object({
    entityType: z.string(),
    entityId: z.string(),
    auditId: z.string(),
    at: z.string(),
    action: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    changes: z.record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() })).optional(),
  })
  .openapi('AuditEntry');

const AuditQuery = PageQuery.extend({
  entityType: z.string().regex(/^[a-z][a-zA-Z]{1,39}$/, { error: 'Not an entity type' }),
  entityId: z.string().regex(/^[a-z]{3}_[0-9A-Z]{26}$/, { error: 'Not an id' }),
});

export const auditRoutes = router().openapi(
  route({
      operationId: 'listAuditEntries',
    method: 'get',
    path: '/v1/audit',
    tags: ['Audit'],
    summary: "A record's change history, oldest first (organisers)",
    security: bearer,
    request: { query: AuditQuery },
    responses: { 200: jsonResponse(pageOf(AuditEntry), 'A page of audit entries'), ...errors() },
  }),
  async (c) => {
    const { entityType, entityId, ...page } = c.req.valid('query');
    return c.json(await Audit.listForEntity(c.get('actor'), entityType, entityId, page), 200);
  },
);
