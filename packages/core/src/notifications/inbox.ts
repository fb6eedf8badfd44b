import type { EntityItem } from 'electrodb';
import { db } from '../db/service.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import type { Notification } from './notification.entity.ts';

type NotificationRecord = EntityItem<typeof Notification>;

export interface NotificationView {
  notificationId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

const toView = (n: NotificationRecord): NotificationView => ({
  notificationId: n.notificationId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link ?? null,
  read: n.read,
  createdAt: n.createdAt,
});

const ALREADY_THERE = () => new DomainError('already_exists', 'The notification exists');

/**
 * Writes the item and adds one to the user's unread count in one transaction, conditional on the
 * item not existing: a second call for the same (key, user) changes nothing.
 */
export async function writeInApp(item: Omit<NotificationRecord, 'read' | 'createdAt'>): Promise<void> {
  try {
    await transact(
      ({ notification, unreadCounter }) => [
        notification.create({ ...item, read: false, createdAt: new Date().toISOString() }).commit(),
        unreadCounter.update({ userId: item.userId }).add({ unread: 1 }).commit(),
      ],
      ALREADY_THERE,
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'already_exists') return;
    throw error;
  }
}

export async function listInbox(userId: string, page: PageRequest): Promise<Page<NotificationView>> {
  return queryPage(
    (o) =>
      db()
        .service.entities.notification.query.byUser({ userId })
        .go({ ...o, order: 'desc' }),
    page,
    toView,
  );
}

export async function unreadCount(userId: string): Promise<number> {
  const { data } = await db().service.entities.unreadCounter.get({ userId }).go();
  return Math.max(data?.unread ?? 0, 0);
}

/** Someone else's notification answers 404, like one that does not exist. */
async function ownItem(userId: string, notificationId: string): Promise<NotificationRecord> {
  const { data } = await db().service.entities.notification.get({ notificationId }).go();
  if (!data || data.userId !== userId) throw notFound('Notification');
  return data;
}

/** Marks one item read and takes one off the count, together; marking it again changes nothing. */
async function markItemRead(item: NotificationRecord): Promise<void> {
  if (item.read) return;
  try {
    await transact(
      ({ notification, unreadCounter }) => [
        notification
          .patch({ notificationId: item.notificationId })
          .set({ read: true })
          .where((a, { eq }) => eq(a.read, false))
          .commit(),
        unreadCounter.update({ userId: item.userId }).add({ unread: -1 }).commit(),
      ],
      ALREADY_THERE,
    );
  } catch (error) {
    // Marked read by a concurrent request, which took it off the count.
    if (error instanceof DomainError && error.code === 'already_exists') return;
    throw error;
  }
}

export async function markRead(userId: string, notificationId: string): Promise<NotificationView> {
  const item = await ownItem(userId, notificationId);
  await markItemRead(item);
  return toView({ ...item, read: true });
}

/** Marks every unread item of the user read, page by page; returns how many it marked. */
export async function markAllRead(userId: string): Promise<number> {
  let marked = 0;
  let cursor: string | null = null;
  do {
    const page: { data: NotificationRecord[]; cursor: string | null } = await db()
      .service.entities.notification.query.byUser({ userId })
      .where((a, { eq }) => eq(a.read, false))
      .go({ cursor, order: 'desc' });
    for (const item of page.data) {
      await markItemRead(item);
      marked++;
    }
    cursor = page.cursor;
  } while (cursor);
  return marked;
}
