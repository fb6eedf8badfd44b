import { entity } from '../db/entity.ts';

export const COUNTER_DIMENSIONS = ['all', 'hostUnit', 'university'] as const;

/**
 * A cohort day's counters: the whole cohort (`all`), each host unit and each university, all in the
 * cohort day's partition (pk: cohortId + date).
 *
 * Sharded: each counter is spread over SHARD_COUNT items (sk: dimension, key, shard "00".."15"). A
 * write of an attendance day adds to the shard chosen by a stable hash of the intern's registrationId
 * (`shardOf`), for all three of its counters in the same transaction, so no item is written by every
 * check-in of a cohort: concurrent check-ins mostly meet different items instead of conflicting on
 * one. Readers Query the cohort day's partition (or a counter's sort-key prefix) and sum the shards:
 * the board reads 16 × (1 + host units + universities) items, however many interns the cohort has.
 *
 * Items written before sharding have no `shard` (sk ends at the key). They are left in place: the
 * same Queries return them and the readers add them like one more shard, so no migration is needed.
 */
export const AttendanceCounter = entity({
  model: { entity: 'attendanceCounter', version: '1', service: 'aksu' },
  attributes: {
    cohortId: { type: 'string', required: true },
    date: { type: 'string', required: true },
    dimension: { type: COUNTER_DIMENSIONS, required: true },
    key: { type: 'string', required: true },
    /** "00".."15", or absent on an item written before sharding. */
    shard: { type: 'string' },
    checkedIn: { type: 'number' },
    syncedLate: { type: 'number' },
    outsideRadius: { type: 'number' },
    onLeave: { type: 'number' },
    absent: { type: 'number' },
  },
  indexes: {
    byCohortDay: {
      pk: { field: 'pk', composite: ['cohortId', 'date'] },
      sk: { field: 'sk', composite: ['dimension', 'key', 'shard'] },
    },
  },
});
