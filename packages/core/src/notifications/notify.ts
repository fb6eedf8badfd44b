import { idFor } from '../ids.ts';
import { deliverEmail } from './deliveries.ts';
import { UnsafeMessageError } from './guard.ts';
import { writeInApp } from './inbox.ts';
import { readPreferences } from './preferences.ts';
import { renderMessage, templateFor } from './render.ts';
import { DEFAULT_LOCALE, type Locale, type RenderedMessage } from './templates/index.ts';

export type NotificationKind = string;

export interface Recipient {
  /** `user:<userId>` or `email:<lowercased email>`: who the message is for, whatever the channel. */
  key: string;
  userId?: string;
  email?: string;
  locale?: Locale;
  name?: string;
}

export interface NotifyInput {
  /** The outbox eventId, or a deterministic digest key (`mentor-weekly:<mentorId>:<week>`). */
  key: string;
  kind: NotificationKind;
  recipient: Recipient;
  data: object;
  /** Epoch seconds after which the delivery (and the address in it) is deleted; default 90 days. */
  expiresAt?: number;
}

const DEFAULT_RETENTION_SECONDS = 90 * 24 * 3600;

/**
 * Sends one message to one recipient on every channel that applies, exactly once per (key,
 * recipient, channel) however often it is called: the in-app item (when the recipient is a user)
 * and the email (when there is an address and the kind is not turned off; essential kinds always).
 * The user's saved language wins over the one given, then Chinese. A failed email is not an error
 * here: it is retried by the `retry-deliveries` job and parked for organisers after the last try.
 */
export async function notify(input: NotifyInput): Promise<void> {
  const template = templateFor(input.kind);
  const { recipient } = input;
  // The settings page of no account lists such a kind, so an account could not turn it off.
  if (template.addressOnly && recipient.userId)
    throw new Error(`${input.kind} goes to addresses from public forms, not to an account`);
  const preferences = recipient.userId
    ? await readPreferences(recipient.userId)
    : { off: [] as string[], locale: undefined };
  const locale = preferences.locale ?? recipient.locale ?? DEFAULT_LOCALE;
  const expiresAt = input.expiresAt ?? Math.floor(Date.now() / 1000) + DEFAULT_RETENTION_SECONDS;
  if (recipient.email && (template.essential || !preferences.off.includes(input.kind))) {
    await deliverEmail({
      key: input.key,
      kind: input.kind,
      recipientKey: recipient.key,
      email: recipient.email,
      ...(recipient.name ? { name: recipient.name } : {}),
      ...(recipient.userId ? { userId: recipient.userId } : {}),
      locale,
      data: input.data,
      expiresAt,
    });
  }
  if (recipient.userId) {
    let message: RenderedMessage;
    try {
      message = await renderMessage(input.kind, locale, input.data);
    } catch (error) {
      // The same refusal parks the email for organisers to see; the centre simply does not show it.
      if (error instanceof UnsafeMessageError) return;
      throw error;
    }
    await writeInApp({
      notificationId: idFor('notification', `${input.key}\u0000${recipient.key}`),
      userId: recipient.userId,
      kind: input.kind,
      title: message.subject,
      body: message.summary ?? message.subject,
      ...(message.link ? { link: message.link } : {}),
      expiresAt: Math.max(expiresAt, Math.floor(Date.now() / 1000) + DEFAULT_RETENTION_SECONDS),
    });
  }
}
