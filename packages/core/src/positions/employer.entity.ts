import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';
import { COUNTY_CODES } from '../host-units/regions.ts';

/**
 * An employing unit that is not a host unit of the practice programme (a hospital, a school, a
 * state enterprise recruiting only through positions). Organisers create and list them; a few dozen
 * at the prefecture's scale, so one list partition (gsi1) in creation order.
 */
export const Employer = entity({
  model: { entity: 'employer', version: '1', service: 'aksu' },
  attributes: {
    employerId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    sector: { type: 'string', required: true },
    county: { type: COUNTY_CODES, required: true },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('employerId'),
    all: onIndex('gsi1', [], ['employerId']),
  },
});
