import { entity } from '../db/entity.ts';

/** What a person may ask for; the kinds are fixed, their deadlines are policy data. */
export const REQUEST_KINDS = [
  'school_transfer',
  'household_registration',
  'housing',
  'medical_care',
  'spouse_employment',
  'title_review',
  'other',
] as const;

export const REQUEST_STATUSES = ['received', 'in_progress', 'resolved', 'unresolvable'] as const;

/**
 * A request (诉求) a person files with their commissioner, with its deadline from the policy in force
 * on the day it arrived. `state` is open until resolved or found unresolvable; the open ones of a
 * commissioner (gsi1) and of everyone (gsi3) sort by deadline, so the overdue come first. A person's
 * own requests are gsi2, newest last.
 */
export const ServiceRequest = entity({
  model: { entity: 'serviceRequest', version: '1', service: 'aksu' },
  attributes: {
    requestId: { type: 'string', required: true },
    outcomeId: { type: 'string', required: true },
    cohortId: { type: 'string' },
    personName: { type: 'string', required: true },
    commissionerId: { type: 'string', required: true },
    kind: { type: REQUEST_KINDS, required: true },
    description: { type: 'string', required: true },
    status: { type: REQUEST_STATUSES, required: true },
    state: { type: ['open', 'closed'] as const, required: true },
    receivedOn: { type: 'string', required: true },
    dueOn: { type: 'string', required: true },
    policyId: { type: 'string', required: true },
    /** Notes the person reads: { at, text }, oldest first. */
    notes: { type: 'any', required: true },
    /** Checked files: { attachmentId, key, name, contentType, size }; the key never leaves core. */
    attachments: { type: 'any' },
    reason: { type: 'string' },
    rating: { type: 'number' },
    ratingComment: { type: 'string' },
    closedOn: { type: 'string' },
    filedBy: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['requestId'] },
      sk: { field: 'sk', composite: [] },
    },
    byCommissioner: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['commissionerId', 'state'] },
      sk: { field: 'gsi1sk', composite: ['dueOn', 'requestId'] },
    },
    byOutcome: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['outcomeId'] },
      sk: { field: 'gsi2sk', composite: ['createdAt', 'requestId'] },
    },
    byState: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['state'] },
      sk: { field: 'gsi3sk', composite: ['dueOn', 'requestId'] },
    },
  },
});
