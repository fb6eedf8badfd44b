import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';

export const COHORT_STATUSES = ['planning', 'registration_open', 'review', 'running', 'closed'] as const;
export const COHORT_DEGREE_LEVELS = ['bachelor', 'master', 'phd'] as const;
/** Which days of the cohort earn the daily allowance (read by the stipend rules). */
export const STIPEND_COUNTED_DAYS = ['checked_in', 'calendar', 'weekdays'] as const;

/**
 * A cohort of the summer practice programme. It shares its partition with its per-university
 * quota counters (see cohort-university.entity.ts), so the cohort and its universities are read
 * with one Query. All cohorts are listed newest first from gsi2.
 *
 * Money is stored in fen (integer) so stipend arithmetic never meets floating point.
 */
export const Cohort = entity({
  model: { entity: 'cohort', version: '1', service: 'aksu' },
  attributes: {
    cohortId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    startsOn: { type: 'string', required: true },
    endsOn: { type: 'string', required: true },
    timeZone: { type: 'string', required: true },
    registrationOpensAt: { type: 'string', required: true },
    registrationClosesAt: { type: 'string', required: true },
    status: { type: COHORT_STATUSES, required: true },
    eligibleDegreeLevels: { type: 'list', items: { type: 'string' }, required: true },
    stipendPolicy: {
      type: 'map',
      required: true,
      properties: {
        dailyAllowanceFen: { type: 'number', required: true },
        countedDays: { type: STIPEND_COUNTED_DAYS, required: true },
        travelCapFen: { type: 'number', required: true },
        projectAwardFen: { type: 'number', required: true },
        mentorAllowancePerMenteeFen: { type: 'number', required: true },
        countApprovedLeave: { type: 'boolean' },
      },
    },
    checkInWindow: {
      type: 'map',
      required: true,
      properties: {
        start: { type: 'string', required: true },
        end: { type: 'string', required: true },
      },
    },
    description: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('cohortId'),
    all: onIndex('gsi2', [], ['startsOn', 'cohortId']),
  },
});
