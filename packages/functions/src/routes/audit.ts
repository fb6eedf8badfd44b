import { z } from '@hono/zod-openapi';
import { Audit } from '@aksu/core/audit/audit';
import { AUDIT_ENTITY_ID } from '@aksu/core/audit/entity-ids';
import { AuditPeriod, MAX_AUDIT_PERIOD_DAYS } from '@aksu/core/audit/period';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonResponse, pageOf, PageQuery } from '../http/schemas.ts';

const route = bearerRoutes('Audit');

const AuditEntry = z
  .object({
    entityType: z.string(),
    entityId: z.string(),
    auditId: z.string(),
    at: z.string(),
    action: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    changes: z
      .record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() }))
      .optional(),
  })
  .openapi('AuditEntry');

const EntityType = z.string().regex(/^[a-z][a-zA-Z]{1,39}$/, { error: 'Not an entity type' });

const AuditQuery = PageQuery.extend({
  entityType: EntityType,
  // Every form of id an audit entry is written with (an intern's day is `registration:date`), from
  // core's one list of those forms, so no audited record is out of reach.
  entityId: z
    .string()
    .regex(AUDIT_ENTITY_ID, { error: 'Not the id of an audited record' })
    .openapi({
      description:
        'The record’s id; an intern’s day, activity log or log week: `registrationId:date`; a stipend statement: ' +
        '`cohortId:payeeId`',
    }),
});

const AuditPeriodEntry = AuditEntry.extend({
  actorName: z.string().nullable().openapi({ description: 'The account’s name; null for a removed or system actor' }),
}).openapi('AuditPeriodEntry');

const AuditPeriodQuery = PageQuery.extend({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Inclusive; defaults to 7 days before `to`' }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Exclusive; defaults to now' }),
  entityType: EntityType.optional(),
  actorId: z
    .string()
    .regex(/^[a-z]{3}_[0-9A-Z]{26}$/, { error: 'Not an account id' })
    .optional(),
});

export const auditRoutes = router()
  .openapi(
    route({
      operationId: 'listAuditPeriod',
      method: 'get',
      path: '/v1/audit/period',
      summary: `Every audit entry of a period of at most ${MAX_AUDIT_PERIOD_DAYS} days, newest first (admins)`,
      request: { query: AuditPeriodQuery },
      responses: {
        200: jsonResponse(
          pageOf(AuditPeriodEntry).extend({
            from: z.string(),
            to: z.string(),
            filtered: z.boolean().openapi({ description: 'Whether the entity type or actor filter narrowed the page' }),
          }),
          'A page of audit entries',
        ),
        ...errors(),
      },
    }),
    async (c) => c.json(await AuditPeriod.list(c.get('actor'), c.req.valid('query')), 200),
  )
  .openapi(
    route({
      operationId: 'listAuditEntries',
      method: 'get',
      path: '/v1/audit',
      summary: "A record's change history, oldest first (organisers)",
      request: { query: AuditQuery },
      responses: { 200: jsonResponse(pageOf(AuditEntry), 'A page of audit entries'), ...errors() },
    }),
    async (c) => {
      const { entityType, entityId, ...page } = c.req.valid('query');
      return c.json(await Audit.listForEntity(c.get('actor'), entityType, entityId, page), 200);
    },
  );
