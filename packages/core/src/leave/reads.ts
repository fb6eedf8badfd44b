import type { Actor } from '../auth/actor.ts';
import { cohortForBoard } from '../attendance/records.ts';
import { listPage, queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { forbidden } from '../errors.ts';
import { menteeIdsOf } from '../placements/records.ts';
import type { LeaveView } from './leave.schema.ts';
import { readLeave, toView, type LeaveRecord } from './records.ts';

export const LeaveReads = {
  async get(actor: Actor, leaveId: string): Promise<LeaveView> {
    return toView((await readLeave(actor, leaveId)).request);
  },

  /**
   * The intern's own requests, newest first; a mentor's current mentees' requests by status (pending
   * by default), newest first. A mentor's list is read through the placements as they are now (one
   * Query per mentee, in parallel, bounded by the mentor's maximum of mentees) rather than from a
   * mentor id stored on each request: re-keying requests when an intern moves would have to fit
   * every one of them into the move's transaction, and a stored copy is exactly what went stale.
   */
  async list(actor: Actor, query: { status?: LeaveRecord['status'] }, page: PageRequest) {
    const leave = db().service.entities.leaveRequest;
    if (actor.role === 'intern' && actor.internId) {
      const registrationId = actor.internId;
      return queryPage((o) => leave.query.byIntern({ registrationId }).go({ ...o, order: 'desc' }), page, toView);
    }
    if (actor.role === 'mentor' && actor.mentorId) {
      const status = query.status ?? 'pending';
      const mentees = await menteeIdsOf(actor.mentorId);
      const lists = await Promise.all(
        mentees.map((registrationId) =>
          leave.query
            .byIntern({ registrationId })
            .where((a, { eq }) => eq(a.status, status))
            .go({ pages: 'all' }),
        ),
      );
      const key = (r: LeaveRecord) => `${r.createdAt}#${r.leaveId}`;
      const newestFirst = lists.flatMap((l) => l.data).sort((x, y) => (key(x) < key(y) ? 1 : -1));
      const result = listPage(newestFirst, page, key, { order: 'desc' });
      return { items: result.items.map(toView), nextCursor: result.nextCursor };
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
};
