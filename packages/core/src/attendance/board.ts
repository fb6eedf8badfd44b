import type { Actor } from '../auth/actor.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { universityNames } from '../universities/names.ts';
import { localDate } from '../time.ts';
import { dayCounter, dayCounters, type DayCounts } from './counters.ts';
import type { AttendanceBoardView, DailyAttendanceCounts, InternDayView } from './attendance.schema.ts';
import { cohortForBoard, type DayRecord } from './records.ts';

function counts(counter: Partial<DayCounts> | undefined, placed: number | null): DailyAttendanceCounts {
  const c = {
    checkedIn: counter?.checkedIn ?? 0,
    syncedLate: counter?.syncedLate ?? 0,
    outsideRadius: counter?.outsideRadius ?? 0,
    onLeave: counter?.onLeave ?? 0,
    absent: counter?.absent ?? 0,
  };
  return { placed, ...c, notYet: placed === null ? null : Math.max(0, placed - c.checkedIn - c.onLeave - c.absent) };
}

/** Placed interns per host unit, from the projects' seat counters: as many items as the cohort has projects. */
async function placedByHostUnit(cohortId: string): Promise<Map<string, number>> {
  const projects = (await db().service.entities.project.query.byCohort({ cohortId }).go({ pages: 'all' })).data;
  const out = new Map<string, number>();
  if (projects.length === 0) return out;
  // ElectroDB splits the keys into BatchGetItem calls of 100 itself.
  const data = await batchGet(
    projects.map((p) => ({ projectId: p.projectId })),
    (keys) => db().service.entities.projectSeats.get(keys).go({ concurrency: 4 }),
  );
  const seats = new Map(data.map((s) => [s.projectId, s.placed]));
  for (const p of projects) out.set(p.hostUnitId, (out.get(p.hostUnitId) ?? 0) + (seats.get(p.projectId) ?? 0));
  return out;
}

/** One university's placed interns (a coordinator's board): bounded by its quota in the cohort. */
async function placedOfUniversity(cohortId: string, universityId: string): Promise<number> {
  const { data } = await db()
    .service.entities.placement.query.byCohort({ cohortId })
    .begins({ universityId })
    .go({ pages: 'all', attributes: ['registrationId', 'universityId'] });
  return data.filter((p) => p.universityId === universityId).length;
}

