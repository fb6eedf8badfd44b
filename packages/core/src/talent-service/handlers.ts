import { notify } from '../notifications/notify.ts';
import type { DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { internRecipient } from '../people-events/recipients.ts';
import { REQUEST_CHANGED } from './request-records.ts';

/**
 * Tells the person of each step of their request. Keyed by the event, so a replayed record sends
 * nothing twice; the step's facts travel in the payload, so a late run says what happened then.
 */
async function requestChanged(event: DomainEvent): Promise<void> {
  const p = event.payload as { internId: string | null; kind: string; status: string; dueOn: string };
  const recipient = p.internId ? await internRecipient(p.internId) : null;
  if (!recipient) return;
  const { internId: _i, ...data } = event.payload as Record<string, unknown>;
  await notify({ key: event.eventId, kind: 'person.request-updated', recipient, data });
}

export const TALENT_SERVICE_HANDLERS: Record<string, EventHandler[]> = {
  [REQUEST_CHANGED]: [{ name: 'talent-service.request-updated', run: requestChanged }],
};
