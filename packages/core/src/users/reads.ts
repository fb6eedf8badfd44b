import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { shardedPage } from '../db/sharded-list.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { accountsNewestFirst } from './list.ts';
import { getRecord, toUserView, type UserRecord } from './records.ts';
import type { ListUsersQuery, UserView } from './users.schema.ts';

/** Organisers read every account; anyone reads their own. */
export const AccountReads = {
  async get(actor: Actor, userId: string): Promise<UserView> {
    if (actor.userId !== userId) requireRole(actor, 'organiser');
    const user = await getRecord(userId);
    if (!user) throw notFound('User');
    return toUserView(user);
  },

  async list(actor: Actor, page: PageRequest & ListUsersQuery) {
    requireRole(actor, 'organiser');
    const { q, role, ...request } = page;
    return shardedPage(accountsNewestFirst({ q, role }), request, toUserView);
  },

  /**
   * The university's coordinators. Interns carry the university too, and the index sorts by role
   * first, so the coordinators are one key range.
   */
  async listByUniversity(actor: Actor, universityId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    return queryPage(
      (options) => db().service.entities.user.query.byUniversity({ universityId, role: 'coordinator' }).go(options),
      page,
      (user) => toUserView(user as UserRecord),
    );
  },
};
