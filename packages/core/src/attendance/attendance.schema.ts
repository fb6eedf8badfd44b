import { dateSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { DAY_STATUSES } from './attendance-day.entity.ts';

/**
 * What a cohort day is for one intern: checked in, checked in offline and synced late, on approved leave, absent, or
 * not yet.
 */
export const INTERN_DAY_STATUSES = ['present', 'late_synced', 'leave', 'absent', 'not_yet'] as const;
/** The stipend rules' view of a day: `future` covers today before it is decided and every later day. */
export const DAY_OUTCOMES = ['present', 'late_synced', 'leave', 'absent', 'future'] as const;

export const AttendanceDayView = z.object({
  registrationId: z.string(),
  date: z.string(),
  cohortId: z.string(),
  universityId: z.string(),
  hostUnitId: z.string(),
  status: z.enum(DAY_STATUSES),
  checkedInAt: z.string().optional(),
  receivedAt: z.string().optional(),
  syncedLate: z.boolean().optional(),
  location: z.object({ lat: z.number(), lng: z.number(), accuracyM: z.number().optional() }).optional(),
  distanceM: z.number().optional().openapi({ description: 'Metres from the host unit, when both locations are known' }),
  outsideRadius: z.boolean().optional(),
  leaveId: z.string().optional(),
});
export type AttendanceDayView = z.infer<typeof AttendanceDayView>;

export const DailyAttendanceCounts = z.object({
  placed: z.number().int().nullable().openapi({ description: 'Placed interns; null where no counter holds it' }),
  checkedIn: z.number().int(),
  syncedLate: z.number().int(),
  outsideRadius: z.number().int(),
  onLeave: z.number().int(),
  absent: z.number().int(),
  notYet: z.number().int().nullable().openapi({ description: 'Placed interns with no record for the day yet' }),
});
export type DailyAttendanceCounts = z.infer<typeof DailyAttendanceCounts>;

export const AttendanceBoardView = z.object({
  cohortId: z.string(),
  date: z.string(),
  today: z.string().openapi({ description: "The cohort's local date now" }),
  totals: DailyAttendanceCounts,
  byHostUnit: z.array(DailyAttendanceCounts.extend({ hostUnitId: z.string(), name: z.string() })),
  byUniversity: z.array(DailyAttendanceCounts.extend({ universityId: z.string(), name: z.string() })),
});
export type AttendanceBoardView = z.infer<typeof AttendanceBoardView>;

export const AttendanceDaysView = z.object({
  cohortId: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  today: z.string().openapi({ description: "The cohort's local date now" }),
  days: z
    .array(
      z.object({
        date: z.string(),
        checkedIn: z.number().int(),
        syncedLate: z.number().int(),
        onLeave: z.number().int(),
        absent: z.number().int(),
      }),
    )
    .openapi({
      description:
        'Each cohort day from the start to today (or the end), from the day counters; absent counts a day once the ' +
        'absentee run has marked it',
    }),
});
export type AttendanceDaysView = z.infer<typeof AttendanceDaysView>;

export const AttendanceQuery = z.object({
  date: dateSchema.optional().openapi({ description: "The cohort day; the cohort's today when left out" }),
});

export const RosterQuery = AttendanceQuery.extend({
  status: z
    .enum(DAY_STATUSES)
    .optional()
    .openapi({ description: 'Only interns with this record for the day (e.g. the absentee list)' }),
});

export const InternDayView = z.object({
  registrationId: z.string(),
  name: z.string(),
  universityId: z.string(),
  hostUnitId: z.string(),
  date: z.string(),
  status: z.enum(INTERN_DAY_STATUSES),
  checkedInAt: z.string().optional(),
  outsideRadius: z.boolean().optional(),
});
export type InternDayView = z.infer<typeof InternDayView>;

export const InternAttendanceView = z.object({
  registrationId: z.string(),
  cohortId: z.string(),
  today: z.string(),
  timeZone: z.string(),
  checkInWindow: z.object({ start: z.string(), end: z.string() }),
  days: z.array(
    z.object({
      date: z.string(),
      outcome: z.enum(DAY_OUTCOMES),
      checkedInAt: z.string().optional(),
      syncedLate: z.boolean().optional(),
      outsideRadius: z.boolean().optional(),
      leaveId: z.string().optional(),
    }),
  ),
});
export type InternAttendanceView = z.infer<typeof InternAttendanceView>;
