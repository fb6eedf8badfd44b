import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { isInvalidRequest } from './condition.ts';
import { tableDefinition } from './table.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  limit?: number;
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface GoPage<T> {
  data: T[];
  cursor: string | null;
}

/**
 * Runs an ElectroDB query page. A cursor is an opaque token handed out by a previous page; anything
 * else (hand-edited, from another list) is the caller's mistake and answers `invalid_cursor`, not 500.
 * The token is checked by `decodeCursor` before the database sees it: ElectroDB passes whatever JSON
 * it holds to DynamoDB as the start key, where a number or null in a key attribute is a server error
 * and a JSON null is silently "from the start". A well-formed key outside this query's partition is
 * refused by DynamoDB itself (the catch below).
 *
 * ElectroDB's `count` alone reads whole 1 MB pages and drops what is past the count, so a page of 20
 * would read (and bill) up to 1 MB; DynamoDB's `limit` is set to the count as well. Not for a query
 * with a filter (`filtered`): Limit counts items before the filter, so a sparse filter would take
 * many round trips of `count` items each; those keep reading 1 MB at a time.
 */
export async function queryPage<T, U = T>(
  run: (options: { count: number; limit?: number; cursor: string | null }) => Promise<GoPage<T>>,
  request: PageRequest,
  map: (item: T) => U = (item) => item as unknown as U,
  { filtered = false }: { filtered?: boolean } = {},
): Promise<Page<U>> {
  const cursor = request.cursor || null;
  if (cursor) decodeCursor(cursor, StartKey);
  const count = pageLimit(request);
  try {
    const page = await run({ count, ...(filtered ? {} : { limit: count }), cursor });
    return { items: page.data.map(map), nextCursor: page.cursor ?? null };
  } catch (error) {
    // The cursor passed decodeCursor, so a request DynamoDB refuses as malformed was refused for its start key.
    if (cursor && isInvalidRequest(error)) throw invalidCursor();
    throw error;
  }
}

/**
 * One page of a bounded list read whole and sorted by `key` (an import's rows by number; a mentor's
 * mentees' requests, merged from one read per mentee, newest first with `order: 'desc'`). The cursor
 * names the last key handed out, so a page stays right while items ahead of it change. `compare` is
 * for an order other than the keys' code points (names by pinyin); the items must be sorted by it.
 */
export function listPage<T, K extends number | string>(
  items: T[],
  request: PageRequest,
  key: (item: T) => K,
  { order = 'asc', compare }: { order?: 'asc' | 'desc'; compare?: (a: K, b: K) => number } = {},
): Page<T> {
  const limit = pageLimit(request);
  let start = 0;
  if (request.cursor) {
    const after = listCursorKey(request.cursor);
    const next = items.findIndex((item) => {
      const k = key(item);
      if (typeof k !== typeof after) throw invalidCursor();
      const ahead = compare ? compare(k, after as K) : k > after ? 1 : k < after ? -1 : 0;
      return order === 'asc' ? ahead > 0 : ahead < 0;
    });
    start = next < 0 ? items.length : next;
  }
  const page = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return {
    items: page,
    nextCursor: more ? Buffer.from(JSON.stringify({ after: key(page.at(-1)!) })).toString('base64url') : null,
  };
}

const ListKey = z.strictObject({ after: z.union([z.number().finite(), z.string()]) });

const listCursorKey = (cursor: string): number | string => decodeCursor(cursor, ListKey).after;

const pageLimit = (request: PageRequest) => Math.min(Math.max(request.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);

const invalidCursor = () =>
  new DomainError('invalid_cursor', 'The cursor is not valid for this list', {
    errors: [{ path: 'cursor', message: 'Use the nextCursor value returned by the previous page' }],
  });

/** DynamoDB caps a partition key at 2048 bytes and a sort key at 1024; ours are far shorter. */
const keyValue = z.string().min(1).max(1024);
const { partitionKey, sortKey, globalIndexes } = tableDefinition;

/**
 * The start key ElectroDB hands out as a cursor: the table's key and, for a query on an index, that
 * index's key; all strings, nothing else.
 */
const StartKey = z.union([
  z.strictObject({ [partitionKey]: keyValue, [sortKey]: keyValue }),
  ...Object.values(globalIndexes).map((index) =>
    z.strictObject({
      [partitionKey]: keyValue,
      [sortKey]: keyValue,
      [index.partitionKey]: keyValue,
      [index.sortKey]: keyValue,
    }),
  ),
]);

/**
 * The one way a cursor is read: base64url of JSON in exactly the shape the list hands out, or
 * `invalid_cursor`. Every list goes through here, so no list meets a foreign cursor unchecked.
 */
export function decodeCursor<T>(cursor: string, shape: z.ZodType<T>): T {
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = shape.safeParse(decoded);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

/**
 * Every item of a paged list, following `nextCursor` to the end at the largest page size. For jobs,
 * exports and seeding that need the whole (bounded) list; request paths return one page.
 */
export async function allPages<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage({ limit: MAX_PAGE_SIZE, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
