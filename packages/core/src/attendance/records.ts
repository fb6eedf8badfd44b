import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import type { CohortRecord } from '../cohorts/records.ts';
import { getCohortUniversity, recentCohortRecord, requireCohortRecord } from '../cohorts/records.ts';
import { db, type AppService } from '../db/service.ts';
import { shardOf } from '../db/shards.ts';
import { DomainError, notFound } from '../errors.ts';
import { NO_MENTOR } from '../placements/placement.entity.ts';
import type { AttendanceDay } from './attendance-day.entity.ts';
import { registrationAndPlacement } from './context.ts';
import type { AttendanceDayView } from './attendance.schema.ts';

export type DayRecord = EntityItem<typeof AttendanceDay>;

/** The registration statuses that make someone an intern of the cohort. */
export const INTERN_STATUSES = ['accepted', 'confirmed'];

export interface InternContext {
  registrationId: string;
  name: string;
  cohort: CohortRecord;
  universityId: string;
  hostUnitId: string;
  mentorKey: string;
  startDate: string;
  endDate: string;
  status: string;
}

/**
 * An intern as attendance sees them: registration, placement and cohort. Null when not placed. Two
 * round trips: the registration and placement in one BatchGet, then their cohort.
 */
export async function internContext(registrationId: string): Promise<InternContext | null> {
  const { registration: r, placement: p } = await registrationAndPlacement(registrationId);
  if (!r || !p) return null;
  const cohort = await recentCohortRecord(r.cohortId);
  if (!cohort) return null;
  return {
    registrationId,
    name: r.name,
    cohort,
    universityId: r.universityId,
    hostUnitId: p.hostUnitId,
    mentorKey: p.mentorKey,
    startDate: p.startDate,
    endDate: p.endDate,
    status: r.status,
  };
}

/** The days an intern practises: their placement's dates, clipped to their cohort's. */
export function practiceSpan(intern: Pick<InternContext, 'cohort' | 'startDate' | 'endDate'>): {
  first: string;
  last: string;
} {
  const { cohort } = intern;
  return {
    first: cohort.startsOn > intern.startDate ? cohort.startsOn : intern.startDate,
    last: cohort.endsOn < intern.endDate ? cohort.endsOn : intern.endDate,
  };
}

/**
 * Who may read an intern's attendance: organisers all; a coordinator their own university's interns;
 * a mentor their own mentees; an intern themselves. Anyone else's does not exist for them.
 */
export function canSeeIntern(
  actor: Actor,
  intern: Pick<InternContext, 'registrationId' | 'universityId' | 'mentorKey'>,
): boolean {
  if (actor.role === 'organiser') return true;
  if (actor.role === 'coordinator') return !!actor.universityId && actor.universityId === intern.universityId;
  if (actor.role === 'mentor')
    return !!actor.mentorId && intern.mentorKey !== NO_MENTOR && actor.mentorId === intern.mentorKey;
  if (actor.role === 'intern') return actor.internId === intern.registrationId;
  return false;
}

export async function visibleIntern(actor: Actor, registrationId: string): Promise<InternContext> {
  const intern = await internContext(registrationId);
  if (!intern || !canSeeIntern(actor, intern)) throw notFound('Intern');
  return intern;
}

/** Cohorts a board is read for: organisers any, coordinators one their university takes part in. */
export async function cohortForBoard(actor: Actor, cohortId: string): Promise<CohortRecord> {
  if (actor.role !== 'organiser' && actor.role !== 'coordinator')
    throw new DomainError('forbidden', 'Only organisers and coordinators read the attendance board');
  const cohort = await requireCohortRecord(cohortId);
  if (actor.role === 'coordinator') {
    const own = actor.universityId ? await getCohortUniversity(cohortId, actor.universityId) : null;
    if (!own) throw notFound('Cohort');
  }
  return cohort;
}

export async function getDay(registrationId: string, date: string): Promise<DayRecord | null> {
  return (await db().service.entities.attendanceDay.get({ registrationId, date }).go()).data ?? null;
}

export function toDayView(d: DayRecord): AttendanceDayView {
  return {
    registrationId: d.registrationId,
    date: d.date,
    cohortId: d.cohortId,
    universityId: d.universityId,
    hostUnitId: d.hostUnitId,
    status: d.status,
    ...(d.checkedInAt ? { checkedInAt: d.checkedInAt } : {}),
    ...(d.receivedAt ? { receivedAt: d.receivedAt } : {}),
    ...(d.syncedLate !== undefined ? { syncedLate: d.syncedLate } : {}),
    ...(d.location ? { location: d.location as AttendanceDayView['location'] } : {}),
    ...(d.distanceM !== undefined ? { distanceM: d.distanceM } : {}),
    ...(d.outsideRadius !== undefined ? { outsideRadius: d.outsideRadius } : {}),
    ...(d.leaveId ? { leaveId: d.leaveId } : {}),
  };
}

export type Builders = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];
export type CounterField = 'checkedIn' | 'syncedLate' | 'outsideRadius' | 'onLeave' | 'absent';
export type CounterDelta = Partial<Record<CounterField, number>>;

/**
 * The day's three counters (cohort, host unit, university), moved by the same delta in the caller's
 * transaction. A status change is one delta (e.g. absent −1, checkedIn +1) on the same items. Each
 * counter is sharded: the intern's writes go to the shard of their registrationId, so a cohort's
 * check-ins spread over SHARD_COUNT items per counter instead of all meeting one.
 */
export function counterOps(
  { attendanceCounter }: Pick<Builders, 'attendanceCounter'>,
  day: { registrationId: string; cohortId: string; date: string; hostUnitId: string; universityId: string },
  delta: CounterDelta,
) {
  const add = Object.fromEntries(Object.entries(delta).filter(([, v]) => v)) as CounterDelta;
  const shard = shardOf(day.registrationId);
  const keys = [
    { dimension: 'all' as const, key: 'all' },
    { dimension: 'hostUnit' as const, key: day.hostUnitId },
    { dimension: 'university' as const, key: day.universityId },
  ];
  return keys.map((k) =>
    attendanceCounter
      .update({ cohortId: day.cohortId, date: day.date, ...k, shard })
      .add(add)
      .commit(),
  );
}

/** The counter change when a day's record goes from one status to another (or appears). */
export function transition(
  from: DayRecord | null,
  to: { status: DayRecord['status']; syncedLate?: boolean; outsideRadius?: boolean },
): CounterDelta {
  const delta: CounterDelta = {};
  const bump = (d: { status: DayRecord['status']; syncedLate?: boolean; outsideRadius?: boolean }, sign: number) => {
    const field: CounterField = d.status === 'present' ? 'checkedIn' : d.status === 'leave' ? 'onLeave' : 'absent';
    delta[field] = (delta[field] ?? 0) + sign;
    if (d.status === 'present' && d.syncedLate) delta.syncedLate = (delta.syncedLate ?? 0) + sign;
    if (d.status === 'present' && d.outsideRadius) delta.outsideRadius = (delta.outsideRadius ?? 0) + sign;
  };
  if (from) bump(from, -1);
  bump(to, 1);
  return delta;
}
