import { entity } from '../db/entity.ts';
import { countedFields } from '../db/attributes.ts';

/** What each recruitment counter item holds; every one moves only inside the transaction of what it counts. */
export const RECRUITMENT_FIELDS = [
  'positions',
  'headcount',
  'applications',
  'shortlisted',
  'offers',
  'acceptances',
  // Seconds from a position's publication to each offer, and how many offers were timed: the mean is exact.
  'offerSeconds',
  'offersTimed',
  // One up on every write to the item: a regrouping reads a position's counts on condition it is unchanged.
  'writes',
] as const;
export type RecruitmentField = (typeof RECRUITMENT_FIELDS)[number];

/**
 * Recruitment counters for the dashboard: per (dimension, group), e.g. (cluster, modern_agriculture)
 * or (position, pos_…), a few shard items. A breakdown is one Query on its dimension, summed per
 * group, so reading it costs the same for ten applications as for ten thousand. The groups of the
 * whole prefecture (total, cluster, county, kind of post) take every application and are spread over
 * 16 shards; a position's own counter takes only that position's few hundred and has 4.
 */
export const RecruitmentCounter = entity({
  model: { entity: 'recruitmentCounter', version: '1', service: 'aksu' },
  attributes: {
    dimension: { type: 'string', required: true },
    group: { type: 'string', required: true },
    shard: { type: 'string', required: true },
    ...countedFields(RECRUITMENT_FIELDS),
  },
  indexes: {
    byGroup: {
      pk: { field: 'pk', composite: ['dimension'] },
      sk: { field: 'sk', composite: ['group', 'shard'] },
    },
  },
});
