import type { DomainEvent } from './events.ts';
import { advanceImport } from '../imports/worker.ts';
import { IMPORT_CONTINUED, IMPORT_UPLOADED } from '../imports/import-events.ts';
import { notifyImportFinished } from '../imports/finished.ts';
import { PEOPLE_HANDLERS } from '../people-events/handlers.ts';
import { REGISTRANT_HANDLERS } from '../events/registrant-mail.ts';
import { APPLICANT_HANDLERS } from '../applications/applicant-mail.ts';
import { INTERVIEW_HANDLERS } from '../applications/interview-mail.ts';
import { ACCOUNT_HANDLERS } from '../users/account-mail.ts';
import { TALENT_SERVICE_HANDLERS } from '../talent-service/handlers.ts';

/**
 * What runs when an event arrives, by event type. Every handler is idempotent: a record delivered
 * twice, replayed after a crash or seen by two workers at once writes nothing twice and sends
 * nothing twice (deliveries are keyed by event, recipient and channel; state changes are
 * conditional writes). Handlers of one event run in the order listed; a failure stops the rest and
 * the record is tried again, so the ones that already ran must be (and are) safe to run again.
 */
export interface EventHandler {
  /** Names the handler in logs and metrics: `<area>.<what it does>`. */
  name: string;
  run(event: DomainEvent): Promise<void>;
}

/** The one registry. Add a line per event type; handlers live beside the domain they belong to. */
export const EVENT_HANDLERS: Record<string, EventHandler[]> = {
  [IMPORT_UPLOADED]: [{ name: 'imports.run', run: (event) => advanceImport(event) }],
  [IMPORT_CONTINUED]: [{ name: 'imports.run', run: (event) => advanceImport(event) }],
  'import.finished': [{ name: 'imports.notify-finished', run: (event) => notifyImportFinished(event) }],
  ...PEOPLE_HANDLERS,
  ...REGISTRANT_HANDLERS,
  ...APPLICANT_HANDLERS,
  ...INTERVIEW_HANDLERS,
  ...ACCOUNT_HANDLERS,
  ...TALENT_SERVICE_HANDLERS,
};

export function handlersFor(type: string): EventHandler[] {
  return EVENT_HANDLERS[type] ?? [];
}
