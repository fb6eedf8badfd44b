export * from './cohort-registrations.schema.ts';
export { COHORT_REGISTRATION_STATUSES, REGISTRATION_SOURCES } from './cohort-registration.entity.ts';
