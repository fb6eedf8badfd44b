import { describe, expect, it } from 'vitest';
import { Attendance, dayCounter, db, type CohortRecord } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { acceptedInternRecord, newCohort } from '../support/programme.ts';

// A fixed clock: 11:00 in Shanghai, half an hour after the 08:00–10:30 window closed on 2030-08-05.
const NOW = new Date('2030-08-05T03:00:00Z');
const DATE = '2030-08-05';

/**
 * `count` placed interns written directly (how they were placed is not what is tested), the first `present` checked in.
 */
async function placedCohort(count: number, present: number) {
  const universityId = (await newUniversity()).universityId;
  const cohort = await newCohort({
    status: 'running',
    startsOn: '2030-07-01',
    endsOn: '2030-08-31',
    checkInWindow: { start: '08:00', end: '10:30' },
  });
  const at = NOW.toISOString();
  const registrations = Array.from({ length: count }, () => acceptedInternRecord(cohort.cohortId, universityId));
  const { cohortRegistration, placement, attendanceDay } = db().service.entities;
  await cohortRegistration.put(registrations as never[]).go({ concurrent: 4 });
  await placement
    .put(
      registrations.map((r) => ({
        registrationId: r.registrationId,
        cohortId: cohort.cohortId,
        universityId,
        hostUnitId: 'hst_TEST',
        projectId: 'prj_TEST',
        mentorKey: 'none',
        startDate: '2030-07-01',
        endDate: '2030-08-31',
        placedAt: at,
        placedBy: 'usr_TEST',
        createdAt: at,
        updatedAt: at,
        version: 1,
      })) as never[],
    )
    .go({ concurrent: 4 });
  await attendanceDay
    .put(
      registrations.slice(0, present).map((r) => ({
        registrationId: r.registrationId,
        date: DATE,
        cohortId: cohort.cohortId,
        universityId,
        hostUnitId: 'hst_TEST',
        mentorKey: 'none',
        status: 'present',
        checkedInAt: at,
        createdAt: at,
        updatedAt: at,
      })) as never[],
    )
    .go({ concurrent: 4 });
  return { cohort: cohort as unknown as CohortRecord, registrations };
}

// Each test writes a few hundred placements and marks a couple of hundred absences: a bound for a
// hung run, not for a busy machine.
describe('the absentee job, in bounded invocations', () => {
  it(
    'reads at most its budget per invocation, continues from ' +
      'the checkpoint and finishes with every absentee marked once',
    async () => {
      const { cohort, registrations } = await placedCohort(260, 60);
      const budget = { items: 100, ms: 60_000 };
      const invocations: Array<{ done: boolean; scanned: number; marked: number }> = [];
      for (let i = 0; i < 10; i++) {
        const progress = await Attendance.markAbsentees({ now: NOW, cohortId: cohort.cohortId, budget });
        invocations.push({
          done: progress.done,
          scanned: progress.scanned,
          marked: progress.runs.reduce((s, r) => s + r.marked, 0),
        });
        if (progress.done) break;
      }
      expect(invocations.map((i) => i.done)).toEqual([false, false, true]);
      expect(invocations.map((i) => i.scanned)).toEqual([100, 100, 60]);
      expect(invocations.reduce((s, i) => s + i.marked, 0)).toBe(200);

      const checkpoint = (
        await db()
          .service.entities.jobCheckpoint.get({ job: 'mark-absentees', scope: `${cohort.cohortId}#${DATE}` })
          .go()
      ).data;
      expect(checkpoint).toMatchObject({ done: true, scanned: 260, changed: 200, invocations: 3 });
      expect(checkpoint?.cursor).toBeUndefined();

      expect(await dayCounter(cohort.cohortId, DATE, 'all', 'all')).toMatchObject({ absent: 200 });
      const days = await db()
        .service.entities.attendanceDay.get(
          registrations.map((r) => ({ registrationId: r.registrationId, date: DATE })),
        )
        .go();
      expect(days.data.filter((d) => d.status === 'absent')).toHaveLength(200);
      expect(days.data.filter((d) => d.status === 'present')).toHaveLength(60);

      // The finished day: another invocation reads its checkpoint and marks nobody.
      const again = await Attendance.markAbsentees({ now: NOW, cohortId: cohort.cohortId, budget });
      expect(again).toMatchObject({
        done: true,
        scanned: 0,
        runs: [{ cohortId: cohort.cohortId, date: DATE, marked: 0 }],
      });
    },
  );

  it('a lost checkpoint only repeats work: days already marked are left as they are', async () => {
    const { cohort } = await placedCohort(120, 20);
    const first = await Attendance.markAbsentees({
      now: NOW,
      cohortId: cohort.cohortId,
      budget: { items: 50, ms: 60_000 },
    });
    expect(first).toMatchObject({ done: false, scanned: 50 });
    await db()
      .service.entities.jobCheckpoint.delete({ job: 'mark-absentees', scope: `${cohort.cohortId}#${DATE}` })
      .go();
    const rest = await Attendance.markAbsentees({
      now: NOW,
      cohortId: cohort.cohortId,
      budget: { items: 1000, ms: 60_000 },
    });
    expect(rest).toMatchObject({ done: true, scanned: 120 });
    expect(first.runs[0]!.marked + rest.runs[0]!.marked).toBe(100);
    expect(await dayCounter(cohort.cohortId, DATE, 'all', 'all')).toMatchObject({ absent: 100 });
  });
});
