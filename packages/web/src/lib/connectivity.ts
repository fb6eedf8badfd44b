/**
 * Whether the API can be reached, as far as this page knows. The browser's `navigator.onLine` alone is not
 * enough: a phone on a weak signal or behind a captive portal says "online" while nothing gets through, and
 * a page reopened without a connection can be told "online" too. So the fate of the last API request is
 * the second witness: a request that could not be sent, or one the service worker answered from the copy
 * kept on the phone, means no connection; an answer from the server means there is one.
 */

/** Set by the service worker on an answer it gave from the phone's copy because the network failed. */
export const OFFLINE_COPY_HEADER = 'x-offline-copy';

let unreachable = false;
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

/** Whether the browser says it has no connection. Queued items wait for the browser's 'online' then. */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Whether the page should say it has no connection (and keep new writes on the phone). */
export function isOffline(): boolean {
  return browserOffline() || unreachable;
}

/** What the last API request showed: `true` when the server answered it. */
export function noteReach(reached: boolean): void {
  if (unreachable === !reached) return;
  unreachable = !reached;
  notify();
}

/** Calls `listener` whenever `isOffline()` may have changed; returns the unsubscribe. */
export function onConnectivityChange(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

if (typeof window !== 'undefined') {
  // The browser says the connection is back: let the next request find out whether it really is.
  window.addEventListener('online', () => noteReach(true));
}
