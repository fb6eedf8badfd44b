/**
 * Sharded counters: a counter that a busy path writes (a cohort day's check-ins, an event's
 * registrations) is spread over a fixed number of items so that no single item is written by every
 * request. A writer always adds to the same shard, chosen by a stable hash of its own id, so
 * concurrent writers of one counter mostly meet different items; a reader fetches all shards of the
 * counter (one Query on the counter's partition and sort-key prefix, or one BatchGet of
 * `shardKeys`) and sums them. The reader's cost is fixed by the shard count, never by the number of
 * writers.
 *
 * The shard is the last composite of the counter's sort key, written as two digits so the shards of
 * one counter sort together and a Query with the counter's prefix returns exactly them.
 */

/**
 * Shards per counter. 16 keeps each item at 1/16 of a counter's writes (a single DynamoDB item takes
 * about 1,000 writes per second, so a counter takes about 16,000) while a reader still gets every
 * shard of a handful of counters in one Query page.
 */
export const SHARD_COUNT = 16;

/**
 * The shard value of items written before a counter was sharded. Readers that Query the counter's
 * partition meet such an item with no shard attribute and count it like any other shard, so old
 * totals stay correct without a migration.
 */
export const LEGACY_SHARD = 'legacy';

/** 32-bit FNV-1a: tiny, dependency-free and identical in every runtime, which is all a shard choice needs. */
export function stableHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const label = (n: number) => String(n).padStart(2, '0');

/** The shard a writer adds to: the same writer id always gives the same shard ("00" to "15"). */
export function shardOf(writerId: string, count = SHARD_COUNT): string {
  if (!writerId) throw new Error('A shard is chosen from a non-empty writer id');
  return label(stableHash(writerId) % count);
}

/** Every shard value of a counter, in key order. */
export function allShards(count = SHARD_COUNT): string[] {
  return Array.from({ length: count }, (_, i) => label(i));
}

/** The keys of every shard of one counter, for a BatchGet: `base` plus each shard value. */
export function shardKeys<K extends object>(base: K, count = SHARD_COUNT): Array<K & { shard: string }> {
  return allShards(count).map((shard) => ({ ...base, shard }));
}

type Numeric<F extends string> = Partial<Record<F, number | null | undefined>>;

/** The sum of each field over a counter's shard items; a missing field or item counts as 0. */
export function sumShards<F extends string>(items: ReadonlyArray<Numeric<F>>, fields: readonly F[]): Record<F, number> {
  const total = Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>;
  for (const item of items) for (const f of fields) total[f] += item[f] ?? 0;
  return total;
}

/**
 * Shard items of several counters (e.g. one Query over a partition holding many counters) summed per
 * counter: `counterOf` names the counter an item belongs to, whatever its shard.
 */
export function sumShardsBy<T extends Numeric<F>, F extends string>(
  items: readonly T[],
  counterOf: (item: T) => string,
  fields: readonly F[],
): Map<string, Record<F, number>> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = counterOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return new Map([...groups].map(([key, group]) => [key, sumShards(group, fields)]));
}
