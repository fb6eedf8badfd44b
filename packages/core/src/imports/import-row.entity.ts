import { Entity } from 'electrodb';

export const IMPORT_ROW_STATUSES = ['pending', 'accepted', 'rejected'] as const;

/**
 * One row of an uploaded file and how it ended. The cells as uploaded (national ID and phones
 * included) are sealed with the field key, because the result file gives them back; the list shows
 * only the name, the masked ID and the outcome.
 *
 * Rows sort by `rowKey`, the zero-padded row number, in the job's partition; gsi1 holds them by
 * status, so the runner reads the pending ones and the screen the rejected ones first.
 */
export const ImportRow = new Entity({
  model: { entity: 'importRow', version: '1', service: 'aksu' },
  attributes: {
    importJobId: { type: 'string', required: true },
    rowKey: { type: 'string', required: true },
    rowNumber: { type: 'number', required: true },
    status: { type: IMPORT_ROW_STATUSES, required: true },
    name: { type: 'string', required: true },
    nationalIdMasked: { type: 'string', required: true },
    cellsSealed: { type: 'string', required: true },
    /** The normalised student, sealed, while the row waits to be registered. */
    studentSealed: { type: 'string' },
    reason: { type: 'string' },
    message: { type: 'string' },
    registrationId: { type: 'string' },
    updatedAt: { type: 'string', required: true },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byJob: {
      pk: { field: 'pk', composite: ['importJobId'] },
      sk: { field: 'sk', composite: ['rowKey'] },
    },
    byStatus: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['importJobId', 'status'] },
      sk: { field: 'gsi1sk', composite: ['rowKey'] },
    },
  },
});
