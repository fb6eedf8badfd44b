import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';

/** What a placement's `mentorKey` holds while no mentor is assigned. */
export const NO_MENTOR = 'none';

/**
 * Where an accepted intern practises: one record per intern, keyed by the registration id, changed in
 * place when the intern moves. Lists: a cohort's placements (gsi1, grouped by university so a
 * coordinator reads only their own), a project's interns (gsi2), a mentor's mentees (gsi3, on
 * `mentorKey`, which is the mentor id or `none`).
 */
export const Placement = entity({
  model: { entity: 'placement', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    hostUnitId: { type: 'string', required: true },
    projectId: { type: 'string', required: true },
    mentorKey: { type: 'string', required: true },
    startDate: { type: 'string', required: true },
    endDate: { type: 'string', required: true },
    placedAt: { type: 'string', required: true },
    placedBy: { type: 'string', required: true },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('registrationId'),
    byCohort: onIndex('gsi1', ['cohortId'], ['universityId', 'registrationId']),
    byProject: onIndex('gsi2', ['projectId'], ['registrationId']),
    byMentor: onIndex('gsi3', ['mentorKey'], ['registrationId']),
  },
});
