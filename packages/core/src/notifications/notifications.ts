import { requireRole, type Actor } from '../auth/actor.ts';
import type { PageRequest } from '../db/pagination.ts';
import { configureEmail } from './channels.ts';
import { attempt, listDeliveries, retryDelivery, retryDue } from './deliveries.ts';
import { listInbox, markAllRead, markRead, unreadCount } from './inbox.ts';
import { notify } from './notify.ts';
import { preferencesOf, updatePreferences } from './preferences.ts';
import { renderMessage } from './render.ts';
import type { DeliveryStatus } from './delivery.entity.ts';
import type { PreferencesInput } from './notifications.schema.ts';

/** Messages to people: email and the in-app centre, exactly once per (key, recipient, channel). */
export const Notifications = {
  notify,
  configureEmail,
  render: renderMessage,
  inbox: { list: listInbox, unreadCount, markRead, markAllRead },
  preferences: { get: preferencesOf, update: updatePreferences },
  deliveries: { list: listDeliveries, retry: retryDelivery, retryDue, attempt },
};

/** What the API calls: a signed-in person's own centre and choices; deliveries for organisers. */
export const NotificationCentre = {
  list: (actor: Actor, page: PageRequest) => listInbox(actor.userId, page),
  unreadCount: async (actor: Actor) => ({ unread: await unreadCount(actor.userId) }),
  markRead: (actor: Actor, notificationId: string) => markRead(actor.userId, notificationId),
  markAllRead: async (actor: Actor) => ({ marked: await markAllRead(actor.userId) }),
  preferences: (actor: Actor) => preferencesOf(actor.userId),
  updatePreferences: (actor: Actor, input: PreferencesInput) => updatePreferences(actor.userId, input),
  deliveries(actor: Actor, status: DeliveryStatus | undefined, page: PageRequest) {
    requireRole(actor, 'organiser');
    return listDeliveries(status ?? 'failed', page);
  },
  retryDelivery(actor: Actor, deliveryId: string) {
    requireRole(actor, 'organiser');
    return retryDelivery(deliveryId);
  },
};
