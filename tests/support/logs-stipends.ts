import { addDays, db, localDate, Placements, weekStartOf } from '@aksu/core';
import { newAccount, SYSTEM } from './accounts.ts';
import { acceptedIntern, mentorAccount, newCohort, newHostUnit, newProject } from './programme.ts';

/** Today in Beijing, and the Monday two weeks back: a whole past week inside a running cohort. */
export const today = () => localDate(Date.now(), 'Asia/Shanghai');
export const pastMonday = () => addDays(weekStartOf(today()), -14);

/** A check-in window open all day: for tests whose phone checks in at whatever hour the run happens. */
export const ALL_DAY = { start: '00:00', end: '23:59' } as const;

/**
 * A phone clock for a test that checks in and reads back its day: half a minute ago, so the server
 * never refuses it as a time yet to come, and on the day the server calls today (save for the first
 * half minute after midnight in Beijing). Pair it with a cohort whose window is ALL_DAY.
 */
export function checkInMoment(now = Date.now()): { at: Date; day: string } {
  const at = new Date(now - 30_000);
  return { at, day: localDate(at.getTime(), 'Asia/Shanghai') };
}

/** A day's fieldwork log as an intern sends it; `extra` overrides or adds fields. */
export const fieldworkLog = (logDate: string, extra: Record<string, unknown> = {}) => ({
  logDate,
  hours: 7.5,
  category: 'fieldwork',
  summary: `${logDate} 在车间调研`,
  ...extra,
});

/**
 * A running cohort around today (from four weeks back to ten days ahead) with a host unit, a
 * signed-in mentor and `count` signed-in interns of the university placed with that mentor.
 */
export async function runningProgramme(
  universityId: string,
  count = 1,
  policy: Record<string, unknown> = {},
  cohortFields: Record<string, unknown> = {},
) {
  const start = addDays(pastMonday(), -14);
  const cohort = await newCohort({
    ...cohortFields,
    startsOn: start,
    endsOn: addDays(today(), 10),
    status: 'running',
    stipendPolicy: {
      dailyAllowanceFen: 8_333,
      countedDays: 'checked_in',
      travelCapFen: 150_000,
      projectAwardFen: 200_000,
      mentorAllowancePerMenteeFen: 100_000,
      ...policy,
    },
  });
  const unit = await newHostUnit();
  const project = await newProject(unit.hostUnitId, cohort.cohortId, { seats: count + 1 });
  const { mentor, account: mentorToken } = await mentorAccount(unit.hostUnitId, { maxMentees: count + 1 });
  const interns = [];
  for (let i = 0; i < count; i++) {
    const intern = await acceptedIntern(cohort.cohortId, universityId);
    await Placements.place(SYSTEM, cohort.cohortId, {
      registrationId: intern.registrationId,
      projectId: project.projectId,
      mentorId: mentor.mentorId,
    });
    interns.push({
      registrationId: intern.registrationId,
      name: intern.name,
      account: await newAccount('intern', { universityId, internId: intern.registrationId }),
    });
  }
  return { cohort, unit, project, mentor, mentorAccount: mentorToken, interns };
}

/** Attendance days in their final state, as the check-in, leave and absentee writes leave them. */
export async function recordDays(
  programme: Awaited<ReturnType<typeof runningProgramme>>,
  registrationId: string,
  days: Array<{ date: string; status: 'present' | 'leave' | 'absent'; syncedLate?: boolean }>,
) {
  const at = new Date().toISOString();
  const { universityId } = (await db().service.entities.placement.get({ registrationId }).go()).data!;
  for (const day of days) {
    await db()
      .service.entities.attendanceDay.create({
        registrationId,
        date: day.date,
        cohortId: programme.cohort.cohortId,
        universityId,
        hostUnitId: programme.unit.hostUnitId,
        mentorKey: programme.mentor.mentorId,
        status: day.status,
        ...(day.status === 'present'
          ? { checkedInAt: `${day.date}T09:00:00+08:00`, syncedLate: day.syncedLate ?? false }
          : {}),
        createdAt: at,
        updatedAt: at,
      })
      .go();
  }
}
