import { configureEmail } from './channels.ts';
import { attempt, listDeliveries, retryDelivery, retryDue } from './deliveries.ts';
import { listInbox, markAllRead, markRead, unreadCount } from './inbox.ts';
import { notify } from './notify.ts';
import { preferencesOf, updatePreferences } from './preferences.ts';
import { renderMessage } from './render.ts';

/** Messages to people: email and the in-app centre, exactly once per (key, recipient, channel). */
export const Notifications = {
  notify,
  configureEmail,
  render: renderMessage,
  inbox: { list: listInbox, unreadCount, markRead, markAllRead },
  preferences: { get: preferencesOf, update: updatePreferences },
  deliveries: { list: listDeliveries, retry: retryDelivery, retryDue, attempt },
};

export type { NotifyInput, Recipient, NotificationKind } from './notify.ts';
export type { EmailChannel, EmailMessage, EmailAttachment, SmsChannel, WeChatChannel } from './channels.ts';
export { DeliveryError } from './channels.ts';
export type { DeliveryView } from './deliveries.ts';
export { DELIVERY_STATUSES, type DeliveryStatus } from './delivery.entity.ts';
export type { NotificationView } from './inbox.ts';
export type { PreferenceView } from './preferences.ts';
export { UnsafeMessageError, assertNoNationalId } from './guard.ts';
export { RETRY_DELAYS_MINUTES, MAX_ATTEMPTS, nextAttemptAt } from './backoff.ts';
export { qrAttachment } from './qr.ts';
export { TEMPLATES, defineTemplate, pick, layout, publicUrl, escapeHtml, DEFAULT_LOCALE, LOCALES, type Locale, type RenderedMessage, type Template } from './templates/index.ts';
