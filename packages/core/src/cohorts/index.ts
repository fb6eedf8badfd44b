export * from './cohorts.schema.ts';
export { COHORT_STATUSES, COHORT_DEGREE_LEVELS, STIPEND_COUNTED_DAYS } from './cohort.entity.ts';
