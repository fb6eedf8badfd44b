export * from './attendance.schema.ts';
export { DAY_STATUSES } from './attendance-day.entity.ts';
export { dayCounter, dayCounters, type DayCounts } from './counters.ts';
export {
  ABSENTEE_BUDGET,
  ABSENTEE_JOB,
  ABSENTEE_JOB_NAME,
  dayToMark,
  type AbsenteeProgress,
  type AbsenteeRun,
} from './absentees.ts';
export * from './check-ins.schema.ts';
export * from './check-in-rules.ts';
export { checkInRecorded, checkInWrites, CHECK_IN_RECORDED, type CheckInWrite } from './check-in-writes.ts';
export type { CheckInOptions, CheckInResult } from './check-in.ts';
export { DailyCheckIns } from './daily-check-ins.ts';
export { Attendance, type DayOutcome } from './attendance.ts';
