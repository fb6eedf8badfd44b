import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../api/types';

type State<T> = { status: 'loading'; data?: T; error?: undefined } | { status: 'ready'; data: T; error?: undefined } | { status: 'error'; data?: T; error: unknown };

/**
 * Loads data for a screen and reloads when `deps` change. The request is aborted when the screen
 * goes away or the inputs change, so a slow answer for an old input never overwrites a newer one.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<State<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);

  // `deps` are what the loader reads, checked at each call site (biome.jsonc names this hook); `tick` re-runs it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's list, spread
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    load(controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { ...state, reload, setData };
}

/** A cursor-paginated list that grows with "load more"; a change in `deps` restarts it from the first page. */
export function usePagedList<T>(
  loadPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
  deps: readonly unknown[],
) {
  const [list, setList] = useState<ListState<T>>({ status: 'loading', items: [], nextCursor: null });
  const [more, setMore] = useState<{ loading: boolean; error?: unknown }>({ loading: false });
  const [tick, setTick] = useState(0);
  // Pages are appended only to the list they were asked for, never to one restarted since.
  const generation = useRef(0);

  // `deps` are what the loader reads, checked at each call site (biome.jsonc names this hook); `tick` re-runs it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's list, spread
  useEffect(() => {
    const controller = new AbortController();
    const current = ++generation.current;
    setList({ status: 'loading', items: [], nextCursor: null });
    setMore({ loading: false });
    loadPage(undefined, controller.signal).then(
      (page) => setList({ status: 'ready', items: page.items, nextCursor: page.nextCursor }),
      (error: unknown) => {
        if (!controller.signal.aborted && current === generation.current) setList({ status: 'error', items: [], nextCursor: null, error });
      },
    );
    return () => controller.abort();
  }, [...deps, tick]);

  const loadMore = async () => {
    const cursor = list.nextCursor;
    if (!cursor || more.loading) return;
    const current = generation.current;
    setMore({ loading: true });
    try {
      const page = await loadPage(cursor, new AbortController().signal);
      if (current !== generation.current) return;
      setList((previous) => ({ ...previous, items: [...previous.items, ...page.items], nextCursor: page.nextCursor }));
      setMore({ loading: false });
    } catch (error) {
      if (current === generation.current) setMore({ loading: false, error });
    }
  };

  /** Swaps one item in place after an action on it (an account disabled) without reloading the list. */
  const replace = useCallback((match: (item: T) => boolean, next: T) => {
    setList((previous) => ({ ...previous, items: previous.items.map((item) => (match(item) ? next : item)) }));
  }, []);

  const reload = useCallback(() => setTick((n) => n + 1), []);

  return { ...list, loadMore, loadingMore: more.loading, moreError: more.error, reload, replace };
}

interface ListState<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  nextCursor: string | null;
  error?: unknown;
}
