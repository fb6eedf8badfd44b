/**
 * Opens the app on a phone without a connection. The build replaces PRECACHE with the shell (index.html,
 * the entry and its imports) and the intern's offline pages, so those open even if never visited; any
 * other built file is kept the first time it is loaded. An intern's own reads that those pages make go
 * to the network first and fall back to the last answer, kept per signed-in user (the cache is named
 * after a digest of the Authorization header) and dropped when the page says the user changed. Every
 * other read (an organiser's, a mentor's, a coordinator's, or an intern's other pages) passes through
 * and is never stored. Writes are never touched: the page's own queue keeps them while offline.
 */
const PRECACHE = self.__PRECACHE__;
const SHELL = `shell-${PRECACHE.version}`;
const API = 'api-';
const scope = new URL(self.registration.scope);
const inScope = (file) => new URL(file, scope).href;
const INDEX = inScope('index.html');
const ASSETS = inScope('assets/');
// Answered by the server itself (API, reference, dev mailbox): never the app's shell.
const SERVER_PATHS = /^(v1\/|docs|dev\/|openapi\.json$|health$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PRECACHE.files.map(inScope)))
      // A new version takes over at once: its files are all cached, and each page reloads onto it.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all([
          ...keys.filter((k) => k.startsWith('shell-') && k !== SHELL).map((k) => caches.delete(k)),
          ...keys.filter((k) => k.startsWith(API)).map(prune),
        ]),
      )
      .then(() => self.clients.claim()),
  );
});

async function digest(text) {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

const userCache = async (authorization) => `${API}${(await digest(authorization)).slice(0, 32)}`;

/** Who each session is, by cache name: the session's /v1/me answer, or null when it is unknown. */
const sessions = new Map();

const ME = '/v1/me';
// Read by the page with the offline copy's mark (lib/service-worker.ts names both).
const KEPT_AT = 'x-kept-at';

async function whoIs(name, authorization, origin) {
  if (!sessions.has(name)) {
    const lookup = (async () => {
      // Only an intern's or a talent account's session has a cache, so a kept /v1/me is theirs and answers offline too.
      if (await caches.has(name)) {
        const kept = await (await caches.open(name)).match(new URL(ME, origin).href);
        if (kept) return kept.json();
      }
      const request = new Request(new URL(ME, origin), { headers: { authorization } });
      const response = await fetch(request);
      if (!response.ok) return null;
      const user = await response.clone().json();
      // Signed in on a page the worker did not load, the app has not read /v1/me through it: keep this
      // answer, without which the app cannot start offline on any of the intern's offline pages.
      if (offlineRead(ME, user)) await keep(name, request, response).catch(() => undefined);
      return user;
    })().catch(() => null);
    sessions.set(name, lookup);
    // An unknown answer (offline, refused) is asked again on the next read.
    lookup.then((user) => user || sessions.delete(name));
  }
  return sessions.get(name);
}

/**
 * The reads of the offline pages: an intern's day, leave, logs and service card, for that intern's own
 * records; a talent account's (a person who came from a lead) service card, all it has to show offline.
 */
function offlineRead(pathname, user) {
  if (user?.role === 'talent' && user.outcomeId) return pathname === ME || pathname === '/v1/me/service-card';
  if (user?.role !== 'intern' || !user.internId) return false;
  const own = encodeURIComponent(user.internId);
  return [
    ME,
    '/v1/leave-requests',
    '/v1/me/service-card',
    `/v1/interns/${own}/attendance`,
    `/v1/interns/${own}/log-weeks`,
    `/v1/placements/${own}`,
  ].includes(pathname);
}

/** The page names the session it now has (or none): every other user's answers go. */
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'forget-api') return;
  const keep = event.data.authorization;
  event.waitUntil(
    (async () => {
      const kept = keep ? await userCache(keep) : undefined;
      const keys = await caches.keys();
      for (const name of sessions.keys()) if (name !== kept) sessions.delete(name);
      await Promise.all(keys.filter((k) => k.startsWith(API) && k !== kept).map((k) => caches.delete(k)));
    })(),
  );
});

/** Drops what an earlier version kept beyond the intern's offline reads, such as an organiser's answers. */
async function prune(name) {
  const cache = await caches.open(name);
  const requests = await cache.keys();
  const me = requests.find((r) => new URL(r.url).pathname === ME);
  const user = me ? await (await cache.match(me)).json().catch(() => null) : null;
  const extra = requests.filter((r) => !offlineRead(new URL(r.url).pathname, user));
  if (extra.length === requests.length) await caches.delete(name);
  else await Promise.all(extra.map((r) => cache.delete(r)));
}

/** The kept answer, marked so the page knows it came from the phone and says there is no connection. */
function offlineCopy(kept) {
  const headers = new Headers(kept.headers);
  headers.set('x-offline-copy', '1');
  return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers });
}

async function apiRead(request) {
  const url = new URL(request.url);
  const authorization = request.headers.get('authorization');
  const name = await userCache(authorization);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    if (!offlineRead(url.pathname, await whoIs(name, authorization, url.origin))) throw error;
    const kept = await (await caches.open(name)).match(request);
    if (kept) return offlineCopy(kept);
    throw error;
  }
  if (!response.ok) return response;
  if (url.pathname === ME && !sessions.has(name)) {
    sessions.set(
      name,
      response
        .clone()
        .json()
        .catch(() => null),
    );
  }
  if (!offlineRead(url.pathname, await whoIs(name, authorization, url.origin))) return response;
  // A full disk or an uncacheable answer only costs the offline copy, never the answer itself.
  await keep(name, request, response.clone()).catch(() => undefined);
  return response;
}

/** Keeps an answer stamped with when it was kept, so a page showing it offline can say how old it is. */
async function keep(name, request, response) {
  const headers = new Headers(response.headers);
  headers.set(KEPT_AT, new Date().toISOString());
  const stamped = new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  await (await caches.open(name)).put(request, stamped);
}

async function navigation(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(INDEX, { cacheName: SHELL });
    if (shell) return shell;
    throw error;
  }
}

async function builtFile(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone()).catch(() => undefined);
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const sameOrigin = url.origin === scope.origin;
  const path = sameOrigin && url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : '';
  // The API may live on another origin (the deployed stacks): its paths start with /v1/ either way.
  if (url.pathname.startsWith('/v1/')) {
    if (request.headers.has('authorization')) event.respondWith(apiRead(request));
    return;
  }
  if (!sameOrigin || SERVER_PATHS.test(path)) return;
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  else if (url.href.startsWith(ASSETS)) event.respondWith(builtFile(request));
});
