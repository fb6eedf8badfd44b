import { entity } from '../db/entity.ts';

/**
 * Where a long job stands on one piece of work (the absentees of one cohort day, the reminders of
 * one cohort day): the cursor of the next page to read and whether the piece is done. A job that
 * runs out of its per-invocation budget saves the cursor here and the next invocation continues,
 * so no invocation's work grows with the size of a cohort. Old checkpoints expire on their own.
 */
export const JobCheckpoint = entity({
  model: { entity: 'jobCheckpoint', version: '1', service: 'aksu' },
  attributes: {
    job: { type: 'string', required: true },
    /** The piece of work, e.g. `<cohortId>#<date>`. */
    scope: { type: 'string', required: true },
    /** The query cursor of the next page; absent at the start. */
    cursor: { type: 'string' },
    done: { type: 'boolean', required: true },
    /** Items read and items changed so far, over every invocation. */
    scanned: { type: 'number', required: true },
    changed: { type: 'number', required: true },
    invocations: { type: 'number', required: true },
    updatedAt: { type: 'string', required: true },
    expiresAt: { type: 'number' },
  },
  indexes: {
    byScope: {
      pk: { field: 'pk', composite: ['job', 'scope'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
