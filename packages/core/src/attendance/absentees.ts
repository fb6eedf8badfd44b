import { auditRecord } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { windowClosed } from './check-in-rules.ts';
import { getCohortRecord, runningCohorts, type CohortRecord } from '../cohorts/records.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { addDays, localDate } from '../time.ts';
import type { Budget } from '../checkpoints/index.ts';
import { passOverCohortDay, type PlacementRow } from '../checkpoints/cohort-pages.ts';
import {
  counterOps,
  INTERN_STATUSES,
  practiceSpan,
  type Builders,
  type DayRecord,
  type InternContext,
} from './records.ts';
import { shardOf } from '../db/shards.ts';

/** Who the job writes as in the audit trail. */
export const ABSENTEE_JOB: Actor = { userId: 'system:mark-absentees', role: 'organiser' };

/**
 * Absences written per transaction. Each costs its day and its audit entry and at most two counters
 * of its own (host unit, university) besides the cohort's: 4 × 24 + 1 stays within the 100 items
 * TransactWriteItems takes. One transaction per group instead of per intern keeps the cohort's
 * counter from being fought over by many small transactions.
 */
const GROUP = 24;

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

/**
 * The one rule for a practice day that has no record: absent once its window has closed, even before
 * this job writes the record. The intern's page and the mentor's list both ask it, so they never disagree.
 */
export function absentWithoutRecord(
  intern: Pick<InternContext, 'cohort' | 'startDate' | 'endDate'>,
  date: string,
  now: Date,
): boolean {
  const { first, last } = practiceSpan(intern);
  return date >= first && date <= last && date <= dayToMark(intern.cohort, now);
}

/** The audit entry of a day the job marks absent, whether marked alone or with its group. */
const markedInAudit = (audit: Builders['audit'], day: DayRecord) =>
  audit
    .create(
      auditRecord(
        ABSENTEE_JOB,
        'attendanceDay',
        `${day.registrationId}:${day.date}`,
        'mark-absent',
        { status: { after: 'absent' } },
        day.createdAt,
      ),
    )
    .commit();

