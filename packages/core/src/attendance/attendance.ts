import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import type { PageRequest } from '../db/pagination.ts';
import { datesBetween } from './check-in-rules.ts';
import { notFound } from '../errors.ts';
import { localDate } from '../time.ts';
import { absentWithoutRecord, markAbsentees, markCohortDay } from './absentees.ts';
import type { InternAttendanceView } from './attendance.schema.ts';
import { readBoard, readRoster } from './board.ts';
import { readDays } from './days.ts';
import { internContext, practiceSpan, visibleIntern, type DayRecord, type InternContext } from './records.ts';

export type DayOutcome = InternAttendanceView['days'][number]['outcome'];

/** What the days depend on: the intern's placement dates within their cohort's. */
type PracticeSpan = Pick<InternContext, 'registrationId' | 'cohort' | 'startDate' | 'endDate'>;

/** Each day of the intern's practice from the stored records; a past day with none counts as absent. */
async function daysFor(intern: PracticeSpan, now: Date): Promise<InternAttendanceView> {
  const { cohort } = intern;
  const today = localDate(now, cohort.timeZone);
  const { first, last } = practiceSpan(intern);
  const { data } = await db()
    .service.entities.attendanceDay.query.byIntern({ registrationId: intern.registrationId })
    .go({ pages: 'all' });
  const byDate = new Map<string, DayRecord>(data.map((d) => [d.date, d]));
  return {
    registrationId: intern.registrationId,
    cohortId: cohort.cohortId,
    today,
    timeZone: cohort.timeZone,
    checkInWindow: cohort.checkInWindow,
    days: datesBetween(first, last).map((date) => {
      const d = byDate.get(date);
      if (!d) return { date, outcome: absentWithoutRecord(intern, date, now) ? 'absent' : 'future' };
      const outcome: DayOutcome = d.status === 'present' ? (d.syncedLate ? 'late_synced' : 'present') : d.status;
      return {
        date,
        outcome,
        ...(d.checkedInAt ? { checkedInAt: d.checkedInAt } : {}),
        ...(d.syncedLate !== undefined ? { syncedLate: d.syncedLate } : {}),
        ...(d.outsideRadius !== undefined ? { outsideRadius: d.outsideRadius } : {}),
        ...(d.leaveId ? { leaveId: d.leaveId } : {}),
      };
    }),
  };
}

export const Attendance = {
  /** Headline counts and the breakdown by host unit and university for a cohort day, from counters. */
  board: (actor: Actor, cohortId: string, query: { date?: string }, now?: Date) =>
    readBoard(actor, cohortId, query, now),

  /** Each cohort day so far with its counts, for the dashboard (organisers; a coordinator their university's). */
  days: (actor: Actor, cohortId: string, now?: Date) => readDays(actor, cohortId, now),

  /** Who: a page of the cohort day's interns with their status, or only those with one status. */
  roster: (
    actor: Actor,
    cohortId: string,
    query: { date?: string; status?: DayRecord['status'] },
    page: PageRequest,
    now?: Date,
  ) => readRoster(actor, cohortId, query, page, now),

  /** One intern's days (the intern, their mentor, their coordinator, organisers). */
  async forIntern(actor: Actor, registrationId: string, now = new Date()): Promise<InternAttendanceView> {
    return daysFor(await visibleIntern(actor, registrationId), now);
  },

  /**
   * For the stipend rules: each day of the intern's practice as `present | late_synced | leave |
   * absent | future`. A day whose window has closed and has no record is absent even before the
   * absentee job has run; today before the window closes and every later day is `future`.
   */
  async daysOf(intern: string | PracticeSpan, now = new Date()): Promise<Array<{ date: string; outcome: DayOutcome }>> {
    // A caller that already holds the placement and the cohort (a page of statements) passes them, saving three reads
    // per intern.
    const span = typeof intern === 'string' ? await internContext(intern) : intern;
    if (!span) throw notFound('Intern');
    return (await daysFor(span, now)).days.map(({ date, outcome }) => ({ date, outcome }));
  },

  markAbsentees,
  markCohortDay,
};
