import { DomainError } from '../errors.ts';

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
  const count = pageLimit(request);
  try {
    const page = await run({ count, ...(filtered ? {} : { limit: count }), cursor });
    return { items: page.data.map(map), nextCursor: page.cursor ?? null };
  } catch (error) {
    if (cursor && isCursorError(error)) throw invalidCursor();
    throw error;
  }
}

/**
 * One page of a bounded list read whole and sorted by a numeric `key` (an import's rows). The
 * cursor names the last key handed out, so a page stays right while items ahead of it change.
 */
export function listPage<T>(items: T[], request: PageRequest, key: (item: T) => number): Page<T> {
  const limit = pageLimit(request);
  let start = 0;
  if (request.cursor) {
    const after = listCursorKey(request.cursor);
    const next = items.findIndex((item) => key(item) > after);
    start = next < 0 ? items.length : next;
  }
  const page = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { items: page, nextCursor: more ? Buffer.from(JSON.stringify({ after: key(page.at(-1)!) })).toString('base64url') : null };
}

function listCursorKey(cursor: string): number {
  try {
    const { after } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof after === 'number' && Number.isFinite(after)) return after;
  } catch {
    // Not one of ours: answered below like any other foreign cursor.
  }
  throw invalidCursor();
}

const pageLimit = (request: PageRequest) => Math.min(Math.max(request.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);

const invalidCursor = () =>
  new DomainError('invalid_cursor', 'The cursor is not valid for this list', {
    errors: [{ path: 'cursor', message: 'Use the nextCursor value returned by the previous page' }],
  });

function isCursorError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.message} ${(error as { cause?: Error }).cause?.message ?? ''}`;
  return /cursor|ExclusiveStartKey|starting key|Invalid key/i.test(text) || error.name === 'ValidationException';
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
