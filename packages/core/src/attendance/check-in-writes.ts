import { auditRecord } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { counterOps, transition, type DayRecord } from './records.ts';
import type { AppService } from '../db/service.ts';
import { domainEvent, type DomainEvent } from '../outbox/events.ts';

export const NONCE_KIND = 'checkInNonce';
export const CHECK_IN_RECORDED = 'check-in.recorded';

type Builders = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

export interface CheckInWrite {
  actor: Actor;
  /** The day's record as read before (an absence or leave turned into presence), or null. */
  before: DayRecord | null;
  after: DayRecord;
  nonce?: string;
  syncedLate: boolean;
}

/**
 * The state change of a check-in: the day record (created, or replaced only while it is still what
 * was read), the nonce guard, the day's counters and the audit entry. The day comes first: a failed
 * condition at index 0 means the day changed under the caller. The request path adds the outbox
 * event to these in the same transaction; the benchmark builds both with and without it.
 */
export function checkInWrites(
  entities: Pick<Builders, 'attendanceDay' | 'attendanceCounter' | 'unique' | 'audit'>,
  write: CheckInWrite,
) {
  const { attendanceDay, attendanceCounter, unique, audit } = entities;
  const { before, after, nonce, actor } = write;
  return [
    before
      ? attendanceDay
          .put(after)
          .where((a, { eq }) => `${eq(a.status, before.status)} AND ${eq(a.updatedAt, before.updatedAt)}`)
          .commit()
      : attendanceDay.create(after).commit(),
    ...(nonce
      ? [unique.create({ kind: NONCE_KIND, value: `${after.registrationId}:${nonce}`, ownerId: after.date }).commit()]
      : []),
    ...counterOps({ attendanceCounter }, after, transition(before, after)),
    audit
      .create(
        auditRecord(
          actor,
          'attendanceDay',
          `${after.registrationId}:${after.date}`,
          write.syncedLate ? 'check-in-late-sync' : 'check-in',
          {
            status: { ...(before ? { before: before.status } : {}), after: 'present' },
            checkedInAt: { after: after.checkedInAt },
          },
          after.updatedAt,
        ),
      )
      .commit(),
  ];
}

/**
 * `check-in.recorded`: who checked in for which cohort day, so whatever follows a check-in (a
 * reminder no longer due, a streak, a mentor's view) hears of it without reading the request path.
 */
export function checkInRecorded(after: DayRecord): DomainEvent {
  return domainEvent(
    CHECK_IN_RECORDED,
    {
      registrationId: after.registrationId,
      cohortId: after.cohortId,
      date: after.date,
      hostUnitId: after.hostUnitId,
      universityId: after.universityId,
      mentorKey: after.mentorKey,
      checkedInAt: after.checkedInAt,
      syncedLate: after.syncedLate ?? false,
    },
    after.updatedAt,
  );
}
