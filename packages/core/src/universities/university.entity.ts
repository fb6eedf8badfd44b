import { entity } from '../db/entity.ts';

/**
 * Universities. Two list orders, both by name: all universities on gsi2 (one partition: there are
 * dozens, not millions) and by province on gsi1. Name uniqueness is a UniqueGuard.
 */
export const University = entity({
  model: { entity: 'university', version: '1', service: 'aksu' },
  attributes: {
    universityId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    nameEn: { type: 'string' },
    shortName: { type: 'string' },
    city: { type: 'string', required: true },
    province: { type: 'string', required: true },
    country: { type: 'string', required: true },
    tags: { type: 'list', items: { type: 'string' } },
    contacts: {
      type: 'list',
      items: {
        type: 'map',
        properties: {
          name: { type: 'string', required: true },
          title: { type: 'string' },
          phone: { type: 'string' },
          email: { type: 'string' },
        },
      },
    },
    /** Lower-cased names for `contains` search; DynamoDB filters are case-sensitive. */
    searchText: { type: 'string', hidden: true },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['universityId'] },
      sk: { field: 'sk', composite: [] },
    },
    byProvince: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['province'] },
      sk: { field: 'gsi1sk', composite: ['name', 'universityId'] },
    },
    all: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: [] },
      sk: { field: 'gsi2sk', composite: ['name', 'universityId'] },
    },
  },
});
