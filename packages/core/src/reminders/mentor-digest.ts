import { localWeekStart } from '../activity-logs/weeks.ts';
import { getCohortRecord, type CohortRecord } from '../cohorts/records.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { notify } from '../notifications/notify.ts';
import { menteeIdsOf } from '../placements/records.ts';
import { DEFAULT_TIME_ZONE, localDate } from '../time.ts';
import { recipientOf, usersById } from './recipients.ts';
import { mentorDigestKey, reviewable } from './rules.ts';

/** Mentors read at a time; each costs a Query of its mentees and one per mentee. */
const PARALLEL = 8;

type WeekLine = { internName: string; weekStart: string; logCount: number };

/** The mentor's mentees' weeks that are over and still pending, oldest first. */
async function weeksToReview(
  mentorId: string,
  at: Date,
  cohorts: Map<string, Promise<CohortRecord | null>>,
): Promise<WeekLine[]> {
  const mentees = await menteeIdsOf(mentorId);
  if (mentees.length === 0) return [];
  const { logWeek, cohortRegistration } = db().service.entities;
  const [weeks, names] = await Promise.all([
    Promise.all(
      mentees.map((registrationId) =>
        logWeek.query
          .byIntern({ registrationId })
          .where((a, { eq }) => eq(a.status, 'pending'))
          .go({ pages: 'all' }),
      ),
    ),
    batchGet(
      mentees.map((registrationId) => ({ registrationId })),
      (keys) => cohortRegistration.get(keys).go({ attributes: ['registrationId', 'name'] }),
    ),
  ]);
  const nameOf = new Map(names.map((r) => [r.registrationId, r.name]));
  const lines: WeekLine[] = [];
  for (const week of weeks.flatMap((w) => w.data)) {
    if (!cohorts.has(week.cohortId)) cohorts.set(week.cohortId, getCohortRecord(week.cohortId));
    const cohort = await cohorts.get(week.cohortId)!;
    if (!cohort) continue;
    if (!reviewable(week, cohort.endsOn, localDate(at, cohort.timeZone))) continue;
    lines.push({
      internName: nameOf.get(week.registrationId) ?? week.registrationId,
      weekStart: week.weekStart,
      logCount: week.logCount,
    });
  }
  return lines.sort((x, y) =>
    x.weekStart === y.weekStart ? x.internName.localeCompare(y.internName) : x.weekStart < y.weekStart ? -1 : 1,
  );
}

/**
 * Monday morning: every mentor with mentees' weeks waiting for review gets one digest listing them;
 * a mentor with none gets nothing. Keyed by mentor and week, so a second run that week sends nothing.
 */
export async function sendMentorDigests(at: Date): Promise<{ week: string; mentors: number; sent: number }> {
  const week = localWeekStart(at, DEFAULT_TIME_ZONE);
  const mentors = (
    await db()
      .service.entities.mentor.query.all({})
      .go({ pages: 'all', attributes: ['mentorId', 'userId', 'email', 'name'] })
  ).data;
  const users = await usersById(mentors.map((m) => m.userId));
  const cohorts = new Map<string, Promise<CohortRecord | null>>();
  let sent = 0;
  for (let i = 0; i < mentors.length; i += PARALLEL) {
    await Promise.all(
      mentors.slice(i, i + PARALLEL).map(async (mentor) => {
        const weeks = await weeksToReview(mentor.mentorId, at, cohorts);
        if (weeks.length === 0) return;
        const recipient = recipientOf(users.get(mentor.userId), { email: mentor.email, name: mentor.name });
        if (!recipient) return;
        await notify({
          key: mentorDigestKey(mentor.mentorId, week),
          kind: 'mentor.weekly-digest',
          recipient,
          data: { week, weeks },
        });
        sent++;
      }),
    );
  }
  return { week, mentors: mentors.length, sent };
}
