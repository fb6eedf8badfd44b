export { SCHEDULES, type Schedule } from './schedules.ts';
export * from './jobs.ts';
