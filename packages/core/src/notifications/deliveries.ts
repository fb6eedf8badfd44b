import { randomUUID } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import { isConditionFailure } from '../db/condition.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { idFor } from '../ids.ts';
import { decryptField, encryptField } from '../personal/vault.ts';
import { maskEmail } from '../personal/masking.ts';
import { nextAttemptAt } from './backoff.ts';
import { currentEmailChannel, DeliveryError } from './channels.ts';
import type { Delivery, DeliveryStatus } from './delivery.entity.ts';
import { UnsafeMessageError } from './guard.ts';
import { renderMessage } from './render.ts';
import type { Locale } from './templates/index.ts';

type DeliveryRecord = EntityItem<typeof Delivery>;

/** Long enough for one SMTP exchange with its timeouts; a sender that dies is replaced after it. */
export const LEASE_SECONDS = 120;
/** A delivery left `pending` this long was created by a process that died before claiming it. */
const PENDING_GRACE_MS = 60_000;

export interface DeliveryView {
  deliveryId: string;
  key: string;
  kind: string;
  channel: 'email';
  status: DeliveryStatus;
  recipient: string;
  subject: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

const toView = (d: DeliveryRecord): DeliveryView => ({
  deliveryId: d.deliveryId,
  key: d.key,
  kind: d.kind,
  channel: d.channel,
  status: d.status,
  recipient: d.emailMasked,
  subject: d.subject ?? null,
  attempts: d.attempts,
  lastError: d.lastError ?? null,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

export const deliveryIdFor = (key: string, recipientKey: string, channel: 'email') =>
  idFor('delivery', `${key}\u0000${recipientKey}\u0000${channel}`);

export interface EmailDeliveryInput {
  key: string;
  kind: string;
  recipientKey: string;
  email: string;
  name?: string;
  userId?: string;
  locale: Locale;
  data: object;
  expiresAt: number;
}

/** Creates the delivery unless it exists, then tries to send it (a no-op when someone else has or is). */
export async function deliverEmail(input: EmailDeliveryInput, now = new Date()): Promise<void> {
  const deliveryId = deliveryIdFor(input.key, input.recipientKey, 'email');
  const at = now.toISOString();
  try {
    await db()
      .service.entities.delivery.create({
        deliveryId,
        key: input.key,
        recipientKey: input.recipientKey,
        channel: 'email',
        kind: input.kind,
        status: 'pending',
        dueAt: at,
        attempts: 0,
        email: input.email,
        emailMasked: maskEmail(input.email),
        ...(input.userId ? { userId: input.userId } : {}),
        ...(input.name ? { name: input.name } : {}),
        locale: input.locale,
        sealedData: encryptField(JSON.stringify(input.data)),
        createdAt: at,
        updatedAt: at,
        expiresAt: input.expiresAt,
      })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  await attempt(deliveryId, now);
}

/**
 * Takes the delivery (pending, due for retry, or with a lapsed lease) by a conditional write that
 * only one caller can win, sends it, and records the outcome conditional on still holding the lease.
 * Returns the status it ended in, or null when it was not ours to send.
 */
export async function attempt(deliveryId: string, now = new Date()): Promise<DeliveryStatus | null> {
  const at = now.toISOString();
  const leaseId: string = randomUUID();
  const entity = db().service.entities.delivery;
  let claimed: DeliveryRecord;
  try {
    const result = await entity
      .patch({ deliveryId })
      .set({
        status: 'sending',
        leaseId,
        dueAt: new Date(now.getTime() + LEASE_SECONDS * 1000).toISOString(),
        updatedAt: at,
      })
      .where(
        (a, { eq, lte }) =>
          `${eq(a.status, 'pending')} OR ((${eq(a.status, 'retrying')} OR ${eq(a.status, 'sending')}) ` +
          `AND ${lte(a.dueAt, at)})`,
      )
      .go({ response: 'all_new' });
    claimed = result.data as DeliveryRecord;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
  const finish = (changes: Partial<DeliveryRecord>, remove: Array<keyof DeliveryRecord> = []) =>
    entity
      .patch({ deliveryId })
      .set({ ...changes, updatedAt: new Date().toISOString() })
      .remove(remove as never)
      .where((a, { eq }) => eq(a.leaseId, leaseId))
      .go();
  try {
    if (!claimed.email || !claimed.sealedData) throw new DeliveryError('The address is no longer kept', true);
    const message = await renderMessage(
      claimed.kind,
      claimed.locale as Locale,
      JSON.parse(decryptField(claimed.sealedData)),
    );
    const channel = currentEmailChannel();
    if (!channel) throw new DeliveryError('No email channel is configured in this process', false);
    await channel.send({
      to: claimed.email,
      ...(claimed.name ? { toName: claimed.name } : {}),
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.attachments ? { attachments: message.attachments } : {}),
      deliveryId,
    });
    const sentAt = new Date().toISOString();
    await finish({ status: 'sent', sentAt, dueAt: sentAt, subject: message.subject, attempts: claimed.attempts + 1 }, [
      'email',
      'sealedData',
      'leaseId',
      'lastError',
    ]);
    return 'sent';
  } catch (error) {
    const attempts = claimed.attempts + 1;
    const permanent = (error instanceof DeliveryError && error.permanent) || error instanceof UnsafeMessageError;
    const next = permanent ? null : nextAttemptAt(attempts, now);
    const status: DeliveryStatus = next ? 'retrying' : 'failed';
    await finish({ status, attempts, dueAt: (next ?? new Date()).toISOString(), lastError: describe(error) }, [
      'leaseId',
    ]);
    return status;
  }
}

/** The error as organisers may read it: short, with any address in it masked. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[^\s<>"'@]+@[^\s<>"']+/g, (email) => maskEmail(email)).slice(0, 500);
}

/**
 * The `retry-deliveries` job: sends what is due (retries whose time has come, leases that lapsed,
 * deliveries left pending by a process that died). Bounded per run; the next run takes the rest.
 */
export async function retryDue(at: Date = new Date(), max = 200): Promise<Record<string, number>> {
  const counts: Record<string, number> = { due: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const entity = db().service.entities.delivery;
  const until = (status: DeliveryStatus, before: Date) =>
    entity.query.byStatus({ status }).lte({ dueAt: before.toISOString() }).go({ count: max, limit: max });
  const due = [
    ...(await until('retrying', at)).data,
    ...(await until('sending', at)).data,
    ...(await until('pending', new Date(at.getTime() - PENDING_GRACE_MS))).data,
  ].slice(0, max);
  for (const delivery of due) {
    counts.due!++;
    const outcome = await attempt(delivery.deliveryId, at);
    counts[outcome ?? 'skipped'] = (counts[outcome ?? 'skipped'] ?? 0) + 1;
  }
  return counts;
}

/** Deliveries in one status, the most recently changed first (organisers read `failed`). */
export async function listDeliveries(status: DeliveryStatus, page: PageRequest): Promise<Page<DeliveryView>> {
  return queryPage(
    (o) =>
      db()
        .service.entities.delivery.query.byStatus({ status })
        .go({ ...o, order: 'desc' }),
    page,
    toView,
  );
}

/** An organiser sends a parked delivery again now: it starts over with a fresh count of attempts. */
export async function retryDelivery(deliveryId: string): Promise<DeliveryView> {
  const entity = db().service.entities.delivery;
  const { data } = await entity.get({ deliveryId }).go();
  if (!data) throw notFound('Delivery');
  if (data.status !== 'failed')
    throw new DomainError('invalid_transition', `The delivery is ${data.status}, not failed`);
  const at = new Date().toISOString();
  try {
    await entity
      .patch({ deliveryId })
      .set({ status: 'pending', attempts: 0, dueAt: at, updatedAt: at })
      .where((a, { eq }) => eq(a.status, 'failed'))
      .go();
  } catch (error) {
    if (isConditionFailure(error)) throw new DomainError('invalid_transition', 'The delivery is already being retried');
    throw error;
  }
  await attempt(deliveryId);
  const { data: after } = await entity.get({ deliveryId }).go();
  return toView(after!);
}
