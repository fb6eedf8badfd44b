import type { EntityItem } from 'electrodb';
import { db } from '../db/service.ts';
import { sumShards, sumShardsBy } from '../db/shards.ts';
import type { AttendanceCounter } from './attendance-counter.entity.ts';
import type { CounterField } from './records.ts';

type CounterItem = EntityItem<typeof AttendanceCounter>;
type Dimension = CounterItem['dimension'];
export type DayCounts = Record<CounterField, number>;

export const COUNTER_FIELDS: readonly CounterField[] = [
  'checkedIn',
  'syncedLate',
  'outsideRadius',
  'onLeave',
  'absent',
];

const counterName = (dimension: string, key: string) => `${dimension}#${key}`;

/**
 * Every counter of a cohort day, its shards summed: one Query of the cohort day's partition (16 items
 * per counter, plus any item written before sharding), keyed `dimension#key`.
 */
export async function dayCounters(
  cohortId: string,
  date: string,
): Promise<Map<string, DayCounts & { dimension: Dimension; key: string }>> {
  const { data } = await db()
    .service.entities.attendanceCounter.query.byCohortDay({ cohortId, date })
    .go({ pages: 'all' });
  const sums = sumShardsBy(data, (c) => counterName(c.dimension, c.key), COUNTER_FIELDS);
  const out = new Map<string, DayCounts & { dimension: Dimension; key: string }>();
  for (const c of data) {
    const name = counterName(c.dimension, c.key);
    if (!out.has(name)) out.set(name, { dimension: c.dimension, key: c.key, ...sums.get(name)! });
  }
  return out;
}

/**
 * One counter of a cohort day (the cohort's `all`, or one university's), its shards summed. The
 * Query takes the dimension's prefix and keeps the key by a filter, so an item written before
 * sharding (whose sort key has no shard) is read along with the shards.
 */
export async function dayCounter(
  cohortId: string,
  date: string,
  dimension: Dimension,
  key: string,
): Promise<DayCounts> {
  const { data } = await db()
    .service.entities.attendanceCounter.query.byCohortDay({ cohortId, date, dimension })
    .where((a, { eq }) => eq(a.key, key))
    .go({ pages: 'all' });
  return sumShards(data, COUNTER_FIELDS);
}

/** The same counter on several days (a dashboard's chart): one Query per day, at most `concurrency` in flight. */
export async function dayCounterOnDates(
  cohortId: string,
  dates: readonly string[],
  dimension: Dimension,
  key: string,
  concurrency = 8,
): Promise<Map<string, DayCounts>> {
  const out = new Map<string, DayCounts>();
  let next = 0;
  const worker = async () => {
    while (next < dates.length) {
      const date = dates[next++]!;
      out.set(date, await dayCounter(cohortId, date, dimension, key));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, dates.length) }, worker));
  return out;
}
