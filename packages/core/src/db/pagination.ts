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
 */
export async function queryPage<T, U = T>(
  run: (options: { count: number; cursor: string | null }) => Promise<GoPage<T>>,
  request: PageRequest,
  map: (item: T) => U = (item) => item as unknown as U,
): Promise<Page<U>> {
  const limit = Math.min(Math.max(request.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const cursor = request.cursor || null;
  try {
    const page = await run({ count: limit, cursor });
    return { items: page.data.map(map), nextCursor: page.cursor ?? null };
  } catch (error) {
    if (cursor && isCursorError(error)) {
      throw new DomainError('invalid_cursor', 'The cursor is not valid for this list', {
        errors: [{ path: 'cursor', message: 'Use the nextCursor value returned by the previous page' }],
      });
    }
    throw error;
  }
}

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
