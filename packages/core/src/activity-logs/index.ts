export * from './activity-logs.schema.ts';
export { LOG_CATEGORIES } from './activity-log.entity.ts';
export { WEEK_STATUSES } from './log-week.entity.ts';
export { weekStartOf, localWeekStart, weekDates, isWeekday } from './weeks.ts';
export * from './activity-logs.ts';
