import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';

export const Audit = {
  /** Organisers read a record's history, oldest first. */
  async listForEntity(actor: Actor, entityType: string, entityId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    return queryPage(
      (options) => db().service.entities.audit.query.byEntity({ entityType, entityId }).go(options),
      page,
    );
  },
};
