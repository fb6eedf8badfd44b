import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { allSubsidyPolicies } from '../subsidy-policies/subsidy-policies.ts';
import { localDate } from '../time.ts';
import { pickView } from '../views.ts';
import { getStoredPosition, stored, unitNames, type StoredPosition } from './positions.ts';
import { PublicPositionView, type PublicPositionsQuery } from './positions.schema.ts';
import { housingSubsidyFor } from './subsidy.ts';

/**
 * What the public sees of published positions: the unit's name, and the housing subsidy priced from
 * the policy version in force today (one read of every version, a handful, per request).
 */
export async function toPublicViews(positions: readonly StoredPosition[], today = localDate()) {
  const [names, policies] = await Promise.all([unitNames(positions), allSubsidyPolicies()]);
  return positions.map(
    (p): PublicPositionView => ({
      ...pickView(PublicPositionView, p),
      unitName: names.get(p.unitId) ?? '',
      housingSubsidy: housingSubsidyFor(p, policies, today),
    }),
  );
}

/**
 * The published positions, the latest published first, for anyone. One Query on the published partition of the
 * status index, the filters a filter expression on it. Why that partition is not hot at the
 * prefecture's scale: it holds a few hundred positions of about 1.5 KB, so even a read of all of it
 * (a sparse filter) is one page of under 1 MB, about 60 read units; one partition serves 3,000 a
 * second, some 50 such lists a second, far above the public traffic of one prefecture's recruitment
 * page. It is written only when a position is published, closed or filled, a few times a day.
 * Positions whose deadline has passed are left out: nobody can apply to them any more.
 */
async function listPublished(query: PublicPositionsQuery, page: PageRequest, today = localDate()) {
  const { degreeLevel, discipline, county, cluster, postKind } = query;
  const found = await queryPage(
    (options) =>
      db()
        .service.entities.position.query.byStatus({ status: 'published' })
        .where((a, { eq, gte, size, contains, escape: raw }) =>
          [
            gte(a.deadline, today),
            degreeLevel ? eq(a.degreeLevel, degreeLevel) : '',
            county ? eq(a.county, county) : '',
            cluster ? eq(a.cluster, cluster) : '',
            postKind ? eq(a.postKind, postKind) : '',
            // An empty list means any discipline; otherwise the text typed, in any discipline or major wanted.
            discipline
              ? `(${size(a.disciplines)} = ${raw(0)} OR ${contains(a.disciplineText, discipline.toLowerCase())} OR ${contains(a.majorText, discipline.toLowerCase())})`
              : '',
          ]
            .filter(Boolean)
            .join(' AND '),
        )
        .go({ ...options, order: 'desc' }),
    page,
    stored,
    { filtered: true },
  );
  return { items: await toPublicViews(found.items, today), nextCursor: found.nextCursor };
}

/** The no-sign-in reads. A position that is not published (draft, closed, filled) does not exist for the public. */
export const PublicPositions = {
  list: listPublished,

  async get(positionId: string): Promise<PublicPositionView> {
    const position = await getStoredPosition(positionId);
    if (position?.status !== 'published') throw notFound('Position');
    return (await toPublicViews([position]))[0]!;
  },
};
