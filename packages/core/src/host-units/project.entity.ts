import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';

export const PROJECT_DEGREE_LEVELS = ['bachelor', 'master', 'phd'] as const;

/**
 * Projects (实践岗位) a host unit posts for a cohort. Listed per cohort on gsi1 (the placement board)
 * and per host unit on gsi2. Seats live in the project's seat counter, not here: the project is
 * edited rarely, the counter on every placement.
 */
export const Project = entity({
  model: { entity: 'project', version: '1', service: 'aksu' },
  attributes: {
    projectId: { type: 'string', required: true },
    hostUnitId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    majors: { type: 'list', items: { type: 'string' }, required: true },
    disciplines: { type: 'list', items: { type: 'string' }, required: true },
    // Checked against PROJECT_DEGREE_LEVELS by the input schema.
    degreeLevels: { type: 'list', items: { type: 'string' }, required: true },
    seats: { type: 'number', required: true },
    supervisor: {
      type: 'map',
      required: true,
      properties: {
        name: { type: 'string', required: true },
        title: { type: 'string' },
        phone: { type: 'string' },
      },
    },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('projectId'),
    byCohort: onIndex('gsi1', ['cohortId'], ['projectId']),
    byHostUnit: onIndex('gsi2', ['hostUnitId'], ['cohortId', 'projectId']),
  },
});
