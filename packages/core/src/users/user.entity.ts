import { entity } from '../db/entity.ts';
import { listShardOf } from '../db/sharded-list.ts';

/**
 * A reviewer is an employing unit's: it reads and screens only that unit's positions and applications.
 * A contact (a leader or a unit keeping in touch with talent) sees only the people assigned to it.
 * A talent account is a person who came from a lead (no intern record): bound to their outcome, it
 * reads only their own service card, requests, notifications and account.
 */
export const ROLES = ['organiser', 'coordinator', 'mentor', 'intern', 'reviewer', 'contact', 'talent'] as const;
export type Role = (typeof ROLES)[number];
export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;

/**
 * Accounts. Email uniqueness is enforced by a UniqueGuard written in the same transaction; the
 * byEmail index is only the login lookup. byUniversity is sparse: only coordinators (and later
 * interns) carry a universityId. `all` is spread over the list shards (`users#00`…): a constant
 * partition key would put every account write of an acceptance wave on one GSI partition.
 */
export const User = entity({
  model: { entity: 'user', version: '1', service: 'aksu' },
  attributes: {
    userId: { type: 'string', required: true },
    email: { type: 'string', required: true },
    name: { type: 'string', required: true },
    role: { type: ROLES, required: true },
    universityId: { type: 'string' },
    mentorId: { type: 'string' },
    internId: { type: 'string' },
    /** A reviewer's employing unit: a host unit (hst_…) or an employer record (emp_…), as positions name it. */
    unitId: { type: 'string' },
    /** A talent account's outcome: the one person whose card and requests it reads. */
    outcomeId: { type: 'string' },
    isAdmin: { type: 'boolean', default: false },
    status: { type: USER_STATUSES, required: true },
    passwordHash: { type: 'string' },
    /**
     * Tokens carry the generation they were issued under; bumping it (disable, password change or reset,
     * sign out everywhere) revokes every earlier token. Absent means 0.
     */
    tokenGeneration: { type: 'number' },
    /** Hash of the one reset code currently valid; issuing another replaces it, using it removes it. */
    resetCodeHash: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
    /** The account's partition of the `all` list, from its id (`listShardOf`); set on create, never changed. */
    listShard: {
      type: 'string',
      watch: ['userId'],
      set: (value?: string, item?: { userId?: string }) => (item?.userId ? listShardOf(item.userId) : value),
    },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['userId'] },
      sk: { field: 'sk', composite: [] },
    },
    byEmail: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['email'] },
      sk: { field: 'gsi1sk', composite: [] },
    },
    all: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['listShard'], template: 'users#${listShard}' },
      sk: { field: 'gsi2sk', composite: ['createdAt', 'userId'] },
    },
    byUniversity: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['universityId'] },
      sk: { field: 'gsi3sk', composite: ['role', 'createdAt', 'userId'] },
    },
  },
});
