import { outcomeToday } from '../conversion/dates.ts';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import type { OutcomeStage } from '../conversion/conversion.schema.ts';
import { inService } from '../conversion/lifecycle.ts';
import { myOutcome } from './me.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { cohortCalendar, getCareRecord } from './care-records.ts';
import { policyToday } from './policies.ts';
import { attachmentUploadLink, checkAttachments, discardAttachments } from './request-attachments.ts';
import {
  allowedMoves,
  getRequestRecord,
  isClosed,
  requestEventOp,
  staleRequest,
  toRequestView,
  type RequestRecord,
} from './request-records.ts';
import type {
  AdvanceRequestInput,
  AttachmentUploadInput,
  FileRequestInput,
  ListRequestsQuery,
  RateRequestInput,
  ServiceRequestView,
} from './request.schema.ts';
import { requestDueOn } from './rules.ts';
import { latestDateAnywhere } from '../time.ts';

/** The signed-in person's outcome and care record; a person nobody looks after yet has nobody to ask. */
async function ownCare(actor: Actor) {
  const outcome = await myOutcome(actor);
  if (!outcome) throw notFound('Outcome');
  const care = await getCareRecord(outcome.outcomeId);
  if (!care || !inService(outcome.stage as OutcomeStage))
    throw new DomainError('conflict', 'Requests open once a service commissioner looks after you');
  return { outcome, care };
}

/** A link to upload one file for a request about to be filed; only for someone who can file one. */
export async function requestUploadLink(actor: Actor, input: AttachmentUploadInput) {
  await ownCare(actor);
  return attachmentUploadLink(input);
}

/**
 * A request from the person's phone, to their commissioner, due by its kind's deadline in force today.
 * Its files are checked first and written with it in one transaction; if it is not written they go.
 */
