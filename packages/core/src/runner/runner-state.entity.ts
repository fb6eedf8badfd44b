import { entity } from '../db/entity.ts';

/**
 * Where a local background process got to, so a restarted one carries on instead of starting over:
 * the stream worker's last handled sequence number per shard (scope `stream:<consumer>`, key the
 * shard id) and the dev runner's last run per scheduled job (scope `schedule`, key the job name).
 * A handful of items, each written by one process, read at its start.
 */
export const RunnerState = entity({
  model: { entity: 'runnerState', version: '1', service: 'aksu' },
  attributes: {
    scope: { type: 'string', required: true },
    key: { type: 'string', required: true },
    value: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byScope: {
      pk: { field: 'pk', composite: ['scope'] },
      sk: { field: 'sk', composite: ['key'] },
    },
  },
});
