import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { excusalsFor, excuseOps, type Excusal } from '../attendance/excusals.ts';
import { datesBetween } from '../attendance/check-in-rules.ts';
import type { AppService } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, forbidden } from '../errors.ts';
import type { LeaveDecisionInput } from './leave.schema.ts';
import { readLeave, releaseDays, type LeaveRecord } from './records.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';

/** Runs of one decision, the first included, while its days or the placement change under it. */
const ATTEMPTS = 11;
type Label = 'request' | 'mentor' | 'other';
type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

/**
 * The mentor (of their mentees as placed now) or an organiser approves or rejects. Approval turns
 * each day of the leave into a `leave` record in the same transaction as the request and the
 * counters: a day without a record or marked absent becomes excused; a day already checked in stays
 * present. Rejection gives the request's days back in the same transaction, so they can be asked
 * for again. A mentor's decision holds only while the placement still names them: a move racing the
 * decision ends in one of the two, never in the old mentor deciding for the new one.
 */
export async function decideLeave(actor: Actor, leaveId: string, input: LeaveDecisionInput): Promise<LeaveRecord> {
  // A check-in or absence landed on one of the days, or the intern moved meanwhile: read again (a
  // mentor who no longer has the intern then finds no request).
  return retryOnConflict(() => decideOnce(actor, leaveId, input), { attempts: ATTEMPTS });
}

async function decideOnce(actor: Actor, leaveId: string, input: LeaveDecisionInput): Promise<LeaveRecord> {
  const { request: before, placement } = await readLeave(actor, leaveId);
  if (actor.role !== 'organiser' && actor.role !== 'mentor')
    throw forbidden('Only the mentor or an organiser decides on leave');
  if (before.version !== input.version)
    throw new DomainError('version_conflict', 'The request has changed; reload it', { currentVersion: before.version });
  if (before.status !== 'pending')
    throw new DomainError('invalid_transition', `The request is already ${before.status}`);
  const at = new Date().toISOString();
  const after: LeaveRecord = {
    ...before,
    status: input.decision === 'approve' ? 'approved' : 'rejected',
    ...(input.comment ? { decisionComment: input.comment } : {}),
    decidedBy: actor.userId,
    decidedAt: at,
    updatedAt: at,
    version: before.version + 1,
  };
  const dates = datesBetween(before.from, before.to);
  const days: Excusal[] =
    input.decision === 'approve' ? await excusalsFor({ ...before, leaveId }, dates, placement, at) : [];
  const labels: Label[] = [];
  // The intern is told of the decision; the event is written with it or not at all.
  const decided = peopleEvent('leave.decided', {
    leaveId,
    registrationId: before.registrationId,
    from: before.from,
    to: before.to,
    status: after.status as 'approved' | 'rejected',
    ...(input.comment ? { comment: input.comment } : {}),
  });
  await transact(
    ({ leaveRequest, attendanceDay, attendanceCounter, placement: placements, unique, audit, outboxEvent }) => {
      const ops: unknown[] = [];
      const push = (label: Label, ...items: unknown[]) => {
        for (const item of items) {
          labels.push(label);
          ops.push(item);
        }
      };
      push(
        'request',
        leaveRequest
          .put(after)
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, 'pending')}`)
          .commit(),
      );
      if (actor.role === 'mentor') {
        push(
          'mentor',
          placements
            .check({ registrationId: before.registrationId })
            .where((a, { eq }) => eq(a.mentorKey, actor.mentorId!))
            .commit(),
        );
      }
      for (const excusal of days) push('other', ...excuseOps({ attendanceDay, attendanceCounter }, excusal));
      if (input.decision === 'reject') push('other', ...releaseDays({ unique }, before.registrationId, dates, leaveId));
      push(
        'other',
        audit
          .create(auditRecord(actor, 'leaveRequest', leaveId, input.decision, diffChanges(before, after), at))
          .commit(),
      );
      push('other', outboxOp({ outboxEvent }, decided));
      return ops as Ops;
    },
    (failed) =>
      labels[failed.index] === 'request'
        ? new DomainError('version_conflict', 'The request was decided meanwhile; reload it')
        : new DomainError(
            'conflict',
            labels[failed.index] === 'mentor'
              ? 'The intern moved to another mentor meanwhile'
              : 'A day of the leave changed meanwhile',
          ),
  );
  return after;
}
