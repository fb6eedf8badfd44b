import { entity } from '../db/entity.ts';
import { onIndex, VERSIONED } from '../db/attributes.ts';

export const LOG_CATEGORIES = ['research', 'fieldwork', 'production', 'training', 'meeting', 'other'] as const;

/**
 * An intern's daily activity log (实践日志). The key is the intern and the cohort-local date, so
 * the create() condition makes one log per intern per day without a separate guard. A cohort's logs
 * are listed from gsi1, grouped by university so a coordinator reads only their own.
 */
export const ActivityLog = entity({
  model: { entity: 'activityLog', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    logDate: { type: 'string', required: true },
    weekStart: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    hours: { type: 'number', required: true },
    category: { type: LOG_CATEGORIES, required: true },
    summary: { type: 'string', required: true },
    attachments: {
      type: 'list',
      items: {
        type: 'map',
        properties: { name: { type: 'string', required: true }, url: { type: 'string', required: true } },
      },
    },
    ...VERSIONED,
  },
  indexes: {
    byIntern: {
      pk: { field: 'pk', composite: ['registrationId'] },
      sk: { field: 'sk', composite: ['logDate'] },
    },
    byCohort: onIndex('gsi1', ['cohortId'], ['universityId', 'registrationId', 'logDate']),
  },
});
