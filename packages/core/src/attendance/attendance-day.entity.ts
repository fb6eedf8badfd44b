import { entity } from '../db/entity.ts';

export const DAY_STATUSES = ['present', 'leave', 'absent'] as const;

/**
 * One intern's cohort day: the check-in, an approved leave or a marked absence. The key
 * (registrationId, date) is the intern/day uniqueness guard: a check-in creates it only while it does
 * not exist (or turns an absence or leave into presence), so retries and two devices give one.
 *
 * Lists: a cohort day's records by university (gsi1; a coordinator reads their own prefix). gsi2
 * holds the mentor the day was recorded under, which a mentor change does not rewrite; a mentor's
 * list of days is therefore read through their current mentees, not from it.
 */
export const AttendanceDay = entity({
  model: { entity: 'attendanceDay', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    date: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    hostUnitId: { type: 'string', required: true },
    mentorKey: { type: 'string', required: true },
    status: { type: DAY_STATUSES, required: true },
    checkedInAt: { type: 'string' },
    receivedAt: { type: 'string' },
    syncedLate: { type: 'boolean' },
    clientNonce: { type: 'string' },
    location: {
      type: 'map',
      properties: {
        lat: { type: 'number', required: true },
        lng: { type: 'number', required: true },
        accuracyM: { type: 'number' },
      },
    },
    distanceM: { type: 'number' },
    outsideRadius: { type: 'boolean' },
    leaveId: { type: 'string' },
    markedAt: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byIntern: {
      pk: { field: 'pk', composite: ['registrationId'] },
      sk: { field: 'sk', composite: ['date'] },
    },
    byCohortDay: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['cohortId', 'date'] },
      sk: { field: 'gsi1sk', composite: ['universityId', 'registrationId'] },
    },
    byMentor: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['mentorKey'] },
      sk: { field: 'gsi2sk', composite: ['date', 'registrationId'] },
    },
  },
});
