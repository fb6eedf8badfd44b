import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { listShardOf } from '../db/sharded-list.ts';

/**
 * Where accounts and leads were listed before their lists were sharded: gsi2's one constant
 * partition (ElectroDB's key for an empty composite), each entity under its own sort-key prefix.
 */
const OLD_PARTITION = '$aksu';
const OLD_PREFIX = { user: '$user_1#', lead: '$lead_1#' } as const;

export interface ListShardBackfill {
  users: number;
  leads: number;
}

type OldItem = { userId?: string; leadId?: string; universityKey?: string };

/** One page of items still on the old partition; moving an item takes it off, so each page is a fresh start. */
async function oldItems(prefix: string, limit: number) {
  const { config, client } = db();
  const page = await client.send(
    new QueryCommand({
      TableName: config.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
      ExpressionAttributeValues: { ':pk': OLD_PARTITION, ':prefix': prefix },
      ProjectionExpression: 'userId, leadId, universityKey',
      Limit: limit,
    }),
  );
  return (page.Items ?? []) as OldItem[];
}

/**
 * Writes the list shard on every account and lead stored before the lists were sharded, so the
 * sharded lists show them. Setting `listShard` makes ElectroDB rebuild the list keys that name it
 * (users: gsi2; leads: gsi2 and the university list on gsi1, which also needs `universityKey`).
 * Idempotent and safe beside live traffic: it only ever writes the shard an item's id gives, a
 * moved item leaves the old partition, and a second run finds nothing. Items vanish from the old
 * partition as they move, so the loop re-reads its first page until it is empty; GSIs are
 * eventually consistent, so an item met twice is simply written twice with the same value.
 */
export async function backfillListShards({ pageSize = 100 }: { pageSize?: number } = {}): Promise<ListShardBackfill> {
  const { user, lead } = db().service.entities;
  const users = await drain(OLD_PREFIX.user, pageSize, async ({ userId }) => {
    if (!userId) return false;
    await user
      .patch({ userId })
      .set({ listShard: listShardOf(userId) })
      .go();
    return true;
  });
  const leads = await drain(OLD_PREFIX.lead, pageSize, async ({ leadId, universityKey }) => {
    if (!leadId || !universityKey) return false;
    await lead
      .patch({ leadId })
      .set({ listShard: listShardOf(leadId), universityKey })
      .go();
    return true;
  });
  return { users, leads };
}

/** Moves the old partition's items under `prefix` page by page until none is left (or none can move). */
async function drain(prefix: string, pageSize: number, move: (item: OldItem) => Promise<boolean>): Promise<number> {
  let moved = 0;
  for (;;) {
    const items = await oldItems(prefix, pageSize);
    let progress = false;
    for (const item of items) {
      try {
        if (await move(item)) {
          moved++;
          progress = true;
        }
      } catch (error) {
        // Deleted since the GSI was read (the patch requires the item): nothing left to move.
        if (!isConditionFailure(error)) throw error;
        progress = true;
      }
    }
    if (!progress) return moved;
  }
}
