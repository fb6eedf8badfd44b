import type { Actor } from '../auth/actor.ts';
import { listPage, queryPage, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { forbidden } from '../errors.ts';
import { menteeIdsOf } from '../placements/records.ts';
import { absentWithoutRecord } from './absentees.ts';
import type { AttendanceDayView } from './attendance.schema.ts';
import { internContext, toDayView, type DayRecord } from './records.ts';

/** The mentees with no record of the date that the intern's own page shows as absent. */
async function unmarkedAbsences(registrationIds: string[], date: string, now: Date): Promise<AttendanceDayView[]> {
  const contexts = await Promise.all(registrationIds.map((id) => internContext(id)));
  return contexts.flatMap((intern) => {
    if (!intern || !absentWithoutRecord(intern, date, now)) return [];
    const { registrationId, cohort, universityId, hostUnitId } = intern;
    return [{ registrationId, date, cohortId: cohort.cohortId, universityId, hostUnitId, status: 'absent' as const }];
  });
}

export const DailyCheckInReads = {
  /** The intern's own days, newest first; a mentor's mentees' days (optionally one date). */
  async list(actor: Actor, query: { date?: string }, page: PageRequest, now = new Date()) {
    const map = (d: DayRecord) => toDayView(d);
    if (actor.role === 'intern' && actor.internId) {
      const registrationId = actor.internId;
      return queryPage(
        (o) =>
          db()
            .service.entities.attendanceDay.query.byIntern({ registrationId })
            .go({ ...o, order: 'desc' }),
        page,
        map,
      );
    }
    if (actor.role === 'mentor' && actor.mentorId) {
      // Through the mentor's current mentees, not the mentor id a day was recorded under: after a
      // move the intern's days are the new mentor's to see and no longer the old one's. One read per
      // mentee (a BatchGet for one date), bounded by the mentor's maximum of mentees and the cohort.
      const mentees = await menteeIdsOf(actor.mentorId);
      const { attendanceDay } = db().service.entities;
      const date = query.date;
      const days = date
        ? mentees.length
          ? await batchGet(
              mentees.map((registrationId) => ({ registrationId, date })),
              (keys) => attendanceDay.get(keys).go(),
            )
          : []
        : (
            await Promise.all(
              mentees.map((registrationId) => attendanceDay.query.byIntern({ registrationId }).go({ pages: 'all' })),
            )
          ).flatMap((r) => r.data);
      const recorded = new Set(days.map((d) => d.registrationId));
      const views = days.map(map);
      if (date)
        views.push(
          ...(await unmarkedAbsences(
            mentees.filter((id) => !recorded.has(id)),
            date,
            now,
          )),
        );
      const key = (d: AttendanceDayView) => `${d.date}#${d.registrationId}`;
      const newestFirst = views.sort((x, y) => (key(x) < key(y) ? 1 : -1));
      return listPage(newestFirst, page, key, { order: 'desc' });
    }
    throw forbidden('Organisers and coordinators read the attendance board');
  },
};
