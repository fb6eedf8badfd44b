import { entity } from '../db/entity.ts';
import { keyedBy } from '../db/attributes.ts';

/**
 * A project's seat counter. Every placement adds one to `placed` only while `placed < seats`, in the
 * same transaction as the placement; moving an intern away subtracts one in the move's transaction.
 * Reducing `seats` is conditioned on `placed <= seats`, so a project is never oversold either way.
 */
export const ProjectSeats = entity({
  model: { entity: 'projectSeats', version: '1', service: 'aksu' },
  attributes: {
    projectId: { type: 'string', required: true },
    seats: { type: 'number', required: true },
    placed: { type: 'number', required: true },
  },
  indexes: {
    byProject: keyedBy('projectId'),
  },
});
