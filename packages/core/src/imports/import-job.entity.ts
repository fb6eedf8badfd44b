import { entity } from '../db/entity.ts';
import { keyedBy, onIndex } from '../db/attributes.ts';

export const IMPORT_JOB_STATUSES = ['pending', 'processing', 'completed'] as const;
export const IMPORT_FORMATS = ['xlsx', 'csv'] as const;

/**
 * One uploaded file for one cohort and university, and its progress. One runner at a time holds the
 * lease (`leaseUntil`); the counters move with each batch's outcomes in one transaction, and only
 * while `nextRowKey` has not passed the batch, so they stay exact even when a lease lapses under a
 * runner that carries on. A runner that stops (a timeout) leaves the lease to expire and the next
 * run carries on where it stopped.
 *
 * A university's imports in a cohort are listed from gsi1, all of a cohort's (for organisers) from
 * gsi2, and jobs by status from gsi3: the `pending` and `processing` partitions are the unfinished
 * jobs the resume job looks through for one whose worker died, without a Scan. Jobs and their
 * batches expire (`expiresAt`) with the personal data the batches carry; the registrations they
 * made stay.
 */
export const ImportJob = entity({
  model: { entity: 'importJob', version: '1', service: 'aksu' },
  attributes: {
    importJobId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    filename: { type: 'string', required: true },
    format: { type: IMPORT_FORMATS, required: true },
    contentHash: { type: 'string', required: true },
    headers: { type: 'list', items: { type: 'string' }, required: true },
    status: { type: IMPORT_JOB_STATUSES, required: true },
    totalRows: { type: 'number', required: true },
    rowsDone: { type: 'number', required: true },
    accepted: { type: 'number', required: true },
    rejected: { type: 'number', required: true },
    leaseUntil: { type: 'number' },
    /** The first row not yet looked at by a runner; rows are read from here on the consistent main index. */
    nextRowKey: { type: 'string', required: true },
    createdBy: { type: 'string', required: true },
    /** The uploader's role when they uploaded: the worker registers the rows as they would have. */
    createdByRole: { type: ['organiser', 'coordinator'] as const },
    createdAt: { type: 'string', required: true },
    startedAt: { type: 'string' },
    finishedAt: { type: 'string' },
    updatedAt: { type: 'string', required: true },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byId: keyedBy('importJobId'),
    byCohortUniversity: onIndex('gsi1', ['cohortId', 'universityId'], ['createdAt', 'importJobId']),
    byCohort: onIndex('gsi2', ['cohortId'], ['createdAt', 'importJobId']),
    byStatus: onIndex('gsi3', ['status'], ['importJobId']),
  },
});
