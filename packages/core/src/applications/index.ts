export * from './applications.schema.ts';
export { APPLICATION_STATUSES } from './lifecycle.ts';
export { Applications } from './screening.ts';
export { MyApplication } from './my-application.ts';
export * from './interviews.schema.ts';
export { Interviews } from './interviews.ts';
import { apply, cvUploadLink } from './apply.ts';

/** The no-sign-in side of applying: the CV upload link and the application itself. */
export const PublicApplications = { cvUploadLink, apply };
export * from './tallies.schema.ts';
export { RecruitmentNumbers } from './tallies-read.ts';
