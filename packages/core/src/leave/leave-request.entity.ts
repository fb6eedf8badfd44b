import { entity } from '../db/entity.ts';

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected'] as const;

/**
 * An intern's request for leave (请假) over consecutive dates. Lists: an intern's own (gsi1), a
 * cohort's by status (gsi3). There is deliberately no list by mentor: the mentor who decides is the
 * one the placement names when they act, so a mentor's list is read through their current mentees.
 */
export const LeaveRequest = entity({
  model: { entity: 'leaveRequest', version: '1', service: 'aksu' },
  attributes: {
    leaveId: { type: 'string', required: true },
    registrationId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    hostUnitId: { type: 'string', required: true },
    internName: { type: 'string', required: true },
    from: { type: 'string', required: true },
    to: { type: 'string', required: true },
    reason: { type: 'string', required: true },
    status: { type: LEAVE_STATUSES, required: true },
    decisionComment: { type: 'string' },
    decidedBy: { type: 'string' },
    decidedAt: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['leaveId'] },
      sk: { field: 'sk', composite: [] },
    },
    byIntern: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['registrationId'] },
      sk: { field: 'gsi1sk', composite: ['createdAt', 'leaveId'] },
    },
    byCohort: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['cohortId', 'status'] },
      sk: { field: 'gsi3sk', composite: ['createdAt', 'leaveId'] },
    },
  },
});
