import type { Actor } from '../auth/actor.ts';
import { datesBetween } from '../check-ins/rules.ts';
import { db } from '../db/service.ts';
import { localDate } from '../time.ts';
import type { AttendanceDaysView } from './attendance.schema.ts';
import { cohortForBoard } from './records.ts';

/**
 * Each cohort day so far with its checked in / on leave / absent counts, for the dashboard's
 * attendance chart. One BatchGet of the day counters (the cohort-wide one for organisers, the
 * university's for a coordinator): one item per day however many interns the cohort has. Days
 * after today have no counters yet and are left out.
 */
export async function readDays(actor: Actor, cohortId: string, now = new Date()): Promise<AttendanceDaysView> {
  const cohort = await cohortForBoard(actor, cohortId);
  const today = localDate(now, cohort.timeZone);
  const last = cohort.endsOn < today ? cohort.endsOn : today;
  const dates = cohort.startsOn <= last ? datesBetween(cohort.startsOn, last) : [];
  const key = actor.role === 'coordinator' ? { dimension: 'university' as const, key: actor.universityId! } : { dimension: 'all' as const, key: 'all' };
  const counters = dates.length
    ? (await db().service.entities.attendanceCounter.get(dates.map((date) => ({ cohortId, date, ...key }))).go()).data
    : [];
  const byDate = new Map(counters.map((c) => [c.date, c]));
  return {
    cohortId,
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    today,
    days: dates.map((date) => {
      const c = byDate.get(date);
      return { date, checkedIn: c?.checkedIn ?? 0, syncedLate: c?.syncedLate ?? 0, onLeave: c?.onLeave ?? 0, absent: c?.absent ?? 0 };
    }),
  };
}
