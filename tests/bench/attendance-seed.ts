/** Seeding for the attendance benchmarks: a running cohort, placed interns with tokens, a whole cohort day. */
import { db, issueToken, localDate, newId, ulid } from '@aksu/core';
import { shardOf } from '@aksu/core/db/shards';
import { acceptedInternRecord, newCohort } from '../support/programme.ts';

/**
 * Writes items by BatchWrite, which ElectroDB splits into groups of 25, four groups in flight: setup, not what is
 * measured.
 */
const putAll = (
  entity: { put(items: never[]): { go(options: { concurrent: number }): Promise<unknown> } },
  items: unknown[],
) => entity.put(items as never[]).go({ concurrent: 4 });

export const UNIVERSITIES = 26;
export const HOST_UNITS = 12;
export const universityIds = Array.from({ length: UNIVERSITIES }, (_, i) => `uni_BENCH${String(i).padStart(21, '0')}`);
export const hostUnitIds = Array.from({ length: HOST_UNITS }, (_, i) => `hst_BENCH${String(i).padStart(21, '0')}`);

/** A running cohort whose window is the whole day and whose dates include today. */
export async function runningCohort(): Promise<{ cohortId: string; today: string }> {
  const { cohortId } = await newCohort({
    startsOn: '2020-01-01',
    endsOn: '2099-12-31',
    registrationOpensAt: '2020-01-01T00:00:00+08:00',
    registrationClosesAt: '2020-02-01T00:00:00+08:00',
    status: 'running',
    checkInWindow: { start: '00:00', end: '23:59' },
  });
  return { cohortId, today: localDate(new Date(), 'Asia/Shanghai') };
}

/**
 * `count` placed interns of the cohort with signed-in tokens: registration, placement and user
 * records written directly (the check-in reads them; how they were placed is not measured).
 */
export async function placedInterns(cohortId: string, count: number, jwtSecret: string): Promise<string[]> {
  const at = new Date().toISOString();
  const { cohortRegistration, placement, user } = db().service.entities;
  const registrations: unknown[] = [];
  const placements: unknown[] = [];
  const users: unknown[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const userId = newId('user');
    const universityId = universityIds[i % UNIVERSITIES]!;
    const hostUnitId = hostUnitIds[i % HOST_UNITS]!;
    // Registrations are keyed by cohort and national-ID hash, so a record under any other id is one the API could never
    // have made.
    const registration = acceptedInternRecord(cohortId, universityId, { hostUnitId });
    const { registrationId } = registration;
    registrations.push(registration);
    placements.push({
      registrationId,
      cohortId,
      universityId,
      hostUnitId,
      projectId: `prj_BENCH${String(i % HOST_UNITS).padStart(21, '0')}`,
      mentorKey: 'none',
      startDate: '2020-01-01',
      endDate: '2099-12-31',
      placedAt: at,
      placedBy: 'usr_BENCH',
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    users.push({
      userId,
      email: `bench.${userId.toLowerCase()}@example.com`,
      name: '学员',
      role: 'intern',
      universityId,
      internId: registrationId,
      status: 'active',
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    tokens.push(issueToken({ userId, role: 'intern', universityId, internId: registrationId }, jwtSecret));
  }
  await putAll(cohortRegistration as never, registrations);
  await putAll(placement as never, placements);
  await putAll(user as never, users);
  return tokens;
}

/**
 * A cohort day of `size` interns as the transactions would leave it: every intern's day record
 * (BatchWrite) and the counters' shards holding their totals, projects with their seat counters, so the
 * board reads exactly what it would read after `size` check-ins.
 */
export async function attendanceDayOf(size: number): Promise<{ cohortId: string; date: string }> {
  const { cohortId, today: date } = await runningCohort();
  const at = new Date().toISOString();
  const { attendanceDay, attendanceCounter, project, projectSeats } = db().service.entities;
  const days: unknown[] = [];
  const counts = new Map<
    string,
    {
      dimension: 'all' | 'hostUnit' | 'university';
      key: string;
      shard: string;
      checkedIn: number;
      absent: number;
      onLeave: number;
    }
  >();
  const bump = (dimension: 'all' | 'hostUnit' | 'university', key: string, shard: string, status: string) => {
    const c = counts.get(`${dimension}#${key}#${shard}`) ?? {
      dimension,
      key,
      shard,
      checkedIn: 0,
      absent: 0,
      onLeave: 0,
    };
    if (status === 'present') c.checkedIn++;
    else if (status === 'absent') c.absent++;
    else c.onLeave++;
    counts.set(`${dimension}#${key}#${shard}`, c);
  };
  for (let i = 0; i < size; i++) {
    const universityId = universityIds[i % UNIVERSITIES]!;
    const hostUnitId = hostUnitIds[i % HOST_UNITS]!;
    const status = i % 10 === 0 ? 'absent' : i % 25 === 1 ? 'leave' : 'present';
    const registrationId = newId('cohortRegistration');
    const shard = shardOf(registrationId);
    days.push({
      registrationId,
      date,
      cohortId,
      universityId,
      hostUnitId,
      mentorKey: 'none',
      status,
      ...(status === 'present' ? { checkedInAt: at } : {}),
      createdAt: at,
      updatedAt: at,
    });
    bump('all', 'all', shard, status);
    bump('hostUnit', hostUnitId, shard, status);
    bump('university', universityId, shard, status);
  }
  await putAll(attendanceDay as never, days);
  await putAll(
    attendanceCounter as never,
    [...counts.values()].map((c) => ({ cohortId, date, ...c })),
  );
  const projects = hostUnitIds.map((hostUnitId, i) => ({
    projectId: `prj_BENCH${ulid().slice(0, 8)}${String(i).padStart(13, '0')}`,
    hostUnitId,
  }));
  await putAll(
    project as never,
    projects.map((p) => ({
      projectId: p.projectId,
      hostUnitId: p.hostUnitId,
      cohortId,
      title: '基准岗位',
      description: '基准',
      majors: [],
      disciplines: [],
      degreeLevels: [],
      seats: size,
      supervisor: { name: '主管' },
      createdAt: at,
      updatedAt: at,
      version: 1,
    })),
  );
  await putAll(
    projectSeats as never,
    projects.map((p, i) => ({
      projectId: p.projectId,
      seats: size,
      placed: Math.floor(size / HOST_UNITS) + (i < size % HOST_UNITS ? 1 : 0),
    })),
  );
  return { cohortId, date };
}
