// The review of a log week: the mentor's approve or return and the intern's resubmission. Kept apart
// from the log writes because it moves the week's state, not the logs in it.
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';
import type { WeekRecord } from './records.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

export type WeekDecision =
  | { to: 'approved'; comment?: undefined }
  | { to: 'returned'; comment: string }
  | { to: 'pending'; comment?: undefined };

/**
 * Moves a week between review states: the mentor approves or returns a pending week, the intern
 * resubmits a returned one. The condition on the read status makes two reviews of one week end in
 * one decision; a mentor's review also holds only while the placement still names them, so a move
 * racing the review never lets the previous mentor decide for the new one.
 */
export async function decideWeek(
  actor: Actor,
  week: WeekRecord,
  from: WeekRecord['status'],
  decision: WeekDecision,
): Promise<WeekRecord> {
  if (week.status !== from) {
    throw new DomainError('invalid_transition', `The week is ${week.status}, not ${from}`, {
      from: week.status,
      to: decision.to,
    });
  }
  const at = new Date().toISOString();
  const reviewed = decision.to !== 'pending';
  const after: WeekRecord = {
    ...week,
    status: decision.to,
    ...(reviewed ? { reviewedAt: at, reviewedBy: actor.userId, comment: decision.comment } : {}),
    updatedAt: at,
    version: week.version + 1,
  };
  if (decision.to === 'approved') delete after.comment;
  // A returned week is the intern's to fix: they are told, with the mentor's comment.
  const returned =
    decision.to === 'returned'
      ? peopleEvent('activity-week.returned', {
          registrationId: week.registrationId,
          weekStart: week.weekStart,
          comment: decision.comment,
        })
      : undefined;
  await transact(
    ({ logWeek, placement, audit, outboxEvent }) =>
      [
        logWeek
          .patch({ registrationId: week.registrationId, weekStart: week.weekStart })
          .set({
            status: after.status,
            updatedAt: at,
            version: after.version,
            ...(reviewed ? { reviewedAt: at, reviewedBy: actor.userId } : {}),
            ...(decision.comment ? { comment: decision.comment } : {}),
          })
          .where((a, { eq }) => `${eq(a.status, from)} AND ${eq(a.version, week.version)}`)
          .commit(),
        audit
          .create(
            auditRecord(
              actor,
              'logWeek',
              `${week.registrationId}:${week.weekStart}`,
              decision.to === 'pending' ? 'resubmit' : decision.to === 'approved' ? 'approve' : 'return',
              diffChanges({ ...week }, { ...after }),
              at,
            ),
          )
          .commit(),
        ...(actor.role === 'mentor'
          ? [
              placement
                .check({ registrationId: week.registrationId })
                .where((a, { eq }) => eq(a.mentorKey, actor.mentorId!))
                .commit(),
            ]
          : []),
        ...(returned ? [outboxOp({ outboxEvent }, returned)] : []),
      ] as Ops,
    (failed) =>
      failed.index === 2
        ? new DomainError('not_found', 'Intern was not found')
        : new DomainError(
            'invalid_transition',
            'The week was reviewed or changed by another request meanwhile; reload it',
          ),
  );
  return after;
}
