import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { NO_MENTOR } from '../placements/placement.entity.ts';
import { counterOps, transition, type Builders, type DayRecord } from './records.ts';

/**
 * What attendance offers approved leave: which days the leave excuses and the writes that excuse
 * them. The rule is attendance's: a day without a record or marked absent becomes `leave`; a day
 * already checked in stays present. Leave decides when; these say what happens to the days.
 */
export interface Excusal {
  before: DayRecord | null;
  after: DayRecord;
}

interface LeaveOf {
  leaveId: string;
  registrationId: string;
  cohortId: string;
  universityId: string;
  hostUnitId: string;
}

/** The leave's days to excuse, read in one BatchGet: a week's leave is one request, not seven in a row. */
export async function excusalsFor(
  leave: LeaveOf,
  dates: string[],
  placement: { hostUnitId: string; mentorKey: string } | null | undefined,
  at: string,
): Promise<Excusal[]> {
  const data = await batchGet(
    dates.map((date) => ({ registrationId: leave.registrationId, date })),
    (keys) => db().service.entities.attendanceDay.get(keys).go(),
  );
  const recorded = new Map(data.map((d) => [d.date, d]));
  const excusals: Excusal[] = [];
  for (const date of dates) {
    const day = recorded.get(date) ?? null;
    if (day && day.status !== 'absent') continue;
    excusals.push({
      before: day,
      after: {
        registrationId: leave.registrationId,
        date,
        cohortId: leave.cohortId,
        universityId: leave.universityId,
        // The days belong where the intern is placed when the leave is granted, like a check-in's.
        hostUnitId: placement?.hostUnitId ?? leave.hostUnitId,
        mentorKey: placement?.mentorKey ?? NO_MENTOR,
        status: 'leave',
        leaveId: leave.leaveId,
        createdAt: day?.createdAt ?? at,
        updatedAt: at,
      },
    });
  }
  return excusals;
}

/**
 * The day's write, conditioned on what was read (still absent and unchanged, or still without a
 * record), and its counters moved from the old status to leave.
 */
export function excuseOps(
  { attendanceDay, attendanceCounter }: Pick<Builders, 'attendanceDay' | 'attendanceCounter'>,
  { before, after }: Excusal,
): unknown[] {
  return [
    before
      ? attendanceDay
          .put(after)
          .where((a, { eq }) => `${eq(a.status, 'absent')} AND ${eq(a.updatedAt, before.updatedAt)}`)
          .commit()
      : attendanceDay.create(after).commit(),
    ...counterOps({ attendanceCounter }, after, transition(before, after)),
  ];
}
