import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { addDays, localDate } from '../time.ts';
import { CLOSED } from './lifecycle.ts';
import type { ListPartnershipsQuery } from './partnerships.schema.ts';
import { toView } from './views.ts';

/**
 * Organisers list all partnerships or a university's; `expiringWithinDays`, `overdue` and
 * `inactiveForDays` are the reminder lists. A coordinator sees their own university's only.
 * Expiring and overdue are one Query each on the open agreements' end dates (overdue: every end
 * date before today, oldest first).
 */
export async function listPartnerships(
  actor: Actor,
  query: ListPartnershipsQuery,
  page: PageRequest,
  today = localDate(),
) {
  requireRole(actor, 'organiser', 'coordinator');
  const universityId = actor.role === 'coordinator' ? actor.universityId : query.universityId;
  if (actor.role === 'coordinator' && query.universityId && query.universityId !== actor.universityId) {
    return { items: [], nextCursor: null };
  }
  const { partnership } = db().service.entities;
  const inactiveBefore = query.inactiveForDays ? addDays(today, -query.inactiveForDays) : undefined;
  const byExpiry = query.expiringWithinDays !== undefined || query.overdue === true;
  return queryPage(
    (options) => {
      const open = partnership.query.byExpiry({ expiryBucket: 'open' });
      const base =
        query.expiringWithinDays !== undefined
          ? open.between({ expirySort: today }, { expirySort: `${addDays(today, query.expiringWithinDays)}~` })
          : query.overdue === true
            ? open.lt({ expirySort: today })
            : universityId
              ? partnership.query.byUniversity({ universityId })
              : partnership.query.all({});
      return base
        .where((a, { eq, lt, ne }) =>
          [
            byExpiry && universityId ? eq(a.universityId, universityId) : '',
            query.status ? eq(a.status, query.status) : '',
            inactiveBefore
              ? `${lt(a.lastActivityOn, inactiveBefore)} AND ${CLOSED.map((s) => ne(a.status, s)).join(' AND ')}`
              : '',
          ]
            .filter(Boolean)
            .join(' AND '),
        )
        .go({ ...options, order: byExpiry ? 'asc' : 'desc' });
    },
    page,
    (record) => toView(record, today),
    { filtered: Boolean((byExpiry && universityId) || query.status || inactiveBefore) },
  );
}
