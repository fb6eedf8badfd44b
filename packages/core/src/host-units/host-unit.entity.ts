import { entity } from '../db/entity.ts';
import { CLUSTER_CODES, COUNTY_CODES, HOST_UNIT_KINDS } from './regions.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';

/**
 * Host units (实践单位). Organisers list them by name on gsi1, by cluster on gsi2 and by kind on gsi3;
 * filtering by both kind and cluster queries the cluster and filters the (small) page by kind.
 * The location and radius are read by the daily check-in.
 */
export const HostUnit = entity({
  model: { entity: 'hostUnit', version: '1', service: 'aksu' },
  attributes: {
    hostUnitId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    kind: { type: HOST_UNIT_KINDS, required: true },
    cluster: { type: CLUSTER_CODES, required: true },
    county: { type: COUNTY_CODES, required: true },
    address: { type: 'string', required: true },
    contact: {
      type: 'map',
      required: true,
      properties: {
        name: { type: 'string', required: true },
        title: { type: 'string' },
        phone: { type: 'string', required: true },
        email: { type: 'string' },
      },
    },
    checkInRadiusM: { type: 'number' },
    location: {
      type: 'map',
      properties: { lat: { type: 'number', required: true }, lng: { type: 'number', required: true } },
    },
    description: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('hostUnitId'),
    all: onIndex('gsi1', [], ['hostUnitId']),
    byCluster: onIndex('gsi2', ['cluster'], ['hostUnitId']),
    byKind: onIndex('gsi3', ['kind'], ['hostUnitId']),
  },
});
