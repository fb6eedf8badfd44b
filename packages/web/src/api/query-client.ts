import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './errors';

/**
 * The one cache of server state. Its defaults suit an office tool used by a few people per cohort:
 * - A refusal (4xx) is an answer, not a glitch: retrying it only delays the message, so only a dropped
 *   connection or a server fault is tried once more.
 * - Switching tabs or windows does not refetch every screen at once; a screen shown again refetches
 *   (staleTime 0), and a write refetches what is on screen (see `afterWrite`).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) =>
        failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 0,
      // Offline, the first request still goes out: the service worker may answer it from the last copy.
      networkMode: 'offlineFirst',
    },
  },
});

/**
 * Called after every successful write. A write here fans out across screens (approving a registration
 * changes the cohort's summary, the placement board and the dashboard), so listing the keys each write
 * touches would be a second copy of the domain rules that drifts without a test failing. Instead the
 * queries on screen refetch now, and the others are dropped, so no screen reopened later shows what was
 * true before the user's own action.
 */
export function afterWrite(): void {
  queryClient.removeQueries({ type: 'inactive' });
  // A screen still on its first load may have been read before this write (the intern's day page opens
  // while its queued check-in is being sent). The library joins a refetch to a load that has no data yet
  // instead of starting another, so that load's answer would stay: cancel it first, then read anew.
  const firstLoads = queryClient
    .getQueryCache()
    .findAll({ type: 'active', fetchStatus: 'fetching', predicate: (query) => query.state.data === undefined });
  void Promise.all(
    firstLoads.map((query) => queryClient.cancelQueries({ queryKey: query.queryKey, exact: true })),
  ).then(() => queryClient.invalidateQueries({ type: 'active' }));
}

/** Another account's data must never be shown from cache after a sign-out or a sign-in. */
export function forgetServerState(): void {
  queryClient.clear();
}
