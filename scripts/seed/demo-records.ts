import { allPages, Cohorts, db, HostUnits, type Actor, type CohortView, type HostUnitView } from '@aksu/core';

/**
 * What the seed may build on: only records it created itself. A record is the seed's when the first
 * entry of its audit trail (written in the same transaction as the record) names the seed's actor.
 * A name alone is not enough: an organiser may create a cohort or a host unit under a demo name,
 * and the newest cohort is whoever created it last. Records of the seed's earlier runs qualify
 * too, so a database seeded before keeps its demo data and gains nothing twice.
 */
async function createdBy(actor: Actor, entityType: string, entityId: string): Promise<boolean> {
  const { data } = await db()
    .service.entities.audit.query.byEntity({ entityType, entityId })
    .go({ count: 1, limit: 1 });
  return data[0]?.actorId === actor.userId;
}

async function ownByName<T extends { name: string }>(
  actor: Actor,
  entityType: string,
  records: T[],
  id: (record: T) => string,
): Promise<Map<string, T>> {
  const own = new Map<string, T>();
  for (const record of records) {
    if (!own.has(record.name) && (await createdBy(actor, entityType, id(record)))) own.set(record.name, record);
  }
  return own;
}

/** The seed's own cohorts by name. */
export async function demoCohorts(seed: Actor): Promise<Map<string, CohortView>> {
  return ownByName(seed, 'cohort', await allPages((page) => Cohorts.list(seed, page)), (c) => c.cohortId);
}

/** The seed's own host units by name. */
export async function demoHostUnits(seed: Actor): Promise<Map<string, HostUnitView>> {
  return ownByName(seed, 'hostUnit', await allPages((page) => HostUnits.list(seed, {}, page)), (u) => u.hostUnitId);
}
