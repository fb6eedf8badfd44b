import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { outboxOp } from '../outbox/events.ts';
import { DomainError, forbidden } from '../errors.ts';
import { getDay, INTERN_STATUSES, internContext, practiceSpan, toDayView, type DayRecord } from './records.ts';
import type { AttendanceDayView } from './attendance.schema.ts';
import type { DailyCheckInInput } from './check-ins.schema.ts';
import { cohortDay, distanceM, insideWindow, judgeHappenedAt } from './check-in-rules.ts';
import { checkInRecorded, checkInWrites, NONCE_KIND } from './check-in-writes.ts';

/** Runs of one check-in, the first included, while other writes to the same day win. */
const ATTEMPTS = 21;

export interface CheckInOptions {
  /** The Idempotency-Key header; used as the nonce when the body has none. */
  idempotencyKey?: string;
  /** The server's clock; tests and scripts pass their own. */
  now?: Date;
}

export interface CheckInResult {
  checkIn: AttendanceDayView;
  /** True when this request repeated an earlier one (same nonce) and nothing new was written. */
  replayed: boolean;
}

const alreadyCheckedIn = (day: DayRecord) =>
  new DomainError('already_checked_in', `Already checked in at ${day.checkedInAt}`, {
    checkedInAt: day.checkedInAt,
    date: day.date,
  });

class Lost extends Error {
  constructor(readonly what: 'day' | 'nonce') {
    super(what);
  }
}

async function replayOfNonce(registrationId: string, nonce: string): Promise<CheckInResult | null> {
  const guard = (
    await db()
      .service.entities.unique.get({ kind: NONCE_KIND, value: `${registrationId}:${nonce}` })
      .go()
  ).data;
  if (!guard) return null;
  const day = await getDay(registrationId, guard.ownerId);
  return day ? { checkIn: toDayView(day), replayed: true } : null;
}

export const DailyCheckInWrites = {
  /**
   * The intern's check-in (签到) for the cohort day the tap happened on. Exactly once per intern and
   * day: the day record is created only while none exists (an absence or leave is turned into
   * presence, conditioned on the status read), and the nonce guard, the day's counters and the audit
   * entry go in the same transaction. A resend with the same nonce returns the first check-in; any
   * other second check-in that day is `already_checked_in` with the time of the first.
   */
  async checkIn(actor: Actor, input: DailyCheckInInput, options: CheckInOptions = {}): Promise<CheckInResult> {
    requireRole(actor, 'intern');
    if (!actor.internId) throw forbidden('This account is not an intern');
    const registrationId = actor.internId;
    const now = options.now ?? new Date();
    const nonce = input.clientNonce ?? options.idempotencyKey;

    const verdict = judgeHappenedAt(now, input.happenedAt);
    if (!verdict.ok) {
      if (verdict.reason === 'future') {
        throw new DomainError('validation_failed', 'happenedAt is in the future', {
          errors: [{ path: 'happenedAt', message: 'Later than now', code: 'in_future' }],
        });
      }
      throw new DomainError(
        'sync_too_late',
        'This check-in happened more than 48 hours ago and can no longer be uploaded',
        { happenedAt: input.happenedAt },
      );
    }
    const intern = await internContext(registrationId);
    if (!intern || !INTERN_STATUSES.includes(intern.status))
      throw new DomainError('not_in_session', 'You are not a placed intern of a cohort');
    const { cohort } = intern;
    if (cohort.status !== 'running') throw new DomainError('not_in_session', 'The cohort is not running');
    const date = cohortDay(verdict.at, cohort.timeZone);
    const { first, last } = practiceSpan(intern);
    if (date < first || date > last)
      throw new DomainError('not_in_session', `${date} is not a day of your practice (${first} to ${last})`, { date });
    if (!insideWindow(verdict.at, cohort.timeZone, cohort.checkInWindow)) {
      throw new DomainError(
        'outside_check_in_window',
        `Check-in is open from ${cohort.checkInWindow.start} to ${cohort.checkInWindow.end} (${cohort.timeZone})`,
        {
          window: cohort.checkInWindow,
          timeZone: cohort.timeZone,
        },
      );
    }

    // The unit is read only to measure a sent location, and only the two attributes that takes.
    const unit = input.location
      ? (
          await db()
            .service.entities.hostUnit.get({ hostUnitId: intern.hostUnitId })
            .go({ attributes: ['location', 'checkInRadiusM'] })
        ).data
      : null;
    let distance: number | undefined;
    let outsideRadius: boolean | undefined;
    if (input.location && unit?.location) {
      distance = distanceM(input.location, unit.location);
      if (unit.checkInRadiusM) outsideRadius = distance > unit.checkInRadiusM;
    }

    // The first run assumes no record yet (most check-ins are the day's first), so the day is not
    // read before writing: the create's condition is the check. Only when it fails is the day read,
    // and the check-in decided again against what is there (a resend, a second device, an absence).
    const decide = async (attempt: number): Promise<CheckInResult> => {
      const before = attempt === 0 ? null : await getDay(registrationId, date);
      if (before?.status === 'present') {
        if (nonce && before.clientNonce === nonce) return { checkIn: toDayView(before), replayed: true };
        throw alreadyCheckedIn(before);
      }
      const at = now.toISOString();
      const after: DayRecord = {
        registrationId,
        date,
        cohortId: cohort.cohortId,
        universityId: intern.universityId,
        hostUnitId: intern.hostUnitId,
        mentorKey: intern.mentorKey,
        status: 'present',
        checkedInAt: verdict.at.toISOString(),
        receivedAt: at,
        syncedLate: verdict.syncedLate,
        ...(nonce ? { clientNonce: nonce } : {}),
        ...(input.location ? { location: input.location } : {}),
        ...(distance !== undefined ? { distanceM: distance } : {}),
        ...(outsideRadius !== undefined ? { outsideRadius } : {}),
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
      };
      try {
        await transact(
          (entities) => [
            ...checkInWrites(entities, { actor, before, after, nonce, syncedLate: verdict.syncedLate }),
            outboxOp(entities, checkInRecorded(after)),
          ],
          (failed) => {
            throw new Lost(failed.index === 0 ? 'day' : 'nonce');
          },
        );
        return { checkIn: toDayView(after), replayed: false };
      } catch (error) {
        if (error instanceof Lost && error.what === 'nonce' && nonce) {
          const replay = await replayOfNonce(registrationId, nonce);
          if (replay) return replay;
        }
        throw error;
      }
    };
    // A record was already there, or the day changed under us (another device, the absentee job, a
    // leave approval): read it and decide again.
    return retryOnConflict(decide, {
      attempts: ATTEMPTS,
      retryable: (error) => error instanceof Lost || isConflict(error),
      exhausted: (last) =>
        last instanceof Lost
          ? new DomainError('conflict', 'The check-in is being recorded by another request; try again')
          : last,
    });
  },
};
