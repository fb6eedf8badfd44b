import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { assertCanRead } from '../universities/access.ts';
import { listPartnerships } from './list.ts';
import { readReminders } from './reminders.ts';
import { readable } from './records.ts';
import { toActivity, toView } from './views.ts';
import type { PartnershipView } from './partnerships.schema.ts';

/** What organisers and coordinators read; a coordinator sees their own university's only. */
export const PartnershipReads = {
  async get(actor: Actor, partnershipId: string): Promise<PartnershipView> {
    return toView(await readable(actor, partnershipId));
  },

  list: listPartnerships,

  /** The reminders recorded for a day (today by default), for organisers. */
  reminders: readReminders,

  /** A university's timeline, newest first. */
  async universityTimeline(actor: Actor, universityId: string, page: PageRequest) {
    requireRole(actor, 'organiser', 'coordinator');
    assertCanRead(actor, universityId);
    return queryPage(
      (options) =>
        db()
          .service.entities.activity.query.byUniversity({ universityId })
          .go({ ...options, order: 'desc' }),
      page,
      toActivity,
    );
  },

  /** One partnership's timeline, newest first. */
  async partnershipTimeline(actor: Actor, partnershipId: string, page: PageRequest) {
    await readable(actor, partnershipId);
    return queryPage(
      (options) =>
        db()
          .service.entities.activity.query.byPartnership({ partnershipId })
          .go({ ...options, order: 'desc' }),
      page,
      toActivity,
    );
  },
};
