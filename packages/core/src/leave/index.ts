import type { EntityItem } from 'electrodb';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { canSeeIntern, cohortForBoard, counterOps, INTERN_STATUSES, internContext, practiceSpan, transition, type DayRecord } from '../attendance/records.ts';
import { datesBetween } from '../check-ins/rules.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { LeaveRequest } from './leave-request.entity.ts';
import type { CreateLeaveInput, LeaveDecisionInput, LeaveView } from './leave.schema.ts';

export * from './leave.schema.ts';
export { LEAVE_STATUSES } from './leave-request.entity.ts';

type LeaveRecord = EntityItem<typeof LeaveRequest>;
const ATTEMPTS = 10;

const toView = (r: LeaveRecord): LeaveView => {
  const { mentorKey: _m, ...view } = r;
  return view as LeaveView;
};

async function read(actor: Actor, leaveId: string): Promise<LeaveRecord> {
  const r = (await db().service.entities.leaveRequest.get({ leaveId }).go()).data;
  // A request is seen by whoever may see its intern's attendance.
  if (!r || !canSeeIntern(actor, r)) throw notFound('Leave request');
  return r;
}

export const Leave = {
  /** An intern asks for leave (请假) over days of their practice; their mentor or an organiser decides. */
  async request(actor: Actor, input: CreateLeaveInput): Promise<LeaveView> {
    requireRole(actor, 'intern');
    const intern = actor.internId ? await internContext(actor.internId) : null;
    if (!intern || !INTERN_STATUSES.includes(intern.status)) throw new DomainError('not_in_session', 'You are not a placed intern of a cohort');
    const { first, last } = practiceSpan(intern);
    if (input.from < first || input.to > last) {
      throw new DomainError('validation_failed', `Leave must fall within your practice (${first} to ${last})`, {
        errors: [{ path: input.from < first ? 'from' : 'to', message: `Between ${first} and ${last}` }],
      });
    }
    const at = new Date().toISOString();
    const record: LeaveRecord = {
      leaveId: newId('leaveRequest'),
      registrationId: intern.registrationId,
      cohortId: intern.cohort.cohortId,
      universityId: intern.universityId,
      hostUnitId: intern.hostUnitId,
      mentorKey: intern.mentorKey,
      internName: intern.name,
      from: input.from,
      to: input.to,
      reason: input.reason,
      status: 'pending',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ leaveRequest, audit }) => [
        leaveRequest.create(record).commit(),
        audit.create(auditRecord(actor, 'leaveRequest', record.leaveId, 'create', diffChanges(undefined, record), at)).commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return toView(record);
  },

  async get(actor: Actor, leaveId: string): Promise<LeaveView> {
    return toView(await read(actor, leaveId));
  },

  /** The intern's own requests, newest first; a mentor's mentees' by status (pending by default). */
  async list(actor: Actor, query: { status?: LeaveRecord['status'] }, page: PageRequest) {
    const leave = db().service.entities.leaveRequest;
    if (actor.role === 'intern' && actor.internId) {
      const registrationId = actor.internId;
      return queryPage((o) => leave.query.byIntern({ registrationId }).go({ ...o, order: 'desc' }), page, toView);
    }
    if (actor.role === 'mentor' && actor.mentorId) {
      const mentorKey = actor.mentorId;
      const status = query.status ?? 'pending';
      return queryPage((o) => leave.query.byMentor({ mentorKey, status }).go({ ...o, order: 'desc' }), page, toView);
    }
    throw forbidden('Organisers and coordinators list leave requests by cohort');
  },

  /** A cohort's requests by status (organisers; a coordinator their own university's). */
  async listByCohort(actor: Actor, cohortId: string, query: { status?: LeaveRecord['status'] }, page: PageRequest) {
    await cohortForBoard(actor, cohortId);
    const status = query.status ?? 'pending';
    const own = actor.role === 'coordinator' ? actor.universityId : undefined;
    return queryPage(
      (o) => {
        const q = db().service.entities.leaveRequest.query.byCohort({ cohortId, status });
        return (own ? q.where((a, { eq }) => eq(a.universityId, own)) : q).go({ ...o, order: 'desc' });
      },
      page,
      toView,
      { filtered: Boolean(own) },
    );
  },

  /**
   * The mentor (of their own mentees) or an organiser approves or rejects. Approval turns each day of
   * the leave into a `leave` record in the same transaction as the request and the counters: a day
   * without a record or marked absent becomes excused; a day already checked in stays present.
   */
  async decide(actor: Actor, leaveId: string, input: LeaveDecisionInput): Promise<LeaveView> {
    for (let attempt = 0; ; attempt++) {
      const before = await read(actor, leaveId);
      if (actor.role !== 'organiser' && actor.role !== 'mentor') throw forbidden('Only the mentor or an organiser decides on leave');
      if (before.version !== input.version) throw new DomainError('version_conflict', 'The request has changed; reload it', { currentVersion: before.version });
      if (before.status !== 'pending') throw new DomainError('invalid_transition', `The request is already ${before.status}`);
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
      const days: Array<{ before: DayRecord | null; after: DayRecord }> = [];
      if (input.decision === 'approve') {
        const dates = datesBetween(before.from, before.to);
        // The leave's days in one BatchGet: a week's leave is one request, not seven in a row.
        const { data } = await db()
          .service.entities.attendanceDay.get(dates.map((date) => ({ registrationId: before.registrationId, date })))
          .go();
        const recorded = new Map(data.map((d) => [d.date, d]));
        for (const date of dates) {
          const day = recorded.get(date) ?? null;
          if (day && day.status !== 'absent') continue;
          days.push({
            before: day,
            after: {
              registrationId: before.registrationId,
              date,
              cohortId: before.cohortId,
              universityId: before.universityId,
              hostUnitId: before.hostUnitId,
              mentorKey: before.mentorKey,
              status: 'leave',
              leaveId,
              createdAt: day?.createdAt ?? at,
              updatedAt: at,
            },
          });
        }
      }
      try {
        await transact(
          ({ leaveRequest, attendanceDay, attendanceCounter, audit }) => [
            leaveRequest
              .put(after)
              .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, 'pending')}`)
              .commit(),
            ...days.flatMap(({ before: b, after: d }) => [
              b
                ? attendanceDay
                    .put(d)
                    .where((a, { eq }) => `${eq(a.status, 'absent')} AND ${eq(a.updatedAt, b.updatedAt)}`)
                    .commit()
                : attendanceDay.create(d).commit(),
              ...counterOps({ attendanceCounter }, d, transition(b, d)),
            ]),
            audit.create(auditRecord(actor, 'leaveRequest', leaveId, input.decision, diffChanges(before, after), at)).commit(),
          ],
          (failed) =>
            failed.index === 0
              ? new DomainError('version_conflict', 'The request was decided meanwhile; reload it')
              : new DomainError('conflict', 'A day of the leave changed meanwhile'),
        );
        return toView(after);
      } catch (error) {
        // A check-in or absence landed on one of the days meanwhile: read the days again.
        if (error instanceof DomainError && error.code === 'conflict' && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  },
};
