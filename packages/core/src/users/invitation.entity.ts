import { entity } from '../db/entity.ts';

/**
 * One-time codes: invitations that activate an account and reset codes that set a new password.
 * Only a hash of the code is stored, so a leaked table export cannot be used to activate accounts.
 * `expiresAt` doubles as the table's TTL attribute. Without `purpose` a code is an invitation.
 */
export const Invitation = entity({
  model: { entity: 'invitation', version: '1', service: 'aksu' },
  attributes: {
    codeHash: { type: 'string', required: true },
    userId: { type: 'string', required: true },
    expiresAt: { type: 'number', required: true },
    usedAt: { type: 'string' },
    purpose: { type: ['activation', 'reset'] as const },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byCode: {
      pk: { field: 'pk', composite: ['codeHash'] },
      sk: { field: 'sk', composite: [] },
    },
  },
});
