import { newId } from '../ids.ts';
import type { AppService } from '../db/service.ts';

/** How long an outbox item stays in the table after its handlers have had their chance. */
export const OUTBOX_TTL_SECONDS = 14 * 24 * 3600;

export interface DomainEvent<P = Record<string, unknown>> {
  eventId: string;
  /** Past tense, `<area>.<what happened>`: `registration.cancelled`, `leave.decided`. */
  type: string;
  occurredAt: string;
  payload: P;
}

/** The entities as a transaction builder receives them. */
type TransactionEntities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

/** A new event with its id; `eventId` is what every delivery made because of it is keyed by. */
export function domainEvent<P extends Record<string, unknown>>(
  type: string,
  payload: P,
  occurredAt = new Date().toISOString(),
): DomainEvent<P> {
  return { eventId: newId('outboxEvent'), type, occurredAt, payload };
}

/**
 * The transaction operation that records `event` in the outbox. Put it in the same
 * `transact()` as the change: `ops.push(outboxOp(entities, domainEvent('leave.decided', {...})))`.
 */
export function outboxOp(entities: Pick<TransactionEntities, 'outboxEvent'>, event: DomainEvent) {
  return entities.outboxEvent
    .create({
      eventId: event.eventId,
      type: event.type,
      occurredAt: event.occurredAt,
      payload: event.payload,
      expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + OUTBOX_TTL_SECONDS,
    })
    .commit();
}
