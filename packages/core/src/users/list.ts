import { z } from 'zod';
import { db } from '../db/service.ts';
import { listShards, positionField, type ShardedList } from '../db/sharded-list.ts';
import type { UserRecord } from './records.ts';
import type { ListUsersQuery } from './users.schema.ts';

const AccountPosition = z.strictObject({ createdAt: positionField, userId: positionField });
type AccountPosition = z.infer<typeof AccountPosition>;

/**
 * Accounts newest first over the `all` index's shards, all of them or those matching the filters: `q`
 * is found in the name as typed or in the email (stored lower-cased), `role` is one role. The filters
 * are DynamoDB filters, so the shards are read until each has a page's worth of matches.
 */
export function accountsNewestFirst(filters: ListUsersQuery = {}): ShardedList<UserRecord, AccountPosition> {
  const { q, role } = filters;
  return {
    position: AccountPosition,
    positionOf: (u) => ({ createdAt: u.createdAt, userId: u.userId }),
    order: 'desc',
    filtered: Boolean(q || role),
    query: async (listShard, after, options) => {
      const all = db().service.entities.user.query.all({ listShard });
      const ranged = after ? all.lt(after) : all;
      const matching =
        q || role
          ? ranged.where((a, { contains, eq }) =>
              [
                q ? `(${contains(a.name, q)} OR ${contains(a.email, q.toLowerCase())})` : '',
                role ? eq(a.role, role) : '',
              ]
                .filter(Boolean)
                .join(' AND '),
            )
          : ranged;
      const { data } = await matching.go({ ...options, order: 'desc' });
      return data as UserRecord[];
    },
  };
}

/** The active organisers, for the daily digest: one Query per list shard with the role as a filter. */
export async function activeOrganisers() {
  const shards = await Promise.all(
    listShards().map((listShard) =>
      db()
        .service.entities.user.query.all({ listShard })
        .where((a, { eq }) => `${eq(a.role, 'organiser')} AND ${eq(a.status, 'active')}`)
        .go({ pages: 'all', attributes: ['userId', 'email', 'name'] }),
    ),
  );
  return shards.flatMap((s) => s.data);
}
