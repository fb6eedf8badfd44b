import { entity } from '../db/entity.ts';
import { keyedBy, onIndex } from '../db/attributes.ts';

/**
 * The in-app notification centre: one item per (key, user). The id is a digest of both, so the
 * conditional create that writes it with the unread counter happens once however often the message
 * is sent. Read by id (mark read: the owner is checked, anyone else gets 404) and by user, newest
 * first (gsi1).
 */
export const Notification = entity({
  model: { entity: 'notification', version: '1', service: 'aksu' },
  attributes: {
    notificationId: { type: 'string', required: true },
    userId: { type: 'string', required: true },
    kind: { type: 'string', required: true },
    title: { type: 'string', required: true },
    body: { type: 'string', required: true },
    /** A path inside the web app (`/leave/...`), or absent when there is nothing to open. */
    link: { type: 'string' },
    read: { type: 'boolean', required: true },
    createdAt: { type: 'string', required: true },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byId: keyedBy('notificationId'),
    byUser: onIndex('gsi1', ['userId'], ['createdAt', 'notificationId']),
  },
});

/**
 * A user's unread count, changed in the same transaction as the item it counts (created unread,
 * marked read), so the bell costs one GetItem.
 */
export const UnreadCounter = entity({
  model: { entity: 'unreadCounter', version: '1', service: 'aksu' },
  attributes: {
    userId: { type: 'string', required: true },
    unread: { type: 'number', required: true, default: 0 },
  },
  indexes: {
    byUser: keyedBy('userId'),
  },
});

/** A user's choices: kinds turned off (essential kinds ignore this) and the language of messages. */
export const NotificationPreference = entity({
  model: { entity: 'notificationPreference', version: '1', service: 'aksu' },
  attributes: {
    userId: { type: 'string', required: true },
    off: { type: 'list', items: { type: 'string' }, required: true, default: () => [] },
    locale: { type: ['zh-CN', 'en'] as const },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byUser: keyedBy('userId'),
  },
});
