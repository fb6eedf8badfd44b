import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';
import { ANNOUNCEMENT_STATUSES } from './lifecycle.ts';

/**
 * A recruitment notice (引才公告) grouping positions in the order the notice lists them. The slug is
 * the shareable link's public name, claimed through a unique guard and never changed, so a printed
 * QR code keeps working; gsi1 finds the notice by it. Listed by status on gsi2 and all on gsi3.
 */
export const Announcement = entity({
  model: { entity: 'announcement', version: '1', service: 'aksu' },
  attributes: {
    announcementId: { type: 'string', required: true },
    slug: { type: 'string', required: true },
    title: { type: 'string', required: true },
    body: { type: 'string', required: true },
    positionIds: { type: 'list', items: { type: 'string' }, required: true },
    status: { type: ANNOUNCEMENT_STATUSES, required: true },
    publishedAt: { type: 'string' },
    closedAt: { type: 'string' },
    createdBy: { type: 'string', required: true },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('announcementId'),
    bySlug: onIndex('gsi1', ['slug'], []),
    byStatus: onIndex('gsi2', ['status'], ['createdAt', 'announcementId']),
    all: onIndex('gsi3', [], ['createdAt', 'announcementId']),
  },
});