async function markOne(day: DayRecord): Promise<boolean> {
  try {
    await transact(
      ({ attendanceDay, attendanceCounter, audit }) => [
        attendanceDay.create(day).commit(),
        ...counterOps({ attendanceCounter }, day, { absent: 1 }),
        markedInAudit(audit, day),
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
 * Marks a group in one transaction: every day created only while it has none, the counters moved
 * by the group's totals. When any day has gained a record since it was read, the whole transaction
 * is refused and each day is marked on its own, so that day is skipped and the others still counted.
 */
async function markGroup(days: DayRecord[]): Promise<number> {
  if (days.length === 1) return (await markOne(days[0]!)) ? 1 : 0;
  const totals = new Map<string, { dimension: 'all' | 'hostUnit' | 'university'; key: string; absent: number }>();
  const bump = (dimension: 'all' | 'hostUnit' | 'university', key: string) => {
    const t = totals.get(`${dimension}#${key}`) ?? { dimension, key, absent: 0 };
    t.absent++;
    totals.set(`${dimension}#${key}`, t);
  };
  for (const d of days) {
    bump('all', 'all');
    bump('hostUnit', d.hostUnitId);
    bump('university', d.universityId);
  }
  const { cohortId, date } = days[0]!;
  // Counters only add up, so any shard keeps them exact; the group's totals go to its first intern's.
  const shard = shardOf(days[0]!.registrationId);
  try {
    await transact(
      ({ attendanceDay, attendanceCounter, audit }) => [
        ...days.map((day) => attendanceDay.create(day).commit()),
        ...[...totals.values()].map((t) =>
          attendanceCounter
            .update({ cohortId, date, dimension: t.dimension, key: t.key, shard })
            .add({ absent: t.absent })
            .commit(),
        ),
        ...days.map((day) => markedInAudit(audit, day)),
      ],
      () => new DomainError('conflict', 'A day of the group already has a record'),
    );
    return days.length;
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
    let marked = 0;
    for (const day of days) if (await markOne(day)) marked++;
    return marked;
  }
}

export const ABSENTEE_JOB_NAME = 'mark-absentees';
/** Per invocation: at most this many placements read, and no page started after this long. */
export const ABSENTEE_BUDGET: Budget = { items: 5000, ms: 60_000 };

export interface AbsenteeProgress {
  /** False when the budget ran out first: the checkpoint holds the cursor and the next invocation continues. */
  done: boolean;
  runs: AbsenteeRun[];
  /** Placements read by this invocation, over every cohort. */
  scanned: number;
}

/** Marks the page's placed interns who have no record for the day; the number marked. */
async function markPage(cohort: CohortRecord, date: string, now: Date, page: PlacementRow[]): Promise<number> {
  const candidates = page.filter((p) => p.startDate <= date && date <= p.endDate);
  if (candidates.length === 0) return 0;
  const [registrations, days] = await Promise.all([
    batchGet(
      candidates.map((p) => ({ registrationId: p.registrationId })),
      (keys) =>
        db()
          .service.entities.cohortRegistration.get(keys)
          .go({ attributes: ['registrationId', 'status'] }),
    ),
    batchGet(
      candidates.map((p) => ({ registrationId: p.registrationId, date })),
      (keys) => db().service.entities.attendanceDay.get(keys).go(),
    ),
  ]);
  const interns = new Set(registrations.filter((r) => INTERN_STATUSES.includes(r.status)).map((r) => r.registrationId));
  const decided = new Set(days.map((d) => d.registrationId));
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
  let marked = 0;
  for (let i = 0; i < todo.length; i += GROUP) marked += await markGroup(todo.slice(i, i + GROUP));
  return marked;
}

/**
 * Marks one cohort day's absentees: placed interns (accepted or confirmed, the day inside their
 * placement) with no record for the day, i.e. neither a check-in nor approved leave. Each absence is
 * created only while the day has no record, with its counter in the same transaction, so a second
 * run (or a run racing a check-in) counts nothing twice.
 *
 * Incremental: it pages through the cohort's placements from the cohort day's checkpoint and stops
 * once `limit` says so (placements read, time), saving the cursor after every page. A crash loses
 * at most one page's progress, and repeating a page marks nobody twice.
 */
export async function markCohortDay(
  cohort: CohortRecord,
  date: string,
  now: Date,
  limit: { items: number; until: number } = { items: Number.POSITIVE_INFINITY, until: Number.POSITIVE_INFINITY },
): Promise<AbsenteeRun & { done: boolean; scanned: number }> {
  const pass = await passOverCohortDay({
    job: ABSENTEE_JOB_NAME,
    cohortId: cohort.cohortId,
    date,
    at: now,
    limit,
    onPage: (rows) => markPage(cohort, date, now, rows),
  });
  return { cohortId: cohort.cohortId, date, marked: pass.changed, done: pass.done, scanned: pass.scanned };
}

/**
 * One invocation of the absentee job: every running cohort's latest closed day (or one cohort's),
 * continuing where the last invocation stopped, within `budget`. Returns `done: false` when work is
 * left; whoever runs the job calls it again (the dev runner and `pnpm job` at once, the Lambda
 * entry while its time lasts, and otherwise the next scheduled run picks it up from the checkpoint).
 */
export async function markAbsentees(
  options: { now?: Date; cohortId?: string; budget?: Budget } = {},
): Promise<AbsenteeProgress> {
  const now = options.now ?? new Date();
  const budget = options.budget ?? ABSENTEE_BUDGET;
  const until = Date.now() + budget.ms;
  const cohorts = options.cohortId
    ? [await getCohortRecord(options.cohortId)].filter((c): c is CohortRecord => !!c)
    : await runningCohorts();
  const runs: AbsenteeRun[] = [];
  let scanned = 0;
  let done = true;
  for (const cohort of cohorts) {
    if (cohort.status !== 'running') continue;
    const date = dayToMark(cohort, now);
    if (date < cohort.startsOn || date > cohort.endsOn) continue;
    if (scanned >= budget.items || Date.now() >= until) {
      done = false;
      break;
    }
    const run = await markCohortDay(cohort, date, now, { items: budget.items - scanned, until });
    scanned += run.scanned;
    runs.push({ cohortId: run.cohortId, date: run.date, marked: run.marked });
    if (!run.done) done = false;
  }
  return { done, runs, scanned };
}
