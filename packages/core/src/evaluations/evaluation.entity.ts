import { entity } from '../db/entity.ts';
import { keyedBy, VERSIONED } from '../db/attributes.ts';

/** The mentor's final evaluation of an intern: one per intern, keyed by the registration. */
export const Evaluation = entity({
  model: { entity: 'evaluation', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    mentorId: { type: 'string', required: true },
    competence: { type: 'number', required: true },
    attitude: { type: 'number', required: true },
    teamwork: { type: 'number', required: true },
    innovation: { type: 'number', required: true },
    comment: { type: 'string', required: true },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('registrationId'),
  },
});
