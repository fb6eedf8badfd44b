import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors';

/**
 * Writes an intern makes on a phone without a connection (the check-in, the daily log): kept in
 * localStorage with the time they happened and sent when the connection returns. Each kind of item
 * registers one sender; the item's `id` is sent as its nonce, so a send whose answer was lost can be
 * repeated without doing the work twice.
 *
 * A sender resolves when the server took the item (or already had it) and throws otherwise: a
 * network failure keeps the item pending for the next attempt; a refusal (an ApiError with a 4xx)
 * marks it failed with the problem code, for the screen to explain.
 */
export type QueueState = 'pending' | 'synced' | 'failed';

export interface QueuedItem<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  /** When the person acted, ISO 8601: the server judges the item by this time. */
  happenedAt: string;
  state: QueueState;
  /** The problem code of a refusal. */
  code?: string;
  syncedAt?: string;
}

export type Sender = (item: QueuedItem) => Promise<void>;

const STORAGE_KEY = 'aksu.offline-queue';
/** Synced items stay listed this long so the screen can say 已同步, then they are dropped. */
const KEEP_SYNCED_MS = 3 * 24 * 3600_000;
/** The browser's "online" can come a moment before requests get through: while items wait, keep trying. */
const RETRY_MS = 4000;
const senders = new Map<string, Sender>();
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

/** Whether the browser says it has no connection. */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Puts an item in the queue (stamped with the time it happened) and returns it. */
export function enqueue<P>(kind: string, payload: P, happenedAt: Date = new Date()): QueuedItem<P> {
  const item: QueuedItem<P> = { id: newId(), kind, payload, happenedAt: happenedAt.toISOString(), state: 'pending' };
  write([...read(), item]);
  return item;
}

/** The queued items, optionally of one kind, oldest first. */
export function queuedItems(kind?: string): QueuedItem[] {
  return read().filter((i) => !kind || i.kind === kind);
}

/** Forgets a failed item once the screen has shown why. */
export function dismiss(id: string): void {
  write(read().filter((i) => i.id !== id));
}

/** How items of a kind are sent; a page registers its sender when it mounts. */
export function registerSender(kind: string, send: Sender): () => void {
  senders.set(kind, send);
  if (!isOffline()) void flush();
  return () => {
    if (senders.get(kind) === send) senders.delete(kind);
  };
}

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
        const send = senders.get(item.kind);
        if (!send) continue;
        try {
          await send(item);
          update(item.id, { state: 'synced', syncedAt: new Date().toISOString() });
        } catch (error) {
          if (
            error instanceof ApiError &&
            error.status >= 400 &&
            error.status < 500 &&
            error.code !== 'network_error'
          ) {
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

/** The queue's items of a kind, re-rendered whenever the queue changes, and whether the browser is offline. */
export function useOfflineQueue(kind: string) {
  const [items, setItems] = useState<QueuedItem[]>(() => queuedItems(kind));
  const [offline, setOffline] = useState(isOffline);
  useEffect(() => {
    const refresh = () => setItems(queuedItems(kind));
    const online = () => setOffline(isOffline());
    listeners.add(refresh);
    window.addEventListener('online', online);
    window.addEventListener('offline', online);
    window.addEventListener('storage', refresh);
    refresh();
    return () => {
      listeners.delete(refresh);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', online);
      window.removeEventListener('storage', refresh);
    };
  }, [kind]);
  const pending = items.some((i) => i.state === 'pending');
  useEffect(() => {
    if (!pending || offline) return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pending, offline]);
  const add = useCallback(<P>(payload: P, happenedAt?: Date) => enqueue(kind, payload, happenedAt), [kind]);
  return { items, offline, enqueue: add, flush };
}
