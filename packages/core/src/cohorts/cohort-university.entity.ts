import { entity } from '../db/entity.ts';
import { onIndex } from '../db/attributes.ts';

/**
 * A university's participation in a cohort: its quota and the counters of its registrations by
 * status. The quota condition sits on this item (`active < quota`), and every registration write
 * and status change updates it in the same transaction, so the summary is exact and a quota can
 * never be overrun by concurrent registrations.
 *
 * `active` counts the registrations that hold a place in the quota: all but rejected and withdrawn.
 * Coordinators find the cohorts of their university on gsi1.
 */
export const CohortUniversity = entity({
  model: { entity: 'cohortUniversity', version: '1', service: 'aksu' },
  attributes: {
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    cohortStartsOn: { type: 'string', required: true },
    quota: { type: 'number', required: true },
    active: { type: 'number', required: true },
    submitted: { type: 'number', required: true },
    accepted: { type: 'number', required: true },
    waitlisted: { type: 'number', required: true },
    rejected: { type: 'number', required: true },
    confirmed: { type: 'number', required: true },
    withdrawn: { type: 'number', required: true },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byCohort: {
      pk: { field: 'pk', composite: ['cohortId'] },
      sk: { field: 'sk', composite: ['universityId'] },
    },
    byUniversity: onIndex('gsi1', ['universityId'], ['cohortStartsOn', 'cohortId']),
  },
});
