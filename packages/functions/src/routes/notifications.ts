import { z } from '@hono/zod-openapi';
import { NotificationCentre } from '@aksu/core/notifications/notifications';
import {
  DeliveryListQuery,
  DeliveryView,
  deliveryIdSchema,
  MarkedView,
  notificationIdSchema,
  NotificationView,
  PreferencesInput,
  PreferencesView,
  UnreadCountView,
} from '@aksu/core/notifications/notifications.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Notifications');

const Item = NotificationView.openapi('Notification');
const Delivery = DeliveryView.openapi('Delivery');
const Preferences = PreferencesView.openapi('NotificationPreferences');
const NotificationParams = z.object({
  notificationId: notificationIdSchema.openapi({ param: { name: 'notificationId', in: 'path' } }),
});
const DeliveryParams = z.object({
  deliveryId: deliveryIdSchema.openapi({ param: { name: 'deliveryId', in: 'path' } }),
});

/**
 * The in-app notification centre of every signed-in person, their message choices, and failed deliveries for
 * organisers.
 */
export const notificationRoutes = router();

notificationRoutes.openapi(
  route({
    operationId: 'listMyNotifications',
    method: 'get',
    path: '/v1/me/notifications',
    summary: "The caller's notifications, newest first",
    request: { query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Item), 'A page of notifications'), ...errors() },
  }),
  async (c) => c.json(await NotificationCentre.list(c.get('actor'), c.req.valid('query')), 200),
);

notificationRoutes.openapi(
  route({
    operationId: 'countMyUnreadNotifications',
    method: 'get',
    path: '/v1/me/notifications/unread-count',
    summary: "How many of the caller's notifications are unread (the bell)",
    responses: { 200: jsonResponse(UnreadCountView.openapi('UnreadCount'), 'The count'), ...errors() },
  }),
  async (c) => c.json(await NotificationCentre.unreadCount(c.get('actor')), 200),
);

notificationRoutes.openapi(
  route({
    operationId: 'markNotificationRead',
    method: 'post',
    path: '/v1/me/notifications/{notificationId}/read',
    summary: 'Mark one of the caller’s notifications read; marking it again changes nothing',
    description: 'Another person’s notification answers 404, like one that does not exist.',
    request: { params: NotificationParams },
    responses: { 200: jsonResponse(Item, 'The notification, read'), ...errors(404) },
  }),
  async (c) => c.json(await NotificationCentre.markRead(c.get('actor'), c.req.valid('param').notificationId), 200),
);

notificationRoutes.openapi(
  route({
    operationId: 'markAllNotificationsRead',
    method: 'post',
    path: '/v1/me/notifications/read-all',
    summary: "Mark every one of the caller's notifications read",
    responses: { 200: jsonResponse(MarkedView.openapi('MarkedCount'), 'How many were marked'), ...errors() },
  }),
  async (c) => c.json(await NotificationCentre.markAllRead(c.get('actor')), 200),
);

notificationRoutes.openapi(
  route({
    operationId: 'getMyNotificationPreferences',
    method: 'get',
    path: '/v1/me/notification-preferences',
    summary: 'Which kinds of message the caller gets by email, and in which language',
    responses: {
      200: jsonResponse(Preferences, 'Every kind with its setting; essential kinds locked on'),
      ...errors(),
    },
  }),
  async (c) => c.json(await NotificationCentre.preferences(c.get('actor')), 200),
);

notificationRoutes.openapi(
  route({
    operationId: 'updateMyNotificationPreferences',
    method: 'put',
    path: '/v1/me/notification-preferences',
    summary: 'Turn kinds of message off or on, and choose the language',
    description:
      '`off` lists every kind turned off (the rest are on). Essential kinds (account codes, resets) cannot be turned ' +
      'off: 400.',
    request: { body: jsonBody(PreferencesInput.openapi('NotificationPreferencesInput')) },
    responses: { 200: jsonResponse(Preferences, 'The settings as saved'), ...writeErrors() },
  }),
  async (c) => c.json(await NotificationCentre.updatePreferences(c.get('actor'), c.req.valid('json')), 200),
);

notificationRoutes.openapi(
  route({
    operationId: 'listDeliveries',
    method: 'get',
    path: '/v1/deliveries',
    summary: 'Email deliveries in one status, failed by default, most recently changed first (organisers)',
    request: { query: z.object({ ...DeliveryListQuery.shape, ...PageQuery.shape }) },
    responses: { 200: jsonResponse(pageOf(Delivery), 'A page of deliveries'), ...errors() },
  }),
  async (c) => {
    const { status, ...page } = c.req.valid('query');
    return c.json(await NotificationCentre.deliveries(c.get('actor'), status, page), 200);
  },
);

notificationRoutes.openapi(
  route({
    operationId: 'retryDelivery',
    method: 'post',
    path: '/v1/deliveries/{deliveryId}/retry',
    summary: 'Send a failed delivery again now (organisers)',
    description:
      'Only a failed delivery can be retried (409 `invalid_transition` otherwise). The answer says how this attempt ' +
      'ended.',
    request: { params: DeliveryParams },
    responses: { 200: jsonResponse(Delivery, 'The delivery after the attempt'), ...errors(404, 409) },
  }),
  async (c) => c.json(await NotificationCentre.retryDelivery(c.get('actor'), c.req.valid('param').deliveryId), 200),
);
