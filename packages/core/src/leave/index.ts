import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { cohortForBoard, INTERN_STATUSES, internContext, practiceSpan } from '../attendance/records.ts';
import { datesBetween } from '../check-ins/rules.ts';
import { listPage, queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, forbidden } from '../errors.ts';
import { newId } from '../ids.ts';
import { menteeIdsOf } from '../placements/records.ts';
import { decideLeave } from './decide.ts';
import type { CreateLeaveInput, LeaveDecisionInput, LeaveView } from './leave.schema.ts';
import { claimDays, holderOf, overlaps, readLeave, toView, type LeaveRecord } from './records.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';
import { NO_MENTOR } from '../placements/placement.entity.ts';

export * from './leave.schema.ts';
export { LEAVE_STATUSES } from './leave-request.entity.ts';

/** Runs of one request, the first included, while its days or counters change under it. */
const ATTEMPTS = 11;

/** A day the request wanted was held, but by nobody any more: the request is sent again. */
class DayReleased extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }
}

export const Leave = {
  /**
   * An intern asks for leave (请假) over days of their practice; their mentor or an organiser decides.
   * A day already held by a pending or approved request is refused (409 `leave_overlaps` naming that
   * request), so a double tap or a resend gives one request.
   */
  async request(actor: Actor, input: CreateLeaveInput): Promise<LeaveView> {
    requireRole(actor, 'intern');
    const intern = actor.internId ? await internContext(actor.internId) : null;
    if (!intern || !INTERN_STATUSES.includes(intern.status)) throw new DomainError('not_in_session', 'You are not a placed intern of a cohort');
    const { first, last } = practiceSpan(intern);
    if (input.from < first || input.to > last) {
      throw new DomainError('validation_failed', `Leave must fall within your practice (${first} to ${last})`, {
        errors: [{ path: input.from < first ? 'from' : 'to', message: `Between ${first} and ${last}`, code: 'out_of_range', params: { from: first, to: last } }],
      });
    }
    const dates = datesBetween(input.from, input.to);
    const ask = async (): Promise<LeaveView> => {
      const at = new Date().toISOString();
      const record: LeaveRecord = {
        leaveId: newId('leaveRequest'),
        registrationId: intern.registrationId,
        cohortId: intern.cohort.cohortId,
        universityId: intern.universityId,
        hostUnitId: intern.hostUnitId,
        internName: intern.name,
        from: input.from,
        to: input.to,
        reason: input.reason,
        status: 'pending',
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      // The intern's mentor is told a request waits for them, by an event written with the request.
      const requested = peopleEvent('leave.requested', {
        leaveId: record.leaveId,
        registrationId: record.registrationId,
        internName: record.internName,
        from: record.from,
        to: record.to,
        ...(intern.mentorKey !== NO_MENTOR ? { mentorId: intern.mentorKey } : {}),
      });
      try {
        await transact(
          ({ leaveRequest, unique, audit, outboxEvent }) => [
            ...claimDays({ unique }, record.registrationId, dates, record.leaveId),
            leaveRequest.create(record).commit(),
            audit.create(auditRecord(actor, 'leaveRequest', record.leaveId, 'create', diffChanges(undefined, record), at)).commit(),
            outboxOp({ outboxEvent }, requested),
          ],
          (failed) =>
            failed.index < dates.length
              ? new DomainError('leave_overlaps', 'Leave was already asked for that day', { date: dates[failed.index] })
              : new DomainError('conflict', 'Try again'),
        );
        return toView(record);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'leave_overlaps')) throw error;
        const existing = await holderOf(record.registrationId, String(error.extra.date));
        if (existing) throw overlaps(existing);
        // The holder was rejected meanwhile and gave the day back: ask again.
        throw new DayReleased(error);
      }
    };
    return retryOnConflict(ask, {
      attempts: ATTEMPTS,
      retryable: (error) => error instanceof DayReleased || isConflict(error),
      exhausted: (last) => (last instanceof DayReleased ? last.refusal : last),
    });
  },

  async get(actor: Actor, leaveId: string): Promise<LeaveView> {
    return toView((await readLeave(actor, leaveId)).request);
  },

  /**
   * The intern's own requests, newest first; a mentor's current mentees' requests by status (pending
   * by default), newest first. A mentor's list is read through the placements as they are now (one
   * Query per mentee, in parallel, bounded by the mentor's maximum of mentees) rather than from a
   * mentor id stored on each request: re-keying requests when an intern moves would have to fit
   * every one of them into the move's transaction, and a stored copy is exactly what went stale.
   */
  async list(actor: Actor, query: { status?: LeaveRecord['status'] }, page: PageRequest) {
    const leave = db().service.entities.leaveRequest;
    if (actor.role === 'intern' && actor.internId) {
      const registrationId = actor.internId;
      return queryPage((o) => leave.query.byIntern({ registrationId }).go({ ...o, order: 'desc' }), page, toView);
    }
    if (actor.role === 'mentor' && actor.mentorId) {
      const status = query.status ?? 'pending';
      const mentees = await menteeIdsOf(actor.mentorId);
      const lists = await Promise.all(
        mentees.map((registrationId) => leave.query.byIntern({ registrationId }).where((a, { eq }) => eq(a.status, status)).go({ pages: 'all' })),
      );
      const key = (r: LeaveRecord) => `${r.createdAt}#${r.leaveId}`;
      const newestFirst = lists.flatMap((l) => l.data).sort((x, y) => (key(x) < key(y) ? 1 : -1));
      const result = listPage(newestFirst, page, key, { order: 'desc' });
      return { items: result.items.map(toView), nextCursor: result.nextCursor };
    }
    throw forbidden('Organisers and coordinators list leave requests by cohort');
  },

  /** A cohort's requests by status (organisers; a coordinator their own university's). */
  async listByCohort(actor: Actor, cohortId: string, query: { status?: LeaveRecord['status'] }, page: PageRequest) {
    await cohortForBoard(actor, cohortId);
    const status = query.status ?? 'pending';
    const own = actor.role === 'coordinator' ? actor.universityId : undefined;
    return queryPage(
      (o) => {
        const q = db().service.entities.leaveRequest.query.byCohort({ cohortId, status });
        return (own ? q.where((a, { eq }) => eq(a.universityId, own)) : q).go({ ...o, order: 'desc' });
      },
      page,
      toView,
      { filtered: Boolean(own) },
    );
  },

  async decide(actor: Actor, leaveId: string, input: LeaveDecisionInput): Promise<LeaveView> {
    return toView(await decideLeave(actor, leaveId, input));
  },
};
