import { z } from 'zod';
import { db } from '../db/service.ts';
import { listShards, positionField, type ShardedList } from '../db/sharded-list.ts';
import type { UserRecord } from './records.ts';

const AccountPosition = z.strictObject({ createdAt: positionField, userId: positionField });
type AccountPosition = z.infer<typeof AccountPosition>;

/** Every account, newest first, over the `all` index's shards. */
export const accountsNewestFirst: ShardedList<UserRecord, AccountPosition> = {
  position: AccountPosition,
  positionOf: (u) => ({ createdAt: u.createdAt, userId: u.userId }),
  order: 'desc',
  query: async (listShard, after, options) => {
    const all = db().service.entities.user.query.all({ listShard });
    const { data } = await (after ? all.lt(after) : all).go({ ...options, order: 'desc' });
    return data as UserRecord[];
  },
};

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
