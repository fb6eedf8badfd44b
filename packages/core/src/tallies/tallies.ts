import { batchGet } from '../db/batch-get.ts';
import { db, type AppService } from '../db/service.ts';
import { shardKeys, shardOf, sumShards, sumShardsBy } from '../db/shards.ts';

export const scopeOf = {
  event: (id: string) => `event#${id}`,
  stop: (id: string) => `stop#${id}`,
  trip: (id: string) => `trip#${id}`,
  university: (id: string) => `university#${id}`,
};

export interface TallyCounts {
  capacity: number;
  registered: number;
  waitlisted: number;
  checkedIn: number;
  walkIns: number;
  leads: number;
  eventsHeld: number;
}

const FIELDS = ['capacity', 'registered', 'waitlisted', 'checkedIn', 'walkIns', 'leads', 'eventsHeld'] as const;
type TallyField = Exclude<(typeof FIELDS)[number], 'capacity'>;
type Entities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

/**
 * A tally increment for a busy path, to put in its transaction: it goes to the scope's shard that
 * `writerId` (the registration, or the event) picks, never to the scope's one tally item. An event's
 * seat fields are the exception and are written on its tally item by the seat code itself.
 */
export function tallyAdd(e: Entities, scope: string, add: Partial<Record<TallyField, number>>, writerId: string) {
  return e.tallyShard
    .update({ scope, shard: shardOf(writerId) })
    .add(add)
    .commit();
}

/**
 * Reads tallies by scope: each scope's tally item and its shards, fetched in batches and summed;
 * a scope nothing was counted in reads as zeros. Costs a fixed number of items per scope, however
 * many people registered.
 */
export async function readTallies(scopes: string[]): Promise<Map<string, TallyCounts>> {
  const unique = [...new Set(scopes)];
  const { tally, tallyShard } = db().service.entities;
  const [bases, shards] = await Promise.all([
    batchGet(
      unique.map((scope) => ({ scope })),
      (keys) => tally.get(keys).go({ concurrency: 4 }),
    ),
    batchGet(
      unique.flatMap((scope) => shardKeys({ scope })),
      (keys) => tallyShard.get(keys).go({ concurrency: 4 }),
    ),
  ]);
  const sums = sumShardsBy<Partial<TallyCounts> & { scope: string }, keyof TallyCounts>(
    [...bases, ...shards],
    (item) => item.scope,
    FIELDS,
  );
  return new Map(scopes.map((s) => [s, sums.get(s) ?? sumShards([], FIELDS)]));
}
