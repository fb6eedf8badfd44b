import type { Actor } from '../auth/actor.ts';
import { datesBetween } from './check-in-rules.ts';
import { localDate } from '../time.ts';
import type { AttendanceDaysView } from './attendance.schema.ts';
import { dayCounterOnDates } from './counters.ts';
import { cohortForBoard } from './records.ts';

/**
 * Each cohort day so far with its checked in / on leave / absent counts, for the dashboard's
 * attendance chart. One Query per day of that day's counter shards (the cohort-wide counter for
 * organisers, the university's for a coordinator): a fixed number of items per day however many
 * interns the cohort has. Days after today have no counters yet and are left out.
 */
export async function readDays(actor: Actor, cohortId: string, now = new Date()): Promise<AttendanceDaysView> {
  const cohort = await cohortForBoard(actor, cohortId);
  const today = localDate(now, cohort.timeZone);
  const last = cohort.endsOn < today ? cohort.endsOn : today;
  const dates = cohort.startsOn <= last ? datesBetween(cohort.startsOn, last) : [];
  const byDate =
    actor.role === 'coordinator'
      ? await dayCounterOnDates(cohortId, dates, 'university', actor.universityId!)
      : await dayCounterOnDates(cohortId, dates, 'all', 'all');
  return {
    cohortId,
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    today,
    days: dates.map((date) => {
      const c = byDate.get(date);
      return {
        date,
        checkedIn: c?.checkedIn ?? 0,
        syncedLate: c?.syncedLate ?? 0,
        onLeave: c?.onLeave ?? 0,
        absent: c?.absent ?? 0,
      };
    }),
  };
}
