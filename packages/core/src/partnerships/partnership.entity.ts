import { entity } from '../db/entity.ts';
import { PARTNERSHIP_STATUSES } from './lifecycle.ts';

export const PARTNERSHIP_TYPES = [
  'strategic_cooperation',
  'campus_recruitment',
  'practice_base',
  'joint_research_platform',
  'teacher_exchange',
  'academician_workstation',
] as const;

/**
 * Partnerships with universities. Lists: per university (gsi1), all by creation (gsi2), and open
 * agreements by end date (gsi3, `expiryBucket` = 'open' only for signed/active ones with an end
 * date), so "expiring within N days" is one Query between two dates.
 */
export const Partnership = entity({
  model: { entity: 'partnership', version: '1', service: 'aksu' },
  attributes: {
    partnershipId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    title: { type: 'string', required: true },
    type: { type: PARTNERSHIP_TYPES, required: true },
    status: { type: PARTNERSHIP_STATUSES, required: true },
    signedOn: { type: 'string' },
    expiresOn: { type: 'string' },
    commitments: {
      type: 'list',
      items: {
        type: 'map',
        properties: { description: { type: 'string', required: true }, studentsPerYear: { type: 'number' } },
      },
    },
    ownerDepartment: { type: 'string' },
    documents: {
      type: 'list',
      items: {
        type: 'map',
        properties: { name: { type: 'string', required: true }, url: { type: 'string', required: true } },
      },
    },
    notes: { type: 'string' },
    lastActivityOn: { type: 'string', required: true },
    expiryBucket: { type: ['open', 'none'] as const, required: true },
    /** Sort key for the expiry index; far future when there is no end date. */
    expirySort: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['partnershipId'] },
      sk: { field: 'sk', composite: [] },
    },
    byUniversity: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['universityId'] },
      sk: { field: 'gsi1sk', composite: ['createdAt', 'partnershipId'] },
    },
    all: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: [] },
      sk: { field: 'gsi2sk', composite: ['createdAt', 'partnershipId'] },
    },
    byExpiry: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['expiryBucket'] },
      sk: { field: 'gsi3sk', composite: ['expirySort', 'partnershipId'] },
    },
  },
});
