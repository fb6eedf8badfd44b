export * from './positions.schema.ts';
export * from './announcements.schema.ts';
export { POSITION_STATUSES, ANNOUNCEMENT_STATUSES } from './lifecycle.ts';
export { UNIT_KINDS, POST_KINDS, SALARY_PERIODS } from './position.entity.ts';
export { POSITION_DEGREE_LEVELS } from './subsidy.ts';
export { Employers } from './employers.ts';
export { Positions } from './positions.ts';
export { PublicPositions } from './public-positions.ts';
export { Announcements, PublicAnnouncements } from './announcements.ts';
