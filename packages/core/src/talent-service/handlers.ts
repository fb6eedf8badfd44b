import { notify } from '../notifications/notify.ts';
import type { DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { accountRecipient } from '../notifications/recipients.ts';
import { internRecipient } from '../people-events/recipients.ts';
import { getRecord } from '../users/records.ts';
import { talentAccountOf } from './accounts.ts';
import { REQUEST_CHANGED } from './request-records.ts';

/** Whose request it is: an intern through their intern record, anyone else through the talent account of their outcome. */
async function personOf(p: { internId: string | null; outcomeId?: string }) {
  if (p.internId) return internRecipient(p.internId);
  const userId = p.outcomeId ? await talentAccountOf(p.outcomeId) : null;
  return userId ? accountRecipient(await getRecord(userId)) : null;
}

/**
 * Tells the person of each step of their request. Keyed by the event, so a replayed record sends
 * nothing twice; the step's facts travel in the payload, so a late run says what happened then.
 */
async function requestChanged(event: DomainEvent): Promise<void> {
  const p = event.payload as {
    internId: string | null;
    outcomeId?: string;
    commissionerId?: string;
    status: string;
    version: number;
  };
  const { internId: _i, outcomeId: _o, commissionerId: _c, ...data } = event.payload as Record<string, unknown>;
  const person = await personOf(p);
  if (person) await notify({ key: event.eventId, kind: 'person.request-updated', recipient: person, data });
  // A new request is the commissioner's to handle: they hear of it when it arrives.
  if (p.status !== 'received' || p.version !== 1 || !p.commissionerId) return;
  const commissioner = accountRecipient(await getRecord(p.commissionerId));
  if (commissioner)
    await notify({ key: event.eventId, kind: 'commissioner.request-filed', recipient: commissioner, data });
}

export const TALENT_SERVICE_HANDLERS: Record<string, EventHandler[]> = {
  [REQUEST_CHANGED]: [{ name: 'talent-service.request-updated', run: requestChanged }],
};
