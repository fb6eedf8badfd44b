/**
 * The page's side of sw/service-worker.js: registers it in a built app (the dev server rebuilds modules
 * on the fly, so nothing there may be kept) and tells it when the signed-in user changes.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Without the worker the app still works online; it only cannot open offline.
    });
  });
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
