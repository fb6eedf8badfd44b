import { requireRole, type Actor } from '../auth/actor.ts';
import { listPage, queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { getMentorRecord } from '../mentors/index.ts';
import { internsById, menteeIdsOf } from '../placements/records.ts';
import { requireCohortRecord, type CohortRecord } from '../cohorts/records.ts';
import { internInScope, menteePlacement, ownPlacement } from './access.ts';
import type {
  CreateLogInput,
  ActivityLogView,
  CohortLogView,
  LogWeekView,
  ReturnWeekInput,
  UpdateLogInput,
} from './activity-logs.schema.ts';
import { ReturnWeekInput as ReturnWeekSchema } from './activity-logs.schema.ts';
import { getWeek, logsOfWeeks, logView, weekStatuses, type WeekRecord } from './records.ts';
import { decideWeek } from './week-review.ts';
import { createLog, updateLog } from './writes.ts';
import type { WEEK_STATUSES } from './log-week.entity.ts';
import { addDays, localDate } from '../time.ts';
import { approvableFrom } from './weeks.ts';

/** When a week may be approved, in its cohort's calendar and time zone. */
function timing(week: Pick<WeekRecord, 'weekStart'>, cohort: CohortRecord, now = Date.now()) {
  const from = approvableFrom(week.weekStart, cohort.endsOn);
  return { approvableFrom: from, over: localDate(now, cohort.timeZone) >= from };
}

async function weekViews(weeks: WeekRecord[]): Promise<LogWeekView[]> {
  const cohortIds = [...new Set(weeks.map((w) => w.cohortId))];
  const [interns, logsByWeek, cohorts] = await Promise.all([
    internsById(weeks.map((w) => w.registrationId)),
    logsOfWeeks(weeks),
    Promise.all(cohortIds.map(requireCohortRecord)),
  ]);
  const cohortOf = new Map(cohorts.map((c) => [c.cohortId, c]));
  return weeks.map((week) => {
    const logs = logsByWeek.get(`${week.registrationId}:${week.weekStart}`) ?? [];
    return {
      registrationId: week.registrationId,
      internName: interns.get(week.registrationId)?.name ?? '',
      cohortId: week.cohortId,
      weekStart: week.weekStart,
      weekEnd: addDays(week.weekStart, 6),
      status: week.status,
      logCount: week.logCount,
      hours: logs.reduce((sum, l) => sum + l.hours, 0),
      ...(week.status === 'returned' && week.comment ? { comment: week.comment } : {}),
      ...(week.reviewedAt ? { reviewedAt: week.reviewedAt } : {}),
      ...timing(week, cohortOf.get(week.cohortId)!),
      logs: logs.map(logView),
      version: week.version,
    };
  });
}

/**
 * The caller's scope check on the intern and the week, read in one round trip. A week read for an
 * intern out of scope is discarded: the scope's 404 comes first.
 */
async function weekInScope<P>(scope: Promise<P>, registrationId: string, weekStart: string): Promise<[P, WeekRecord]> {
  const [placement, week] = await Promise.all([scope, getWeek(registrationId, weekStart)]);
  if (!week) throw notFound('Week');
  return [placement, week];
}

/**
 * Activity logs (实践日志): interns write one per day; mentors review their mentees' weeks
 * (approve, or return with a comment); a returned week is corrected and resubmitted; an approved
 * week is locked.
 */
export const ActivityLogs = {
  async create(actor: Actor, registrationId: string, input: CreateLogInput): Promise<ActivityLogView> {
    requireRole(actor, 'intern');
    return logView(await createLog(actor, await ownPlacement(actor, registrationId), input));
  },

  async update(actor: Actor, registrationId: string, logDate: string, input: UpdateLogInput): Promise<ActivityLogView> {
    requireRole(actor, 'intern');
    await ownPlacement(actor, registrationId);
    return logView(await updateLog(actor, registrationId, logDate, input));
  },

  /** An intern's logs, newest first. */
  async listByIntern(actor: Actor, registrationId: string, page: PageRequest): Promise<Page<ActivityLogView>> {
    await internInScope(actor, registrationId);
    return queryPage(
      (options) =>
        db()
          .service.entities.activityLog.query.byIntern({ registrationId })
          .go({ ...options, order: 'desc' }),
      page,
      logView,
    );
  },

  /** An intern's weeks with their logs and review state, newest first. */
  async weeksOfIntern(actor: Actor, registrationId: string, page: PageRequest): Promise<Page<LogWeekView>> {
    await internInScope(actor, registrationId);
    const result = await queryPage(
      (options) =>
        db()
          .service.entities.logWeek.query.byIntern({ registrationId })
          .go({ ...options, order: 'desc' }),
      page,
    );
    return { items: await weekViews(result.items), nextCursor: result.nextCursor };
  },

  async week(actor: Actor, registrationId: string, weekStart: string): Promise<LogWeekView> {
    const [, week] = await weekInScope(internInScope(actor, registrationId), registrationId, weekStart);
    return (await weekViews([week]))[0]!;
  },

  /**
   * A mentor's current mentees' weeks in one review state (pending: to review), oldest first. Read
   * through the placements as they are now (one Query per mentee, in parallel, bounded by the
   * mentor's maximum of mentees), not from a mentor id stored on the week: after a move the
   * intern's pending weeks are the new mentor's, and re-keying them would have to fit every week
   * into the move's transaction.
   */
  async weeksOfMentor(
    actor: Actor,
    mentorId: string,
    status: (typeof WEEK_STATUSES)[number],
    page: PageRequest,
  ): Promise<Page<LogWeekView>> {
    if (actor.role === 'mentor') {
      if (actor.mentorId !== mentorId) throw notFound('Mentor');
    } else if (actor.role !== 'organiser') {
      throw forbidden();
    }
    if (!(await getMentorRecord(mentorId))) throw notFound('Mentor');
    const mentees = await menteeIdsOf(mentorId);
    const lists = await Promise.all(
      mentees.map((registrationId) =>
        db()
          .service.entities.logWeek.query.byIntern({ registrationId })
          .where((a, { eq }) => eq(a.status, status))
          .go({ pages: 'all' }),
      ),
    );
    const key = (w: WeekRecord) => `${w.weekStart}#${w.registrationId}`;
    const oldestFirst = lists.flatMap((l) => l.data).sort((x, y) => (key(x) < key(y) ? -1 : 1));
    const result = listPage(oldestFirst, page, key);
    return { items: await weekViews(result.items), nextCursor: result.nextCursor };
  },

  /**
   * A cohort's logs by university and intern (organisers; a coordinator reads their own university's),
   * each with its week's review state: the weeks of the page's logs in one BatchGet. Not an index on
   * the weeks by cohort: one partition for a whole cohort would take every intern's log writes.
   */
  async listByCohort(actor: Actor, cohortId: string, page: PageRequest): Promise<Page<CohortLogView>> {
    requireRole(actor, 'organiser', 'coordinator');
    await requireCohortRecord(cohortId);
    const { activityLog } = db().service.entities;
    const logs = await queryPage(
      (options) =>
        (actor.role === 'coordinator'
          ? activityLog.query.byCohort({ cohortId, universityId: actor.universityId! })
          : activityLog.query.byCohort({ cohortId })
        ).go(options),
      page,
    );
    const statuses = await weekStatuses(logs.items);
    return {
      items: logs.items.map((log) => ({
        ...logView(log),
        // Every log write puts its week in the same transaction, so a log always has one; a week
        // that is not there has not been reviewed.
        weekStatus: statuses.get(`${log.registrationId}:${log.weekStart}`) ?? 'pending',
      })),
      nextCursor: logs.nextCursor,
    };
  },

  /**
   * Approval locks the week's logs, so it waits until the week is over: from the day after its last
   * cohort day (cohort time zone), else 409 `week_not_over` with that date. Returning a week with a
   * comment locks nothing and is allowed while it runs.
   */
  async approveWeek(actor: Actor, registrationId: string, weekStart: string): Promise<LogWeekView> {
    requireRole(actor, 'mentor');
    const [, week] = await weekInScope(menteePlacement(actor, registrationId), registrationId, weekStart);
    const when = timing(week, await requireCohortRecord(week.cohortId));
    if (!when.over) {
      throw new DomainError(
        'week_not_over',
        `The week can be approved from ${when.approvableFrom}, once its last day is over`,
        { approvableFrom: when.approvableFrom },
      );
    }
    return (await weekViews([await decideWeek(actor, week, 'pending', { to: 'approved' })]))[0]!;
  },

  async returnWeek(
    actor: Actor,
    registrationId: string,
    weekStart: string,
    input: ReturnWeekInput,
  ): Promise<LogWeekView> {
    requireRole(actor, 'mentor');
    const { comment } = ReturnWeekSchema.parse(input);
    const [, week] = await weekInScope(menteePlacement(actor, registrationId), registrationId, weekStart);
    return (await weekViews([await decideWeek(actor, week, 'pending', { to: 'returned', comment })]))[0]!;
  },

  /** The intern sends a corrected, returned week back to the mentor. */
  async resubmitWeek(actor: Actor, registrationId: string, weekStart: string): Promise<LogWeekView> {
    requireRole(actor, 'intern');
    const [, week] = await weekInScope(ownPlacement(actor, registrationId), registrationId, weekStart);
    if (week.status === 'approved')
      throw new DomainError('week_reviewed', 'Your mentor has approved this week already');
    return (await weekViews([await decideWeek(actor, week, 'returned', { to: 'pending' })]))[0]!;
  },
};
