import { entity } from '../db/entity.ts';

/** What the daily reminder job found on a day: kept so organisers see the same list all day. */
export const ReminderDigest = entity({
  model: { entity: 'reminderDigest', version: '1', service: 'aksu' },
  attributes: {
    date: { type: 'string', required: true },
    expiring: { type: 'any', required: true },
    inactive: { type: 'any', required: true },
    /** Absent from digests recorded before overdue agreements were listed. */
    overdue: { type: 'any' },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byDate: {
      pk: { field: 'pk', composite: [] },
      sk: { field: 'sk', composite: ['date'] },
    },
  },
});
