import { entity } from '../db/entity.ts';
import { VERSIONED } from '../db/attributes.ts';

export const WEEK_STATUSES = ['pending', 'approved', 'returned'] as const;

/**
 * The mentor's review of one intern's ISO week (Monday start, cohort-local). Every log write
 * touches its week in the same transaction under `status <> approved`, which is what locks a
 * reviewed week against edits even when the review and an edit race. There is deliberately no
 * list by mentor: who reviews is whoever the placement names when they act, so a mentor's weeks are
 * read through their current mentees (one Query per mentee, in parallel).
 */
export const LogWeek = entity({
  model: { entity: 'logWeek', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    weekStart: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    status: { type: WEEK_STATUSES, required: true },
    logCount: { type: 'number', required: true },
    comment: { type: 'string' },
    reviewedAt: { type: 'string' },
    reviewedBy: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byIntern: {
      pk: { field: 'pk', composite: ['registrationId'] },
      sk: { field: 'sk', composite: ['weekStart'] },
    },
  },
});
