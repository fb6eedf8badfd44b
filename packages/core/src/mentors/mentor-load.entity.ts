import { entity } from '../db/entity.ts';

/**
 * A mentor's mentee counter. An assignment adds one only while `mentees < maxMentees`, in the
 * assignment's transaction; the previous mentor's count drops in that same transaction.
 */
export const MentorLoad = entity({
  model: { entity: 'mentorLoad', version: '1', service: 'aksu' },
  attributes: {
    mentorId: { type: 'string', required: true },
    maxMentees: { type: 'number', required: true },
    mentees: { type: 'number', required: true },
  },
  indexes: {
    byMentor: {
      pk: { field: 'pk', composite: ['mentorId'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
