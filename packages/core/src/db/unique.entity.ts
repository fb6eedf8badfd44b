import { entity } from './entity.ts';

/**
 * Uniqueness guards: one item per claimed value (an email, a university name). Created in the same
 * transaction as the record that claims the value, with ElectroDB's create() condition
 * (attribute_not_exists), so two concurrent claims cannot both succeed.
 */
export const UniqueGuard = entity({
  model: { entity: 'unique', version: '1', service: 'aksu' },
  attributes: {
    kind: { type: 'string', required: true },
    value: { type: 'string', required: true },
    ownerId: { type: 'string', required: true },
    /** Epoch seconds (TTL), for guards that must go with the data they guard, like an event's registrations. */
    expiresAt: { type: 'number' },
  },
  indexes: {
    byValue: {
      pk: { field: 'pk', composite: ['kind', 'value'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
