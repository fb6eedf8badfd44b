/** Reading the recruitment counters: a fixed number of items per group or position, never the applications. */
import { requireRole, type Actor } from '../auth/actor.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { shardKeys, sumShards, sumShardsBy } from '../db/shards.ts';
import { storedPositions, unitNames } from '../positions/positions.ts';
import { RECRUITMENT_FIELDS, type RecruitmentField } from './tallies.entity.ts';
import { GROUP_DIMENSIONS, POSITION_SHARDS, TOTAL_GROUP } from './tallies.ts';
import type { RecruitmentPositionRow, RecruitmentRow, RecruitmentView } from './tallies.schema.ts';

type Counts = Record<RecruitmentField, number>;

/** Every group of a dimension, its shards summed: one Query on the dimension's partition. */
async function readDimension(dimension: string): Promise<Map<string, Counts>> {
  const { data } = await db().service.entities.recruitmentCounter.query.byGroup({ dimension }).go({ pages: 'all' });
  return sumShardsBy(data, (item) => item.group, RECRUITMENT_FIELDS);
}

export function toRow(group: string, c: Counts): RecruitmentRow {
  return {
    group,
    positions: c.positions,
    headcount: c.headcount,
    applications: c.applications,
    shortlisted: c.shortlisted,
    offers: c.offers,
    acceptances: c.acceptances,
    meanDaysToOffer: c.offersTimed > 0 ? c.offerSeconds / c.offersTimed / 86_400 : null,
    filledShare: c.headcount > 0 ? c.acceptances / c.headcount : null,
  };
}

/** Some positions' own counters: a BatchGetItem of their few shards each; a position never counted reads as zeros. */
export async function readPositionCounts(positionIds: readonly string[]): Promise<Map<string, RecruitmentRow>> {
  const ids = [...new Set(positionIds)];
  const keys = ids.flatMap((group) => shardKeys({ dimension: 'position', group }, POSITION_SHARDS));
  const data = await batchGet(keys, (pending) =>
    db().service.entities.recruitmentCounter.get(pending).go({ concurrency: 4 }),
  );
  const sums = sumShardsBy(data, (item) => item.group, RECRUITMENT_FIELDS);
  return new Map(ids.map((id) => [id, toRow(id, sums.get(id) ?? sumShards([], RECRUITMENT_FIELDS))]));
}

const rows = (groups: Map<string, Counts>) =>
  [...groups].map(([group, counts]) => toRow(group, counts)).sort((a, b) => a.group.localeCompare(b.group));

export const RecruitmentNumbers = {
  /**
   * The dashboard's recruitment panel: one Query per breakdown and one for the positions' own
   * counters, then the positions counted (BatchGetItem) for their titles and units' names. The cost
   * grows with the positions published, never with the applications.
   */
  async read(actor: Actor): Promise<RecruitmentView> {
    requireRole(actor, 'organiser');
    const [total, cluster, county, postKind, perPosition] = await Promise.all([
      ...GROUP_DIMENSIONS.map(readDimension),
      readDimension('position'),
    ]);
    const positions = await storedPositions([...perPosition!.keys()]);
    const names = await unitNames(positions);
    const byPosition: RecruitmentPositionRow[] = positions
      .map((p) => ({
        ...toRow(p.positionId, perPosition!.get(p.positionId)!),
        title: p.title,
        unitName: names.get(p.unitId) ?? '',
        status: p.status,
        cluster: p.cluster,
        county: p.county,
        postKind: p.postKind,
        publishedAt: p.publishedAt ?? '',
      }))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
      .map(({ publishedAt: _, ...row }) => row);
    return {
      total: toRow(TOTAL_GROUP, total!.get(TOTAL_GROUP) ?? sumShards([], RECRUITMENT_FIELDS)),
      byCluster: rows(cluster!),
      byCounty: rows(county!),
      byPostKind: rows(postKind!),
      byPosition,
    };
  },
};
