export * from './applications.schema.ts';
export { APPLICATION_STATUSES } from './lifecycle.ts';
export { Applications } from './screening.ts';
export { MyApplication } from './my-application.ts';
export * from './interviews.schema.ts';
export { Interviews } from './interviews.ts';
export { PublicApplications } from './public-applications.ts';
export * from './tallies.schema.ts';
export { RecruitmentNumbers } from './tallies-read.ts';
