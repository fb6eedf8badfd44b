import { Entity } from 'electrodb';

export const COUNTER_DIMENSIONS = ['all', 'hostUnit', 'university'] as const;

/**
 * A cohort day's counters: one item for the whole cohort (`all`), one per host unit and one per
 * university, all in the cohort day's partition so the board reads them with one Query whose cost
 * depends on the number of host units and universities, never on the number of interns. Every
 * write of an attendance day adds to its three counters in the same transaction.
 */
export const AttendanceCounter = new Entity({
  model: { entity: 'attendanceCounter', version: '1', service: 'aksu' },
  attributes: {
    cohortId: { type: 'string', required: true },
    date: { type: 'string', required: true },
    dimension: { type: COUNTER_DIMENSIONS, required: true },
    key: { type: 'string', required: true },
    checkedIn: { type: 'number' },
    syncedLate: { type: 'number' },
    outsideRadius: { type: 'number' },
    onLeave: { type: 'number' },
    absent: { type: 'number' },
  },
  indexes: {
    byCohortDay: {
      pk: { field: 'pk', composite: ['cohortId', 'date'] },
      sk: { field: 'sk', composite: ['dimension', 'key'] },
    },
  },
});
