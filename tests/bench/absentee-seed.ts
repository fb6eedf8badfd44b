import { db, type CohortRecord } from '@aksu/core';
import { acceptedInternRecord, newCohort } from '../support/programme.ts';

/** BatchWrite through ElectroDB (groups of 25, four in flight): setup, not what is measured. */
const putAll = (
  entity: { put(items: never[]): { go(options: { concurrent: number }): Promise<unknown> } },
  items: unknown[],
) => entity.put(items as never[]).go({ concurrent: 4 });

/** 11:00 in Shanghai on the benchmark's day: its 08:00–10:30 window has closed, so the day is marked. */
export const BENCH_NOW = new Date('2030-08-05T03:00:00Z');
export const BENCH_DATE = '2030-08-05';

/**
 * A running cohort of `count` placed interns written directly by BatchWrite, of whom
 * `count − absent` have checked in on the benchmark's day: the job reads every placement and marks
 * the rest. Universities and host units vary so the counters the job moves are several items.
 */
export async function placedCohort(count: number, absent: number): Promise<CohortRecord> {
  const cohort = await newCohort({
    status: 'running',
    startsOn: '2030-07-01',
    endsOn: '2030-08-31',
    checkInWindow: { start: '08:00', end: '10:30' },
  });
  const at = BENCH_NOW.toISOString();
  const universities = Array.from({ length: 20 }, (_, i) => `uni_BENCHABS${String(i).padStart(18, '0')}`);
  const units = Array.from({ length: 12 }, (_, i) => `hst_BENCHABS${String(i).padStart(18, '0')}`);
  const { cohortRegistration, placement, attendanceDay } = db().service.entities;
  for (let start = 0; start < count; start += 5000) {
    const registrations = Array.from({ length: Math.min(5000, count - start) }, (_, k) =>
      acceptedInternRecord(cohort.cohortId, universities[(start + k) % universities.length]!),
    );
    const row = (k: number) => ({
      universityId: universities[(start + k) % universities.length]!,
      hostUnitId: units[(start + k) % units.length]!,
    });
    await putAll(cohortRegistration as never, registrations);
    await putAll(
      placement as never,
      registrations.map((r, k) => ({
        registrationId: r.registrationId,
        cohortId: cohort.cohortId,
        ...row(k),
        projectId: 'prj_BENCH',
        mentorKey: 'none',
        startDate: '2030-07-01',
        endDate: '2030-08-31',
        placedAt: at,
        placedBy: 'usr_BENCH',
        createdAt: at,
        updatedAt: at,
        version: 1,
      })),
    );
    // Whoever is not among the last `absent` placements has checked in.
    const present = registrations.filter((_, k) => start + k < count - absent);
    await putAll(
      attendanceDay as never,
      present.map((r, k) => ({
        registrationId: r.registrationId,
        date: BENCH_DATE,
        cohortId: cohort.cohortId,
        ...row(k),
        mentorKey: 'none',
        status: 'present',
        checkedInAt: at,
        createdAt: at,
        updatedAt: at,
      })),
    );
  }
  return cohort as unknown as CohortRecord;
}
