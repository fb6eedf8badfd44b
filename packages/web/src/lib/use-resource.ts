import {
  hashKey,
  type InfiniteData,
  keepPreviousData,
  type QueryKey,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { paths } from '../api/schema';
import type { Page } from '../api/types';

/**
 * The query key of a screen's data: the API path it reads, then every value its loader reads. Biome checks
 * that list at each call site (biome.jsonc names these hooks), so two screens share a cache entry only when
 * they ask for the same thing, and a change in any input is a new entry. A function in the list (a loader
 * memoised on its inputs) hashes to nothing, so its inputs must be in the list too.
 */
export type ResourceKey = readonly [keyof paths, ...unknown[]];

type Status = 'loading' | 'ready' | 'error';

/** Narrowing on `status` gives `data`: a screen that is ready has its data. */
type State<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: unknown };

/**
 * The key is rebuilt on every render; its hash is what stays equal, and parsing it back gives a key that
 * hashes the same, so the callbacks below keep one identity for as long as the inputs do.
 */
const keyOf = (hash: string): QueryKey => JSON.parse(hash) as QueryKey;

/**
 * Loads data for a screen; a change in `key` loads anew while the previous data stays on screen. The
 * request is aborted when the screen goes away or the inputs change, and identical requests made at
 * once by two components are sent once.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: ResourceKey) {
  const client = useQueryClient();
  const hash = hashKey(['resource', ...key]);
  const query = useQuery({
    queryKey: keyOf(hash),
    queryFn: ({ signal }) => load(signal),
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;

  const reload = useCallback(() => void refetch(), [refetch]);
  const setData = useCallback((data: T) => client.setQueryData(keyOf(hash), data), [client, hash]);
  const state: State<T> =
    query.isPending || query.isPlaceholderData
      ? { status: 'loading', data: query.data }
      : query.isError
        ? { status: 'error', data: query.data, error: query.error }
        : { status: 'ready', data: query.data };
  return { ...state, reload, setData };
}

/** A cursor-paginated list that grows with "load more"; a change in `key` restarts it from the first page. */
export function usePagedList<T>(
  loadPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
  key: ResourceKey,
) {
  const client = useQueryClient();
  const hash = hashKey(['pages', ...key]);
  const query = useInfiniteQuery({
    queryKey: keyOf(hash),
    queryFn: ({ pageParam, signal }) => loadPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const { refetch, fetchNextPage, hasNextPage, isFetchingNextPage } = query;

  const pages = query.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const nextCursor = pages.at(-1)?.nextCursor ?? null;
  // A failed "load more" leaves the pages already shown; only a failed first page is the list's error.
  const listFailed = query.isError && !query.isFetchNextPageError;
  const status: Status = query.isPending ? 'loading' : listFailed ? 'error' : 'ready';

  const loadMore = useCallback(async () => {
    if (hasNextPage && !isFetchingNextPage) await fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);

  /** Swaps one item in place after an action on it (an account disabled) until the refetch confirms it. */
  const replace = useCallback(
    (match: (item: T) => boolean, next: T) =>
      client.setQueryData<InfiniteData<Page<T>, string | undefined>>(
        keyOf(hash),
        (previous) =>
          previous && {
            ...previous,
            pages: previous.pages.map((page) => ({
              ...page,
              items: page.items.map((item) => (match(item) ? next : item)),
            })),
          },
      ),
    [client, hash],
  );

  const reload = useCallback(() => void refetch(), [refetch]);

  return {
    status,
    items,
    nextCursor,
    error: listFailed ? query.error : undefined,
    loadMore,
    loadingMore: isFetchingNextPage,
    moreError: query.isFetchNextPageError ? query.error : undefined,
    reload,
    replace,
  };
}
