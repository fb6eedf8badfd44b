export * from './cohorts.schema.ts';
export { COHORT_STATUSES, COHORT_DEGREE_LEVELS, STIPEND_COUNTED_DAYS } from './cohort.entity.ts';
export { allowedCohortTransitions } from './lifecycle.ts';
export { Cohorts } from './cohorts.ts';
export { getCohortRecord, type CohortRecord } from './records.ts';
