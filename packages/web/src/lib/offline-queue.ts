import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors';
import { browserOffline, isOffline, onConnectivityChange } from './connectivity';

/**
 * Writes an intern makes on a phone without a connection (the check-in, the daily log): kept in
 * localStorage with the time they happened and sent when the connection returns. Each kind of item
 * registers one sender; the item's `id` is sent as its nonce, so a send whose answer was lost can be
 * repeated without doing the work twice.
 *
 * A sender resolves when the server took the item (or already had it) and throws otherwise: a
 * network failure keeps the item pending for the next attempt; a refusal (an ApiError with a 4xx)
 * marks it failed with the problem code, for the screen to explain.
 *
 * The queue outlives the session (several interns may share one phone), so each item names the user who
 * made it: only a sender registered by that user's pages sends it, and only their pages list it. Another
 * user signing in never sends an item with their own token, and the owner finds it waiting on return.
 */
export type QueueState = 'pending' | 'synced' | 'failed';

export interface QueuedItem<P = unknown> {
  id: string;
  kind: string;
  /** The userId of the person who made it; items stored before owners were kept have none and never go. */
  owner?: string;
  payload: P;
  /** When the person acted, ISO 8601: the server judges the item by this time. */
  happenedAt: string;
  state: QueueState;
  /** The problem code of a refusal. */
  code?: string;
  syncedAt?: string;
}

export type Sender = (item: QueuedItem) => Promise<void>;
interface Registered {
  owner: string;
  send: Sender;
}

const STORAGE_KEY = 'aksu.offline-queue';
/** Synced items stay listed this long so the screen can say 已同步, then they are dropped. */
const KEEP_SYNCED_MS = 3 * 24 * 3600_000;
/** How often waiting items are tried again while the browser does not say it is offline. */
const RETRY_MS = 4000;
const senders = new Map<string, Registered>();
const listeners = new Set<() => void>();
let flushing: Promise<void> | null = null;

function read(): QueuedItem[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as QueuedItem[]) : [];
  } catch {
    return [];
  }
}

function write(items: QueuedItem[]): void {
  const now = Date.now();
  const kept = items.filter(
    (i) => i.state !== 'synced' || !i.syncedAt || now - Date.parse(i.syncedAt) < KEEP_SYNCED_MS,
  );
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the item lives in memory listeners only until the page closes.
  }
  for (const listener of listeners) listener();
}

function update(id: string, change: Partial<QueuedItem>): void {
  write(read().map((i) => (i.id === id ? { ...i, ...change } : i)));
}

function newId(): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  return `q-${random}`;
}

/** Puts an item of `owner` in the queue (stamped with the time it happened) and returns it. */
export function enqueue<P>(kind: string, owner: string, payload: P, happenedAt: Date = new Date()): QueuedItem<P> {
  const item: QueuedItem<P> = {
    id: newId(),
    kind,
    owner,
    payload,
    happenedAt: happenedAt.toISOString(),
    state: 'pending',
  };
  write([...read(), item]);
  return item;
}

/** One user's queued items of a kind, oldest first. */
export function queuedItems(kind: string, owner: string): QueuedItem[] {
  return read().filter((i) => i.kind === kind && i.owner === owner);
}

/** Forgets a failed item once the screen has shown why. */
export function dismiss(id: string): void {
  write(read().filter((i) => i.id !== id));
}

/**
 * How `owner`'s items of a kind are sent; a page of the signed-in user registers its sender when it mounts
 * and drops it when it unmounts (at sign-out at the latest), so a sender only ever carries its owner's token.
 */
export function registerSender(kind: string, owner: string, send: Sender): () => void {
  const registered = { owner, send };
  senders.set(kind, registered);
  if (!browserOffline()) void flush();
  return () => {
    if (senders.get(kind) === registered) senders.delete(kind);
  };
}

/** A 401 says the session ended, not that the item is wrong: it waits for its owner's next session. */
const refused = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 401 &&
  error.code !== 'network_error';

/** Sends every pending item that has a sender, one at a time in the order they happened. */
export function flush(): Promise<void> {
  if (flushing) return flushing;
  // Declared before it is assigned: the run's last step compares `flushing` with it.
  let run: Promise<void> | undefined;
  run = (async () => {
    // Yield first, so `flushing` is set before the loop can finish and clear it.
    await Promise.resolve();
    try {
      for (const item of read().filter((i) => i.state === 'pending')) {
        const sender = senders.get(item.kind);
        if (!sender || !item.owner || sender.owner !== item.owner) continue;
        try {
          await sender.send(item);
          update(item.id, { state: 'synced', syncedAt: new Date().toISOString() });
        } catch (error) {
          if (refused(error)) {
            update(item.id, { state: 'failed', code: error.code });
          } else {
            // Still no connection (or the server had a moment): try again when the browser is back online.
            return;
          }
        }
      }
    } finally {
      if (flushing === run) flushing = null;
    }
  })();
  flushing = run;
  return run;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void flush());
}

/**
 * The signed-in user's items of a kind, re-rendered whenever the queue changes, and whether the browser is
 * offline. Nobody else's items show, nor are they counted.
 */
export function useOfflineQueue(kind: string, owner: string) {
  const [items, setItems] = useState<QueuedItem[]>(() => queuedItems(kind, owner));
  const [offline, setOffline] = useState(isOffline);
  const [browserSaysOffline, setBrowserSaysOffline] = useState(browserOffline);
  useEffect(() => {
    const refresh = () => setItems(queuedItems(kind, owner));
    const connectivity = () => {
      setOffline(isOffline());
      setBrowserSaysOffline(browserOffline());
    };
    listeners.add(refresh);
    const stopWatching = onConnectivityChange(connectivity);
    window.addEventListener('storage', refresh);
    refresh();
    connectivity();
    return () => {
      listeners.delete(refresh);
      stopWatching();
      window.removeEventListener('storage', refresh);
    };
  }, [kind, owner]);
  const pending = items.some((i) => i.state === 'pending');
  // While items wait, keep trying unless the browser itself says offline (then its 'online' event
  // flushes). A phone that says online but gets nothing through has no such event: the tries find out.
  useEffect(() => {
    if (!pending || browserSaysOffline) return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pending, browserSaysOffline]);
  const add = useCallback(
    <P>(payload: P, happenedAt?: Date) => enqueue(kind, owner, payload, happenedAt),
    [kind, owner],
  );
  return { items, offline, enqueue: add, flush };
}
