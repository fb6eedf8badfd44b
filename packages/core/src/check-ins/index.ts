export * from './check-ins.schema.ts';
export * from './rules.ts';
export { checkInRecorded, checkInWrites, CHECK_IN_RECORDED, type CheckInWrite } from './transaction.ts';
export type { CheckInOptions, CheckInResult } from './check-in.ts';
export { DailyCheckIns } from './daily-check-ins.ts';
