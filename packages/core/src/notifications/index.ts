export * from './notifications.schema.ts';
export type { NotifyInput, Recipient, NotificationKind } from './notify.ts';
export type { EmailChannel, EmailMessage, EmailAttachment, SmsChannel, WeChatChannel } from './channels.ts';
export { DeliveryError } from './channels.ts';
export { DELIVERY_STATUSES, type DeliveryStatus } from './delivery.entity.ts';
export type { PreferenceView } from './preferences.ts';
export { UnsafeMessageError, assertNoNationalId } from './guard.ts';
export { RETRY_DELAYS_MINUTES, MAX_ATTEMPTS, nextAttemptAt } from './backoff.ts';
export { qrAttachment } from './qr.ts';
export {
  TEMPLATES,
  defineTemplate,
  pick,
  layout,
  publicUrl,
  escapeHtml,
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  type RenderedMessage,
  type Template,
} from './templates/index.ts';
export * from './notifications.ts';
