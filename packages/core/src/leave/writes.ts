import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { INTERN_STATUSES, internContext, practiceSpan } from '../attendance/records.ts';
import { datesBetween } from '../attendance/check-in-rules.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { decideLeave } from './decide.ts';
import type { CreateLeaveInput, LeaveDecisionInput, LeaveView } from './leave.schema.ts';
import { claimDays, holderOf, overlaps, toView, type LeaveRecord } from './records.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';
import { NO_MENTOR } from '../placements/placement.entity.ts';

/** Runs of one request, the first included, while its days or counters change under it. */
const ATTEMPTS = 11;

/** A day the request wanted was held, but by nobody any more: the request is sent again. */
class DayReleased extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }
}

export const LeaveWrites = {
  /**
   * An intern asks for leave (请假) over days of their practice; their mentor or an organiser decides.
   * A day already held by a pending or approved request is refused (409 `leave_overlaps` naming that
   * request), so a double tap or a resend gives one request.
   */
  async request(actor: Actor, input: CreateLeaveInput): Promise<LeaveView> {
    requireRole(actor, 'intern');
    const intern = actor.internId ? await internContext(actor.internId) : null;
    if (!intern || !INTERN_STATUSES.includes(intern.status))
      throw new DomainError('not_in_session', 'You are not a placed intern of a cohort');
    const { first, last } = practiceSpan(intern);
    if (input.from < first || input.to > last) {
      throw new DomainError('validation_failed', `Leave must fall within your practice (${first} to ${last})`, {
        errors: [
          {
            path: input.from < first ? 'from' : 'to',
            message: `Between ${first} and ${last}`,
            code: 'out_of_range',
            params: { from: first, to: last },
          },
        ],
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
            audit
              .create(auditRecord(actor, 'leaveRequest', record.leaveId, 'create', diffChanges(undefined, record), at))
              .commit(),
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

  async decide(actor: Actor, leaveId: string, input: LeaveDecisionInput): Promise<LeaveView> {
    return toView(await decideLeave(actor, leaveId, input));
  },
};
