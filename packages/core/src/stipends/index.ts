export * from './stipends.schema.ts';
export { Statements } from './statements.ts';
export { PayoutBatches, BATCH_SIZE } from './batches.ts';
export { countedDays, fenText, internStatement, mentorStatement, type AttendanceDay, type DayStatus, type StatementLine, type StipendRules } from './arithmetic.ts';
