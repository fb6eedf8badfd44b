export * from './leave.schema.ts';
export { LEAVE_STATUSES } from './leave-request.entity.ts';
export { Leave } from './leave.ts';
