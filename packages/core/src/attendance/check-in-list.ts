import type { Actor } from '../auth/actor.ts';
import { listPage, queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { forbidden } from '../errors.ts';
import { menteeIdsOf } from '../placements/records.ts';
import { toDayView, type DayRecord } from './records.ts';

export const DailyCheckInReads = {
  /** The intern's own days, newest first; a mentor's mentees' days (optionally one date). */
  async list(actor: Actor, query: { date?: string }, page: PageRequest) {
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
          ? (await attendanceDay.get(mentees.map((registrationId) => ({ registrationId, date }))).go()).data
          : []
        : (
            await Promise.all(
              mentees.map((registrationId) => attendanceDay.query.byIntern({ registrationId }).go({ pages: 'all' })),
            )
          ).flatMap((r) => r.data);
      const key = (d: DayRecord) => `${d.date}#${d.registrationId}`;
      const newestFirst = days.sort((x, y) => (key(x) < key(y) ? 1 : -1));
      const result = listPage(newestFirst, page, key, { order: 'desc' });
      return { items: result.items.map(map), nextCursor: result.nextCursor };
    }
    throw forbidden('Organisers and coordinators read the attendance board');
  },
};
