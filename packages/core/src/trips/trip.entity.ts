import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';

/**
 * Recruiting trips. Delegation, expenses and stops are small lists kept on the trip: they are read
 * and edited with it. Organisers list trips newest first on gsi1.
 */
export const Trip = entity({
  model: { entity: 'trip', version: '1', service: 'aksu' },
  attributes: {
    tripId: { type: 'string', required: true },
    title: { type: 'string', required: true },
    startDate: { type: 'string', required: true },
    endDate: { type: 'string', required: true },
    delegation: { type: 'any', required: true },
    budgetFen: { type: 'number', required: true },
    expenses: { type: 'any', required: true },
    stops: { type: 'any', required: true },
    notes: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('tripId'),
    all: onIndex('gsi1', [], ['startDate', 'tripId']),
  },
});
