import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { DELIVERY_STATUSES } from './delivery.entity.ts';
import { LOCALES } from './templates/define.ts';

export const notificationIdSchema = z.string().regex(idPattern('notification'), { error: 'Not a notification id' });
export const deliveryIdSchema = z.string().regex(idPattern('delivery'), { error: 'Not a delivery id' });

export const NotificationView = z.object({
  notificationId: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().openapi({ description: 'A page of the web app to open, when there is one' }),
  read: z.boolean(),
  createdAt: z.string(),
});

export const UnreadCountView = z.object({ unread: z.number().int().min(0) });
export const MarkedView = z.object({ marked: z.number().int().min(0) });

export const PreferencesView = z.object({
  locale: z.enum(LOCALES as [string, ...string[]]),
  kinds: z.array(
    z.object({
      kind: z.string(),
      label: z.string().openapi({ description: 'In the language of messages (`locale`)' }),
      labels: z
        .object({ 'zh-CN': z.string(), en: z.string() })
        .openapi({ description: 'In every language, for a screen shown in another language than the messages' }),
      enabled: z.boolean(),
      essential: z.boolean().openapi({
        description: 'Messages carrying a code, a ticket or a decision the person needs: always sent, shown locked',
      }),
    }),
  ),
});

export const PreferencesInput = z.strictObject({
  locale: z.enum(['zh-CN', 'en']).optional(),
  off: z
    .array(z.string().min(1).max(100))
    .max(100)
    .openapi({ description: 'Kinds turned off; an essential kind here is refused' }),
});
export type PreferencesInput = z.infer<typeof PreferencesInput>;

export const DeliveryListQuery = z.object({
  status: z.enum(DELIVERY_STATUSES).optional().openapi({ description: 'failed when left out' }),
});

export const DeliveryView = z.object({
  deliveryId: z.string(),
  key: z.string(),
  kind: z.string(),
  channel: z.enum(['email']),
  status: z.enum(DELIVERY_STATUSES),
  recipient: z.string().openapi({ description: 'The address, masked' }),
  subject: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