export async function fileRequest(actor: Actor, input: FileRequestInput, now = new Date()) {
  const { outcome, care } = await ownCare(actor);
  const { today, policy } = await policyToday(outcome.cohortId, now);
  const attachments = await checkAttachments(input.attachments);
  const at = now.toISOString();
  const record: RequestRecord = {
    requestId: newId('serviceRequest'),
    outcomeId: outcome.outcomeId,
    ...(outcome.cohortId ? { cohortId: outcome.cohortId } : {}),
    personName: outcome.name,
    commissionerId: care.commissionerId,
    kind: input.kind,
    description: input.description,
    status: 'received',
    state: 'open',
    receivedOn: today,
    dueOn: requestDueOn(policy, input.kind, today),
    policyId: policy.policyId,
    notes: [],
    ...(attachments.length ? { attachments } : {}),
    filedBy: actor.userId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await transact(
    (e) => [
      e.serviceRequest.create(record).commit(),
      e.audit
        .create(auditRecord(actor, 'serviceRequest', record.requestId, 'file', diffChanges(undefined, record), at))
        .commit(),
      requestEventOp(e, record, care.internId),
    ],
    () => new DomainError('conflict', 'The request could not be filed; try again'),
  ).catch(async (error: unknown) => {
    await discardAttachments(attachments);
    throw error;
  });
  return toRequestView(record, today);
}

export async function myRequests(actor: Actor, now = new Date()): Promise<{ items: ServiceRequestView[] }> {
  const outcome = await myOutcome(actor);
  if (!outcome) return { items: [] };
  const today = await outcomeToday(outcome.cohortId, now);
  const { data } = await db()
    .service.entities.serviceRequest.query.byOutcome({ outcomeId: outcome.outcomeId })
    .go({ order: 'desc', count: 100, limit: 100 });
  return { items: data.map((r) => toRequestView(r, today)) };
}

/** The person rates a closed request once, from 1 to 5. */
export async function rateRequest(actor: Actor, requestId: string, input: RateRequestInput, now = new Date()) {
  const outcome = await myOutcome(actor);
  const before = await getRequestRecord(requestId);
  if (!outcome || outcome.outcomeId !== before.outcomeId) throw notFound('Request');
  if (!isClosed(before.status) || before.rating)
    throw new DomainError('conflict', before.rating ? 'Already rated' : 'A request is rated once it is closed');
  const at = now.toISOString();
  const after = {
    ...before,
    rating: input.rating,
    ...(input.comment ? { ratingComment: input.comment } : {}),
    updatedAt: at,
    version: before.version + 1,
  };
  await transact(
    (e) => [
      e.serviceRequest
        .patch({ requestId })
        .set({ rating: after.rating, ...(input.comment ? { ratingComment: input.comment } : {}), updatedAt: at })
        .add({ version: 1 })
        .where((a, { eq, notExists }) => `${eq(a.version, before.version)} AND ${notExists(a.rating)}`)
        .commit(),
      e.audit.create(auditRecord(actor, 'serviceRequest', requestId, 'rate', diffChanges(before, after), at)).commit(),
    ],
    staleRequest,
  );
  return toRequestView(after, await outcomeToday(before.cohortId, now));
}

export async function getRequest(actor: Actor, requestId: string, now = new Date()) {
  requireRole(actor, 'organiser');
  const r = await getRequestRecord(requestId);
  return toRequestView(r, await outcomeToday(r.cohortId, now));
}

/** Open (or closed) requests, earliest deadline (so the overdue) first: a commissioner's, or everyone's. */
export async function listRequests(
  actor: Actor,
  query: ListRequestsQuery,
  page: PageRequest,
  now = new Date(),
): Promise<Page<ServiceRequestView>> {
  requireRole(actor, 'organiser');
  const { serviceRequest } = db().service.entities;
  const state = query.state ?? 'open';
  const base =
    query.all === 'true'
      ? serviceRequest.query.byState({ state })
      : serviceRequest.query.byCommissioner({ commissionerId: query.commissionerId ?? actor.userId, state });
  const result = await queryPage((options) => base.go(options), page);
  const todayOf = cohortCalendar(now);
  return {
    items: await Promise.all(result.items.map(async (r) => toRequestView(r, await todayOf(r.cohortId)))),
    nextCursor: result.nextCursor,
  };
}

/** At most this many open requests past their deadline are read for the organisers' digest. */
const OVERDUE_REQUESTS_READ = 200;

/**
 * Open requests past their deadline, the oldest deadline first: everyone's, or one commissioner's.
 * One bounded Query of the open requests by deadline, cut at the latest day that can be past
 * anywhere today, then checked in each person's own calendar. `truncated` says more may be overdue
 * than were read.
 */
export async function findOverdueRequests(
  now: Date,
  { commissionerId, limit = OVERDUE_REQUESTS_READ }: { commissionerId?: string; limit?: number } = {},
): Promise<{ items: ServiceRequestView[]; truncated: boolean }> {
  const { serviceRequest } = db().service.entities;
  const open = commissionerId
    ? serviceRequest.query.byCommissioner({ commissionerId, state: 'open' })
    : serviceRequest.query.byState({ state: 'open' });
  const { data, cursor } = await open.lt({ dueOn: latestDateAnywhere(now) }).go({ count: limit, limit });
  const todayOf = cohortCalendar(now);
  const views = await Promise.all(data.map(async (r) => toRequestView(r, await todayOf(r.cohortId))));
  return { items: views.filter((v) => v.overdue), truncated: cursor !== null };
}

/**
 * The commissioner's step: a status change, a note the person reads, or both. Conditioned on the
 * version read; the person is told through the notification backbone in the same transaction.
 */
export async function advanceRequest(actor: Actor, requestId: string, input: AdvanceRequestInput, now = new Date()) {
  requireRole(actor, 'organiser');
  const before = await getRequestRecord(requestId);
  if (before.version !== input.version) throw staleRequest();
  const to = input.to && input.to !== before.status ? input.to : undefined;
  if (to && !allowedMoves(before.status).includes(to))
    throw new DomainError('invalid_transition', `A request ${before.status} cannot move to ${to}`, {
      from: before.status,
      to,
      allowed: allowedMoves(before.status),
    });
  if (!to && !input.note)
    throw new DomainError('validation_failed', 'Give a status or a note', {
      errors: [{ path: 'to', message: 'A status or a note', code: 'one_of_required' }],
    });
  if (!to && isClosed(before.status))
    throw new DomainError('invalid_transition', 'A closed request takes no more notes', {
      from: before.status,
      allowed: [],
    });
  if (to === 'unresolvable' && !input.reason)
    throw new DomainError('validation_failed', 'Say why it cannot be resolved', {
      errors: [{ path: 'reason', message: 'Required when it cannot be resolved', code: 'reason_required' }],
    });
  const today = await outcomeToday(before.cohortId, now);
  const at = now.toISOString();
  const status = to ?? before.status;
  const after: RequestRecord = {
    ...before,
    status,
    state: isClosed(status) ? 'closed' : 'open',
    notes: [...(before.notes as object[]), ...(input.note ? [{ at, text: input.note }] : [])],
    ...(to === 'unresolvable' ? { reason: input.reason } : {}),
    ...(to && isClosed(to) ? { closedOn: today } : {}),
    updatedAt: at,
    version: before.version + 1,
  };
  const care = await getCareRecord(before.outcomeId);
  const { requestId: _id, ...changed } = after;
  await transact(
    (e) => [
      e.serviceRequest
        .patch({ requestId })
        .set(changed)
        .where((a, { eq }) => eq(a.version, before.version))
        .commit(),
      e.audit
        .create(auditRecord(actor, 'serviceRequest', requestId, to ?? 'note', diffChanges(before, after), at))
        .commit(),
      requestEventOp(e, after, care?.internId, input.note),
    ],
    staleRequest,
  );
  return toRequestView(after, today);
}
