/**
 * The page's side of sw/service-worker.js: registers it in a built app (the dev server rebuilds modules
 * on the fly, so nothing there may be kept) and tells it when the signed-in user changes.
 */

/** The roles with pages that open offline: an intern's day and logs, a talent's service card. */
const OFFLINE_ROLES: ReadonlySet<string> = new Set(['intern', 'talent']);

/**
 * Installs the worker for a user whose pages open offline, once they are signed in. Nobody else
 * opens a page offline, and installing it fetches the whole offline shell (about 0.7 MB): a visitor
 * registering for a campus event on a phone, on the venue's crowded network, or an organiser at a
 * desk would pay for it and never use it. Interns and talents must sign in online once anyway
 * before their pages can open offline. A browser that already has the worker (a phone an intern
 * shared) keeps it; the worker keeps nothing another user reads.
 */
export function registerServiceWorker(role: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !OFFLINE_ROLES.has(role)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Without the worker the app still works online; it only cannot open offline.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Drops every kept API answer but the current session's, so a phone handed to someone else (or signed
 * out) never shows the previous user's data offline.
 */
export function forgetOtherUsersAnswers(token: string | null): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const message = { type: 'forget-api', authorization: token ? `Bearer ${token}` : undefined };
  navigator.serviceWorker.controller?.postMessage(message);
  void navigator.serviceWorker.getRegistration().then((registration) => {
    const active = registration?.active;
    if (active && active !== navigator.serviceWorker.controller) active.postMessage(message);
  });
}

/** On an answer the worker kept for offline use: when it was kept (sw/service-worker.js stamps it). */
export const KEPT_AT_HEADER = 'x-kept-at';
