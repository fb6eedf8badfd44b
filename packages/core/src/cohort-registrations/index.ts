export * from './cohort-registrations.schema.ts';
export { COHORT_REGISTRATION_STATUSES, REGISTRATION_SOURCES } from './cohort-registration.entity.ts';
export { allowedRegistrationTransitions } from './lifecycle.ts';
export { normaliseRow } from './normalise.ts';
export { registerBatch, registrationIdOf, type RegisterOutcome, type RegisterOptions } from './register.ts';
export { CohortRegistrations } from './cohort-registrations.ts';
export { decideRegistration } from './decisions.ts';
export type { Review } from './status-changes.ts';
export type { RegistrationRecord } from './records.ts';
