import { db } from '../db/service.ts';
import type { DomainEvent } from './events.ts';

export interface ParkedEventView extends DomainEvent {
  handler: string;
  error: string;
  attempts: number;
  sequenceNumber?: string;
  parkedAt: string;
}

/** Sets an event aside after its last failed attempt; parking it again (a replay) overwrites. */
export async function parkEvent(
  event: DomainEvent,
  failure: { handler: string; error: unknown; attempts: number; sequenceNumber?: string },
): Promise<void> {
  const message =
    failure.error instanceof Error ? `${failure.error.name}: ${failure.error.message}` : String(failure.error);
  await db()
    .service.entities.parkedEvent.put({
      ...event,
      handler: failure.handler,
      error: message.slice(0, 1000),
      attempts: failure.attempts,
      sequenceNumber: failure.sequenceNumber,
      parkedAt: new Date().toISOString(),
    })
    .go();
}

/** Parked events, newest first. */
export async function listParkedEvents(limit = 100): Promise<ParkedEventView[]> {
  const { data } = await db().service.entities.parkedEvent.query.newestFirst({}).go({ order: 'desc', limit });
  return data as ParkedEventView[];
}
