import { idFor, newId, Notifications } from '@aksu/core';
import { uniqueEmail, uniqueSuffix } from '../accounts.ts';
import type { RouteExpectation } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { anyoneSignedIn, organisersOnly } from './callers.ts';

/**
 * The notification centre is every signed-in person's own; deliveries are for organisers (plain
 * ones too: watching mail is not account management).
 */

/** An unread in-app item of `userId` (no address, so nothing is mailed). */
async function itemOf(userId: string): Promise<string> {
  const key = `matrix:${uniqueSuffix()}`;
  await Notifications.notify({
    key,
    kind: 'intern.leave-decided',
    recipient: { key: `user:${userId}`, userId },
    data: { from: '2026-07-01', to: '2026-07-02', status: 'approved' },
  });
  return idFor('notification', `${key}\u0000user:${userId}`);
}

/**
 * A delivery parked as failed for real: its message would carry a full national ID, which the
 * guard refuses every time, so it fails the same way again when retried.
 */
async function failedDelivery(): Promise<string> {
  const email = uniqueEmail('parked');
  const key = `matrix:${uniqueSuffix()}`;
  await Notifications.notify({
    key,
    kind: 'intern.leave-decided',
    recipient: { key: `email:${email}`, email },
    data: { from: '2026-07-01', to: '2026-07-02', status: 'rejected', comment: '证件号 11010519491231002X 有误' },
  });
  return idFor('delivery', `${key}\u0000email:${email}\u0000email`);
}

const ownerOf = (world: World, caller: Caller) =>
  caller === 'anonymous' ? newId('user') : world.accounts[caller].user.userId;

export const NOTIFICATION_EXPECTATIONS: Record<string, RouteExpectation> = {
  listMyNotifications: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/me/notifications' }),
    expect: anyoneSignedIn(200),
  },
  countMyUnreadNotifications: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/me/notifications/unread-count' }),
    expect: anyoneSignedIn(200),
  },
  markNotificationRead: {
    targets: ['self', 'other'],
    request: async (world, target, caller) => ({
      method: 'POST',
      path: `/v1/me/notifications/${await itemOf(target === 'self' ? ownerOf(world, caller) : newId('user'))}/read`,
    }),
    expect: (caller, target) => (caller === 'anonymous' ? 401 : target === 'self' ? 200 : 404),
  },
  markAllNotificationsRead: {
    targets: ['none'],
    request: () => ({ method: 'POST', path: '/v1/me/notifications/read-all' }),
    expect: anyoneSignedIn(200),
  },
  getMyNotificationPreferences: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/me/notification-preferences' }),
    expect: anyoneSignedIn(200),
  },
  updateMyNotificationPreferences: {
    targets: ['none'],
    request: () => ({
      method: 'PUT',
      path: '/v1/me/notification-preferences',
      body: { off: ['intern.leave-decided'], locale: 'zh-CN' },
    }),
    expect: anyoneSignedIn(200),
  },
  listDeliveries: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/deliveries?status=failed' }),
    expect: organisersOnly(200),
  },
  retryDelivery: {
    targets: ['none'],
    request: async () => ({ method: 'POST', path: `/v1/deliveries/${await failedDelivery()}/retry` }),
    expect: organisersOnly(200),
  },
};
