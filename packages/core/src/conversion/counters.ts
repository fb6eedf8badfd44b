import type { EntityItem } from 'electrodb';
import type { AppService } from '../db/service.ts';
import { db } from '../db/service.ts';
import { shardOf, sumShards, sumShardsBy } from '../db/shards.ts';
import { FUNNEL_FIELDS, type FunnelField } from './funnel-counter.entity.ts';
import type { Outcome } from './outcome.entity.ts';

type WriteBuilder = Parameters<AppService['transaction']['write']>[0];
export type Entities = Parameters<WriteBuilder>[0];
export type OutcomeRecord = EntityItem<typeof Outcome>;
export type Counts = Record<FunnelField, number>;

export const ALL_COHORTS = 'all';
export const TOTAL = { dimension: 'total', group: 'all' } as const;

export interface CounterKey {
  cohortKey: string;
  dimension: string;
  group: string;
}

/**
 * Every counter item an outcome is counted in: the total and each breakdown it has a value for, in
 * its own cohort and over all cohorts. Leads (no cohort) are counted over all cohorts only.
 */
export function counterKeysOf(
  o: Pick<
    OutcomeRecord,
    | 'cohortId'
    | 'universityId'
    | 'degreeLevel'
    | 'discipline'
    | 'hostUnitId'
    | 'mentorId'
    | 'fromRegion'
    | 'tripId'
    | 'eventId'
    | 'partnershipId'
  >,
): CounterKey[] {
  const groups: Array<[string, string | undefined]> = [
    [TOTAL.dimension, TOTAL.group],
    ['university', o.universityId],
    ['degree', o.degreeLevel],
    ['discipline', o.discipline],
    ['hostUnit', o.hostUnitId],
    ['mentor', o.mentorId],
    ['fromRegion', o.fromRegion ? 'yes' : 'no'],
    ['trip', o.tripId],
    ['event', o.eventId],
    ['partnership', o.partnershipId],
  ];
  const cohortKeys = o.cohortId ? [o.cohortId, ALL_COHORTS] : [ALL_COHORTS];
  return cohortKeys.flatMap((cohortKey) =>
    groups.filter(([, group]) => group).map(([dimension, group]) => ({ cohortKey, dimension, group: group! })),
  );
}

/**
 * The counter updates of one change, to put in the transaction that makes it. Each goes to the
 * shard of the outcome that changed (`writerId`), so two outcomes changing at once mostly meet
 * different items, and one outcome's changes always land on the same shard.
 */
export function counterWrites(
  e: Entities,
  keys: CounterKey[],
  delta: Partial<Record<FunnelField, number>>,
  writerId: string,
) {
  const add = Object.fromEntries(Object.entries(delta).filter(([, n]) => n));
  if (Object.keys(add).length === 0) return [];
  const shard = shardOf(writerId);
  return keys.map((key) =>
    e.funnelCounter
      .update({ ...key, shard })
      .add(add)
      .commit(),
  );
}

/**
 * Every group of a breakdown with its counts: one Query on (cohort, dimension) for all shards of all
 * its groups (and any item from before sharding), summed per group.
 */
export async function readGroups(cohortKey: string, dimension: string): Promise<Map<string, Counts>> {
  const { data } = await db()
    .service.entities.funnelCounter.query.byGroup({ cohortKey, dimension })
    .go({ pages: 'all' });
  return sumShardsBy(data, (item) => item.group, FUNNEL_FIELDS);
}

/** One counter's counts, summed over its shards: one Query on the group's sort-key prefix. */
export async function readCounter(key: CounterKey): Promise<Counts> {
  const { data } = await db()
    .service.entities.funnelCounter.query.byGroup({ cohortKey: key.cohortKey, dimension: key.dimension })
    .begins({ group: key.group })
    .go({ pages: 'all' });
  // The prefix also matches a longer group name that starts with this one.
  return sumShards(
    data.filter((item) => item.group === key.group),
    FUNNEL_FIELDS,
  );
}

export const SUBSIDY_LEDGER = 'housing';
