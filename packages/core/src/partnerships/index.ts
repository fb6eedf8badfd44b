export * from './partnerships.schema.ts';
export { PARTNERSHIP_STATUSES, allowedTransitions, isOverdue } from './lifecycle.ts';
export { REMINDER_POLICY } from './reminders.ts';
export { PARTNERSHIP_TYPES } from './partnership.entity.ts';
export { ACTIVITY_KINDS } from './activity.entity.ts';
export { Partnerships } from './partnerships.ts';
