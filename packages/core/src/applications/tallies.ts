/**
 * The recruitment counters' writes: each returns the operations to put in the transaction of the
 * change it counts (a position published or its headcount changed, an application, a shortlisting,
 * an offer, an acceptance), so the counts are exact whatever else runs at the same time.
 */
import { batchGet } from '../db/batch-get.ts';
import type { AppService } from '../db/service.ts';
import { db } from '../db/service.ts';
import { shardKeys, shardOf, sumShards } from '../db/shards.ts';
import { getStoredPosition, type StoredPosition } from '../positions/positions.ts';
import type { ApplicationStatus } from './lifecycle.ts';
import { RECRUITMENT_FIELDS, type RecruitmentField } from './tallies.entity.ts';

type AllEntities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];
type Entities = Pick<AllEntities, 'recruitmentCounter'>;
/** One operation of a transaction, as the builders return them. */
type Op = ReturnType<Parameters<AppService['transaction']['write']>[0]>[number];
export type RecruitmentDelta = Partial<Record<RecruitmentField, number>>;
type Grouped = Pick<StoredPosition, 'positionId' | 'cluster' | 'county' | 'postKind'>;

/** The breakdowns of the whole prefecture, each one Query on the dashboard. */
export const GROUP_DIMENSIONS = ['total', 'cluster', 'county', 'postKind'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];
export const TOTAL_GROUP = 'all';
/** A position's own counter takes only its own applications: a few shards are enough. */
export const POSITION_SHARDS = 4;

const groupOf = (p: Grouped, dimension: GroupDimension): string => (dimension === 'total' ? TOTAL_GROUP : p[dimension]);

interface CounterKey {
  dimension: string;
  group: string;
  shard: string;
}

/** The position's own counter item and the prefecture's groups it falls in, on the shards `writerId` picks. */
function keysOf(p: Grouped, writerId: string, dimensions: readonly GroupDimension[] = GROUP_DIMENSIONS) {
  return [
    { dimension: 'position', group: p.positionId, shard: shardOf(writerId, POSITION_SHARDS) },
    ...dimensions.map((d) => ({ dimension: d, group: groupOf(p, d), shard: shardOf(writerId) })),
  ];
}

function adds(e: Entities, keys: CounterKey[], delta: RecruitmentDelta): Op[] {
  const add = Object.fromEntries(Object.entries(delta).filter(([, n]) => n));
  if (Object.keys(add).length === 0) return [];
  return keys.map((key) =>
    e.recruitmentCounter
      .update(key)
      .add({ ...add, writes: 1 })
      .commit(),
  );
}

/** An application's counts: its position's counter and the position's groups, on the application's shards. */
export function applicationTally(e: Entities, position: Grouped, applicationId: string, delta: RecruitmentDelta): Op[] {
  return adds(e, keysOf(position, applicationId), delta);
}

/** What an application's move to `to` counts: a shortlisting, an offer (timed from publication), an acceptance. */
export function moveDelta(
  to: ApplicationStatus,
  position: Pick<StoredPosition, 'publishedAt'>,
  at: string,
): RecruitmentDelta {
  if (to === 'shortlisted') return { shortlisted: 1 };
  if (to === 'accepted') return { acceptances: 1 };
  if (to !== 'offered') return {};
  const seconds = position.publishedAt
    ? Math.max(0, Math.round((Date.parse(at) - Date.parse(position.publishedAt)) / 1000))
    : undefined;
  return seconds === undefined ? { offers: 1 } : { offers: 1, offerSeconds: seconds, offersTimed: 1 };
}

/**
 * The counter writes of an application's move by an organiser (accepting counts in acceptance.ts):
 * its position is read for its groups and publication time only when the move counts.
 */
export async function moveTally(
  application: { positionId: string; applicationId: string },
  to: ApplicationStatus,
  at: string,
): Promise<(e: Entities) => Op[]> {
  if (to !== 'shortlisted' && to !== 'offered') return () => [];
  const position = await getStoredPosition(application.positionId);
  if (!position) return () => [];
  const delta = moveDelta(to, position, at);
  return (e) => applicationTally(e, position, application.applicationId, delta);
}

type PositionShard = Partial<Record<RecruitmentField, number>> & { shard: string };

/** A position's own counter, every shard read consistently: what a regrouping moves. */
async function readPositionShards(positionId: string): Promise<PositionShard[]> {
  return batchGet(shardKeys({ dimension: 'position', group: positionId }, POSITION_SHARDS), (keys) =>
    db().service.entities.recruitmentCounter.get(keys).go({ consistent: true }),
  );
}

const counted = (p: Pick<StoredPosition, 'status'>) => p.status !== 'draft';

/**
 * The counter writes of a change to a position, built before its transaction (a regrouping reads):
 * publishing counts the position and its headcount; a headcount edit of a counted position adds the
 * difference; a cluster, county or kind of post changed after publication moves everything counted
 * so far from the old groups to the new, on condition that the position's counter is unchanged
 * since it was read (its `writes` on every shard), so no application's count is moved twice or left.
 */
export async function positionTally(before: StoredPosition, after: StoredPosition): Promise<(e: Entities) => Op[]> {
  if (!counted(after)) return () => [];
  const writer = after.positionId;
  if (!counted(before)) {
    return (e) => adds(e, keysOf(after, writer), { positions: 1, headcount: after.headcount });
  }
  const headcount = after.headcount - before.headcount;
  const moved = GROUP_DIMENSIONS.filter((d) => groupOf(before, d) !== groupOf(after, d));
  if (moved.length === 0) return (e) => adds(e, keysOf(after, writer), { headcount });
  const shards = await readPositionShards(after.positionId);
  const sum = sumShards(
    shards,
    RECRUITMENT_FIELDS.filter((f) => f !== 'writes'),
  );
  const negative = Object.fromEntries(Object.entries(sum).map(([f, n]) => [f, -n]));
  const kept = GROUP_DIMENSIONS.filter((d) => !moved.includes(d));
  const own = shardOf(writer, POSITION_SHARDS);
  return (e) => [
    // Every shard of the position's counter as read: one written meanwhile fails the transaction.
    ...shardKeys({ dimension: 'position', group: after.positionId }, POSITION_SHARDS).map((key) => {
      const read = shards.find((s) => s.shard === key.shard)?.writes;
      if (key.shard === own && headcount) {
        return e.recruitmentCounter
          .update(key)
          .add({ headcount, writes: 1 })
          .where((a, { eq, notExists }) => (read === undefined ? notExists(a.writes) : eq(a.writes, read)))
          .commit();
      }
      return e.recruitmentCounter
        .check(key)
        .where((a, { eq, notExists }) => (read === undefined ? notExists(a.writes) : eq(a.writes, read)))
        .commit();
    }),
    ...adds(e, keysOf(after, writer, kept).slice(1), { headcount }),
    ...adds(e, keysOf(before, writer, moved).slice(1), negative),
    ...adds(e, keysOf(after, writer, moved).slice(1), { ...sum, headcount: sum.headcount + headcount }),
  ];
}
