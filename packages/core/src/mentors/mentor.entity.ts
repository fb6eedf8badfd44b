import { entity } from '../db/entity.ts';

/** What a mentor's `affiliation` holds when they belong to no host unit. */
export const INDEPENDENT = 'independent';

/**
 * Mentors (导师 / 帮带导师). `affiliation` is the host unit's id, or `independent` for experts who
 * belong to none, so both are listed from the same index (gsi2). All mentors are listed on gsi1.
 * The mentee count lives in the mentor's load counter, bumped by every assignment.
 */
export const Mentor = entity({
  model: { entity: 'mentor', version: '1', service: 'aksu' },
  attributes: {
    mentorId: { type: 'string', required: true },
    affiliation: { type: 'string', required: true },
    name: { type: 'string', required: true },
    title: { type: 'string', required: true },
    phone: { type: 'string', required: true },
    email: { type: 'string', required: true },
    expertise: { type: 'string' },
    maxMentees: { type: 'number', required: true },
    userId: { type: 'string', required: true },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['mentorId'] },
      sk: { field: 'sk', composite: [] },
    },
    all: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: [] },
      sk: { field: 'gsi1sk', composite: ['mentorId'] },
    },
    byAffiliation: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['affiliation'] },
      sk: { field: 'gsi2sk', composite: ['mentorId'] },
    },
  },
});
