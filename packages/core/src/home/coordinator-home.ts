import { requireRole, type Actor } from '../auth/actor.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { coordinatorReviewDigest } from '../notifications/templates/coordinator-review-digest.ts';
import type { CoordinatorHomeView } from './home.schema.ts';

/** Capped reads: the latest participations and notifications are where a coordinator's work is. */
export const COORDINATOR_LIMITS = { participations: 10, notifications: 30 } as const;

/**
 * A coordinator's to-do list: open cohorts of their university with places left, accepted students
 * waiting for their confirmation, and review decisions they have not read (the unread digests).
 */
export async function coordinatorHome(actor: Actor): Promise<CoordinatorHomeView> {
  requireRole(actor, 'coordinator');
  const universityId = actor.universityId ?? '';
  const { cohort, cohortUniversity, notification } = db().service.entities;
  const [participations, notes] = await Promise.all([
    cohortUniversity.query
      .byUniversity({ universityId })
      .go({ order: 'desc', limit: COORDINATOR_LIMITS.participations }),
    notification.query.byUser({ userId: actor.userId }).go({ order: 'desc', limit: COORDINATOR_LIMITS.notifications }),
  ]);
  const cohorts = await batchGet(
    participations.data.map((p) => ({ cohortId: p.cohortId })),
    (keys) => cohort.get(keys).go(),
  );
  const byId = new Map(cohorts.map((c) => [c.cohortId, c]));
  const rows = participations.data.flatMap((p) => {
    const c = byId.get(p.cohortId);
    return c ? [{ p, c }] : [];
  });
  return {
    toRegister: rows
      .filter(({ p, c }) => c.status === 'registration_open' && p.active < p.quota)
      .map(({ p, c }) => ({
        cohortId: c.cohortId,
        name: c.name,
        placesLeft: p.quota - p.active,
        quota: p.quota,
        registrationClosesAt: c.registrationClosesAt,
      })),
    toConfirm: rows
      .filter(({ p, c }) => c.status !== 'closed' && p.accepted > 0)
      .map(({ p, c }) => ({ cohortId: c.cohortId, name: c.name, accepted: p.accepted })),
    decisions: notes.data
      .filter((n) => n.kind === coordinatorReviewDigest.kind && !n.read)
      .map((n) => ({
        notificationId: n.notificationId,
        title: n.title,
        link: n.link ?? '/notifications',
        createdAt: n.createdAt,
      })),
  };
}
