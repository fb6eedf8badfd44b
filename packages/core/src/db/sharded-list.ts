import { z } from 'zod';
import { decodeCursor, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageRequest } from './pagination.ts';
import { allShards, shardOf } from './shards.ts';

/**
 * Lists that would otherwise sit on one constant GSI partition (every account, every lead) are
 * written across `LIST_SHARDS` partitions instead (`users#03`), the shard taken from the item's own
 * id so it never moves. 8 partitions take 8 × 1,000 writes a second, far above any burst we expect,
 * while a page still costs only 8 small Queries.
 */
export const LIST_SHARDS = 8;

/** The list shard of an item, from its id. */
export const listShardOf = (id: string) => shardOf(id, LIST_SHARDS);

/** Every list shard, for a reader that must visit them all. */
export const listShards = () => allShards(LIST_SHARDS);

/** The sort-key composites of the last item handed out: what a cursor of a sharded list carries. */
export type Position = Record<string, string>;

export interface ShardedList<T, P extends Position> {
  /** The cursor's position shape, checked before any Query runs. */
  position: z.ZodType<P>;
  /** The position of an item, in the index's sort-key composites. */
  positionOf: (item: T) => P;
  /**
   * One Query on a shard: up to `count` items strictly past `after` in list order (or from the
   * start), with `limit` as DynamoDB's Limit when the query has no filter.
   */
  query: (shard: string, after: P | null, options: { count: number; limit?: number }) => Promise<T[]>;
  order?: 'asc' | 'desc';
  filtered?: boolean;
}

/**
 * The position as the index compares it: ElectroDB writes key composites lower-cased and joined
 * by '#', so joining the same way gives the same order. Composites must be fixed-width or ids.
 */
const sortKeyOf = (p: Position) => Object.values(p).join('#').toLowerCase();

/**
 * One page of a list spread over the shards: every shard is queried for `limit + 1` items past the
 * cursor, the answers merged in the index's order and the first `limit` handed out. More than
 * `limit` items met means there is a next page; fewer means every shard ran dry, so the last page
 * carries no cursor. The cursor names the last item handed out, so a page stays right while items
 * are added elsewhere in the list.
 */
export async function shardedPage<T, P extends Position, U = T>(
  list: ShardedList<T, P>,
  request: PageRequest,
  map: (item: T) => U = (item) => item as unknown as U,
): Promise<Page<U>> {
  const after = request.cursor ? decodeCursor(request.cursor, z.strictObject({ after: list.position })).after : null;
  const limit = Math.min(Math.max(request.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const count = limit + 1;
  const desc = (list.order ?? 'asc') === 'desc';
  const answers = await Promise.all(
    listShards().map((shard) =>
      list.query(shard, after as P | null, { count, ...(list.filtered ? {} : { limit: count }) }),
    ),
  );
  const merged = answers
    .flat()
    .map((item) => ({ item, key: sortKeyOf(list.positionOf(item)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * (desc ? -1 : 1));
  const page = merged.slice(0, limit).map((m) => m.item);
  const more = merged.length > limit;
  return {
    items: page.map(map),
    nextCursor: more
      ? Buffer.from(JSON.stringify({ after: list.positionOf(page.at(-1)!) })).toString('base64url')
      : null,
  };
}

/** A position field: a key composite, never empty, never longer than a sort key may be. */
export const positionField = z.string().min(1).max(400);
