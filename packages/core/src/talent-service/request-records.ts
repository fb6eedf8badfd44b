import type { EntityItem } from 'electrodb';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import type { ServiceRequest } from './request.entity.ts';
import type { ServiceRequestView } from './request.schema.ts';

export type RequestRecord = EntityItem<typeof ServiceRequest>;
type Status = RequestRecord['status'];

export const REQUEST_CHANGED = 'service-request.changed';

/** received → in progress → resolved, or cannot be resolved (with a reason) from either open status. */
export function allowedMoves(from: Status): Status[] {
  if (from === 'received') return ['in_progress', 'resolved', 'unresolvable'];
  if (from === 'in_progress') return ['resolved', 'unresolvable'];
  return [];
}

export const isClosed = (status: Status) => status === 'resolved' || status === 'unresolvable';

export interface RequestAttachment {
  attachmentId: string;
  /** The stored object; only ever handed out as a signed link. */
  key: string;
  name: string;
  contentType: string;
  size: number;
}

/** Requests filed before attachments existed carry none. */
export const attachmentsOf = (r: RequestRecord): RequestAttachment[] => (r.attachments as RequestAttachment[]) ?? [];

export function toRequestView(r: RequestRecord, today: string): ServiceRequestView {
  return {
    requestId: r.requestId,
    outcomeId: r.outcomeId,
    personName: r.personName,
    commissionerId: r.commissionerId,
    kind: r.kind,
    description: r.description,
    status: r.status,
    receivedOn: r.receivedOn,
    dueOn: r.dueOn,
    overdue: r.state === 'open' && today > r.dueOn,
    notes: r.notes as ServiceRequestView['notes'],
    attachments: attachmentsOf(r).map(({ key: _key, ...view }) => view),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.rating ? { rating: r.rating } : {}),
    ...(r.ratingComment ? { ratingComment: r.ratingComment } : {}),
    ...(r.closedOn ? { closedOn: r.closedOn } : {}),
    allowedTransitions: allowedMoves(r.status),
    createdAt: r.createdAt,
    version: r.version,
  };
}

export async function getRequestRecord(requestId: string): Promise<RequestRecord> {
  const { data } = await db().service.entities.serviceRequest.get({ requestId }).go();
  if (!data) throw notFound('Request');
  return data;
}

/** The event that tells the person: each step of their request, written in the step's transaction. */
export function requestEventOp(
  e: Parameters<typeof outboxOp>[0],
  r: RequestRecord,
  internId: string | undefined,
  note?: string,
) {
  return outboxOp(
    e,
    domainEvent(REQUEST_CHANGED, {
      requestId: r.requestId,
      internId: internId ?? null,
      // A person who came from a lead has no intern record: their account is found by the outcome.
      outcomeId: r.outcomeId,
      commissionerId: r.commissionerId,
      kind: r.kind,
      status: r.status,
      dueOn: r.dueOn,
      version: r.version,
      ...(note ? { note } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    }),
  );
}

export const staleRequest = () =>
  new DomainError('version_conflict', 'The request has changed since it was read; read it again');
