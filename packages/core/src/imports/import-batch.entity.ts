import { entity } from '../db/entity.ts';

export const IMPORT_ROW_STATUSES = ['pending', 'accepted', 'rejected'] as const;

const batchKeys = {
  importJobId: { type: 'string', required: true },
  /** `rowKeyOf` the batch's first row: batches sort in file order in the job's partition. */
  batchKey: { type: 'string', required: true },
  updatedAt: { type: 'string', required: true },
  expiresAt: { type: 'number', required: true },
} as const;

const byJob = {
  pk: { field: 'pk', composite: ['importJobId'] },
  sk: { field: 'sk', composite: ['batchKey'] },
} as const;

/**
 * A run of consecutive rows of an uploaded file as they came in, stored as one item so an import
 * writes a dozen items instead of a thousand. The cells as uploaded (national ID and phones
 * included) are sealed with the field key, because the result file gives them back; the normalised
 * students wait sealed beside them until the batch is registered, then go.
 */
export const ImportBatch = entity({
  model: { entity: 'importBatch', version: '1', service: 'aksu' },
  attributes: {
    ...batchKeys,
    /** Sealed JSON: each row's cells, in the order of `ImportOutcomes.rows`. */
    cellsSealed: { type: 'string', required: true },
    /** Sealed JSON: each row's normalised student, or null for a row refused at upload. */
    studentsSealed: { type: 'string' },
  },
  indexes: { byJob },
});

/**
 * How each row of a batch ended, in a small item of its own: the rows list and its status tabs read
 * these for a whole job in one query, without the sealed cells. Rows refused at upload are decided
 * here from the start; the rest are `pending` until the runner stores the batch's outcomes.
 */
export const ImportOutcomes = entity({
  model: { entity: 'importOutcomes', version: '1', service: 'aksu' },
  attributes: {
    ...batchKeys,
    rows: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          rowNumber: { type: 'number', required: true },
          status: { type: IMPORT_ROW_STATUSES, required: true },
          name: { type: 'string', required: true },
          nationalIdMasked: { type: 'string', required: true },
          reason: { type: 'string' },
          message: { type: 'string' },
          registrationId: { type: 'string' },
        },
      },
    },
  },
  indexes: { byJob },
});
