import { auditRecord } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { windowClosed } from '../check-ins/rules.ts';
import { getCohortRecord, type CohortRecord } from '../cohorts/records.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { addDays, localDate } from '../time.ts';
import { counterOps, INTERN_STATUSES, type DayRecord } from './records.ts';

/** Who the job writes as in the audit trail. */
export const ABSENTEE_JOB: Actor = { userId: 'system:mark-absentees', role: 'organiser' };

const PARALLEL = 8;

export interface AbsenteeRun {
  cohortId: string;
  date: string;
  marked: number;
}

/** The latest day whose window has closed: today once past the window's end, yesterday before it. */
export function dayToMark(cohort: Pick<CohortRecord, 'timeZone' | 'checkInWindow'>, now: Date): string {
  const today = localDate(now, cohort.timeZone);
  return windowClosed(now, cohort.timeZone, cohort.checkInWindow) ? today : addDays(today, -1);
}

async function markOne(day: DayRecord): Promise<boolean> {
  try {
    await transact(
      ({ attendanceDay, attendanceCounter, audit }) => [
        attendanceDay.create(day).commit(),
        ...counterOps({ attendanceCounter }, day, { absent: 1 }),
        audit.create(auditRecord(ABSENTEE_JOB, 'attendanceDay', `${day.registrationId}:${day.date}`, 'mark-absent', { status: { after: 'absent' } }, day.createdAt)).commit(),
      ],
      () => new DomainError('conflict', 'The day already has a record'),
    );
    return true;
  } catch (error) {
    // A record appeared meanwhile (a late check-in, a leave approval, another run): that day is decided.
    if (error instanceof DomainError && error.code === 'conflict') return false;
    throw error;
  }
}

/**
 * Marks one cohort day's absentees: placed interns (accepted or confirmed, the day inside their
 * placement) with no record for the day, i.e. neither a check-in nor approved leave. Each absence is
 * created only while the day has no record, with its counter in the same transaction, so a second
 * run (or a run racing a check-in) counts nothing twice.
 */
export async function markCohortDay(cohort: CohortRecord, date: string, now: Date): Promise<AbsenteeRun> {
  let marked = 0;
  let cursor: string | null = null;
  do {
    const page: { data: Array<{ registrationId: string; universityId: string; hostUnitId: string; mentorKey: string; startDate: string; endDate: string }>; cursor: string | null } =
      await db().service.entities.placement.query.byCohort({ cohortId: cohort.cohortId }).go({ cursor, count: 100 });
    cursor = page.cursor;
    const candidates = page.data.filter((p) => p.startDate <= date && date <= p.endDate);
    if (candidates.length === 0) continue;
    const keys = candidates.map((p) => ({ registrationId: p.registrationId }));
    const [registrations, days] = await Promise.all([
      db().service.entities.cohortRegistration.get(keys).go({ attributes: ['registrationId', 'status'] }),
      db().service.entities.attendanceDay.get(candidates.map((p) => ({ registrationId: p.registrationId, date }))).go(),
    ]);
    const interns = new Set(registrations.data.filter((r) => INTERN_STATUSES.includes(r.status)).map((r) => r.registrationId));
    const decided = new Set(days.data.map((d) => d.registrationId));
    const at = now.toISOString();
    const todo = candidates
      .filter((p) => interns.has(p.registrationId) && !decided.has(p.registrationId))
      .map(
        (p): DayRecord => ({
          registrationId: p.registrationId,
          date,
          cohortId: cohort.cohortId,
          universityId: p.universityId,
          hostUnitId: p.hostUnitId,
          mentorKey: p.mentorKey,
          status: 'absent',
          markedAt: at,
          createdAt: at,
          updatedAt: at,
        }),
      );
    for (let i = 0; i < todo.length; i += PARALLEL) {
      const results = await Promise.all(todo.slice(i, i + PARALLEL).map(markOne));
      marked += results.filter(Boolean).length;
    }
  } while (cursor);
  return { cohortId: cohort.cohortId, date, marked };
}

/** Every running cohort's latest closed day (or one cohort's, when given). */
export async function markAbsentees(options: { now?: Date; cohortId?: string } = {}): Promise<AbsenteeRun[]> {
  const now = options.now ?? new Date();
  const cohorts = options.cohortId
    ? [await getCohortRecord(options.cohortId)].filter((c): c is CohortRecord => !!c)
    : (await db().service.entities.cohort.query.all({}).where((a, { eq }) => eq(a.status, 'running')).go({ pages: 'all' })).data;
  const runs: AbsenteeRun[] = [];
  for (const cohort of cohorts) {
    if (cohort.status !== 'running') continue;
    const date = dayToMark(cohort, now);
    if (date < cohort.startsOn || date > cohort.endsOn) continue;
    runs.push(await markCohortDay(cohort, date, now));
  }
  return runs;
}
