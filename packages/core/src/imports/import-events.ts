import { domainEvent, type DomainEvent } from '../outbox/events.ts';

/** The job was uploaded with rows waiting: the worker starts registering them. */
export const IMPORT_UPLOADED = 'import.uploaded';
/** A run ended with rows still waiting (or a stalled job was taken up again): the next run starts. */
export const IMPORT_CONTINUED = 'import.continued';
/** Every row is decided: the uploader is told, with the counts per reason. */
export const IMPORT_FINISHED = 'import.finished';

export interface ImportEventPayload extends Record<string, unknown> {
  importJobId: string;
  cohortId: string;
  universityId: string;
}

export const importEvent = (type: string, job: ImportEventPayload, occurredAt?: string) =>
  domainEvent<ImportEventPayload>(
    type,
    { importJobId: job.importJobId, cohortId: job.cohortId, universityId: job.universityId },
    occurredAt,
  );

/**
 * The continuation after a run that left the job at `nextRowKey`. Its id is derived from that
 * position, so a replayed or duplicated record that ends its run at the same place writes an event
 * that exists already, and the create's condition drops it: one continuation per position.
 */
export function continuationEvent(job: ImportEventPayload & { nextRowKey: string }): DomainEvent<ImportEventPayload> {
  return { ...importEvent(IMPORT_CONTINUED, job), eventId: `${job.importJobId}.continue.${job.nextRowKey}` };
}
