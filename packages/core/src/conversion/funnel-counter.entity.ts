import { entity } from '../db/entity.ts';
import { countedFields } from '../db/attributes.ts';

/** The numbers one funnel counter item holds; every one only ever moves inside an outcome transaction. */
export const FUNNEL_FIELDS = [
  'interns',
  'placed',
  'completed',
  'leadsInvited',
  'interested',
  'applied',
  'offered',
  'signed',
  'onboarded',
  'retained',
  'declined',
  'left',
  'retainedY1',
  'retainedY2',
  'retainedY3',
  'retainedY4',
  'retainedY5',
  'retentionChecks',
  'retentionKept',
  // Left before year n was confirmed (with n − 1 years confirmed), so the retention curve can tell
  // who has gone from who is still waiting for a confirmation.
  'leftBeforeY1',
  'leftBeforeY2',
  'leftBeforeY3',
  'leftBeforeY4',
  'leftBeforeY5',
] as const;
export type FunnelField = (typeof FUNNEL_FIELDS)[number];

/**
 * Funnel counters: per (cohort or `all`, dimension, group), e.g. (coh_…, university, uni_…), a
 * fixed number of shard items: every outcome change writes the `all` total, so one item per counter
 * would take every change of every cohort. A change adds to the shard its outcome id picks; a
 * dashboard breakdown is one Query on (cohort, dimension) returning the shards of every group,
 * summed per group, so it costs the same for 200 interns as for 200,000. Items written before the
 * counters were sharded carry no shard and sit in the same partition, so readers count them too.
 * A group's display name is not kept here: the dashboard reads it when it draws, so a renamed
 * university or host unit shows its new name without rewriting counters.
 */
export const FunnelCounter = entity({
  model: { entity: 'funnelCounter', version: '1', service: 'aksu' },
  attributes: {
    cohortKey: { type: 'string', required: true },
    dimension: { type: 'string', required: true },
    group: { type: 'string', required: true },
    /** Which of the counter's `SHARD_COUNT` items this is (`shardOf(outcomeId)`). */
    shard: { type: 'string', required: true },
    ...countedFields(FUNNEL_FIELDS),
  },
  indexes: {
    byGroup: {
      pk: { field: 'pk', composite: ['cohortKey', 'dimension'] },
      sk: { field: 'sk', composite: ['group', 'shard'] },
    },
  },
});
