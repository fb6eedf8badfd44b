import { entity } from '../db/entity.ts';

/**
 * People still employed whose fifth anniversary falls on `dueOn`, per subsidy category and zone:
 * +1 on onboarding, −1 on leaving, in the same transaction. The liability forecast is one Query over
 * the next five years of these items, whatever the number of people behind them.
 */
export const SubsidyBucket = entity({
  model: { entity: 'subsidyBucket', version: '1', service: 'aksu' },
  attributes: {
    ledger: { type: 'string', required: true },
    dueOn: { type: 'string', required: true },
    category: { type: ['senior', 'master', 'bachelor'] as const, required: true },
    zone: { type: ['prefecture', 'high_tech_zone'] as const, required: true },
    count: { type: 'number' },
  },
  indexes: {
    byDue: {
      pk: { field: 'pk', composite: ['ledger'] },
      sk: { field: 'sk', composite: ['dueOn', 'category', 'zone'] },
    },
  },
});