export async function readBoard(
  actor: Actor,
  cohortId: string,
  query: { date?: string },
  now = new Date(),
): Promise<AttendanceBoardView> {
  const cohort = await cohortForBoard(actor, cohortId);
  const today = localDate(now, cohort.timeZone);
  const date = query.date ?? today;

  if (actor.role === 'coordinator') {
    const universityId = actor.universityId!;
    const [counter, placed, names] = await Promise.all([
      dayCounter(cohortId, date, 'university', universityId),
      placedOfUniversity(cohortId, universityId),
      universityNames([universityId]),
    ]);
    const own = counts(counter, placed);
    return {
      cohortId,
      date,
      today,
      totals: own,
      byHostUnit: [],
      byUniversity: [{ universityId, name: names.get(universityId) ?? universityId, ...own }],
    };
  }

  // The day's counters with their shards summed: one Query whose size depends on host units and universities, not
  // interns.
  const [counters, placed] = await Promise.all([dayCounters(cohortId, date), placedByHostUnit(cohortId)]);
  const data = [...counters.values()];
  const all = counters.get('all#all');
  const unitIds = [...new Set([...placed.keys(), ...data.filter((c) => c.dimension === 'hostUnit').map((c) => c.key)])];
  const uniCounters = data.filter((c) => c.dimension === 'university');
  const [units, unis] = await Promise.all([hostUnitsById(unitIds), universityNames(uniCounters.map((c) => c.key))]);
  const totalPlaced = [...placed.values()].reduce((a, b) => a + b, 0);
  return {
    cohortId,
    date,
    today,
    totals: counts(all, totalPlaced),
    byHostUnit: unitIds
      .map((hostUnitId) => ({
        hostUnitId,
        name: units.get(hostUnitId)?.name ?? hostUnitId,
        ...counts(counters.get(`hostUnit#${hostUnitId}`), placed.get(hostUnitId) ?? 0),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    byUniversity: uniCounters
      .map((c) => ({ universityId: c.key, name: unis.get(c.key) ?? c.key, ...counts(c, null) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const data = await batchGet(
    ids.map((registrationId) => ({ registrationId })),
    (keys) =>
      db()
        .service.entities.cohortRegistration.get(keys)
        .go({ attributes: ['registrationId', 'name'], concurrency: 4 }),
  );
  return new Map(data.map((r) => [r.registrationId, r.name]));
}

async function daysOn(date: string, ids: string[]): Promise<Map<string, DayRecord>> {
  if (ids.length === 0) return new Map();
  const data = await batchGet(
    ids.map((registrationId) => ({ registrationId, date })),
    (keys) => db().service.entities.attendanceDay.get(keys).go({ concurrency: 4 }),
  );
  return new Map(data.map((d) => [d.registrationId, d]));
}

const dayStatus = (d: DayRecord | undefined): InternDayView['status'] =>
  !d ? 'not_yet' : d.status === 'present' ? (d.syncedLate ? 'late_synced' : 'present') : d.status;

/**
 * Who, for one cohort day. Without a status: every placed intern (a page of the cohort's placements,
 * their day records read by key), `not_yet` when none exists. With a status: the day's records of
 * that status (a Query on the cohort-day key), e.g. the absentee list. Coordinators get their own
 * university's prefix of either key.
 */
export async function readRoster(
  actor: Actor,
  cohortId: string,
  query: { date?: string; status?: DayRecord['status'] },
  page: PageRequest,
  now = new Date(),
) {
  const cohort = await cohortForBoard(actor, cohortId);
  const date = query.date ?? localDate(now, cohort.timeZone);
  const own = actor.role === 'coordinator' ? actor.universityId! : undefined;

  if (query.status) {
    const status = query.status;
    const result = await queryPage(
      (o) => {
        const q = db().service.entities.attendanceDay.query.byCohortDay({ cohortId, date });
        return (own ? q.begins({ universityId: own }) : q).where((a, { eq }) => eq(a.status, status)).go(o);
      },
      page,
      undefined,
      { filtered: true },
    );
    const names = await namesOf(result.items.map((d) => d.registrationId));
    return {
      items: result.items.map(
        (d): InternDayView => ({
          registrationId: d.registrationId,
          name: names.get(d.registrationId) ?? '',
          universityId: d.universityId,
          hostUnitId: d.hostUnitId,
          date,
          status: dayStatus(d),
          ...(d.checkedInAt ? { checkedInAt: d.checkedInAt } : {}),
          ...(d.outsideRadius !== undefined ? { outsideRadius: d.outsideRadius } : {}),
        }),
      ),
      nextCursor: result.nextCursor,
    };
  }

  const placements = await queryPage((o) => {
    const q = db().service.entities.placement.query.byCohort({ cohortId });
    return (own ? q.begins({ universityId: own }) : q).go(o);
  }, page);
  const ids = placements.items.map((p) => p.registrationId);
  const [names, days] = await Promise.all([namesOf(ids), daysOn(date, ids)]);
  return {
    items: placements.items.map((p): InternDayView => {
      const d = days.get(p.registrationId);
      return {
        registrationId: p.registrationId,
        name: names.get(p.registrationId) ?? '',
        universityId: p.universityId,
        hostUnitId: p.hostUnitId,
        date,
        status: dayStatus(d),
        ...(d?.checkedInAt ? { checkedInAt: d.checkedInAt } : {}),
        ...(d?.outsideRadius !== undefined ? { outsideRadius: d.outsideRadius } : {}),
      };
    }),
    nextCursor: placements.nextCursor,
  };
}
