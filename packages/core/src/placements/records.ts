import type { EntityItem } from 'electrodb';
import type { RegistrationStatus } from '../cohort-registrations/lifecycle.ts';
import type { RegistrationRecord } from '../cohort-registrations/records.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { NO_MENTOR, type Placement } from './placement.entity.ts';

/** An intern as placements read them: their registration, a record of the registrations domain. */
export type InternRecord = RegistrationRecord;

export type PlacementRecord = EntityItem<typeof Placement>;

/** Only these statuses may hold a placement; the placement transaction conditions on them. */
export const PLACEABLE_STATUSES: readonly [RegistrationStatus, RegistrationStatus] = ['accepted', 'confirmed'];

export const mentorOf = (p: Pick<PlacementRecord, 'mentorKey'>) =>
  p.mentorKey === NO_MENTOR ? undefined : p.mentorKey;

export { getRegistrationRecord as getIntern } from '../cohort-registrations/records.ts';

export async function getPlacementRecord(registrationId: string): Promise<PlacementRecord | null> {
  const { data } = await db().service.entities.placement.get({ registrationId }).go();
  return data ?? null;
}

/**
 * A mentor's current mentees. The placement is the record a mentor change rewrites (with both
 * mentors' slots, in one transaction), so what a mentor may see and decide starts here, never from a
 * mentor id copied onto a request when it was made. Bounded by the mentor's maximum of mentees.
 */
export async function menteeIdsOf(mentorId: string): Promise<string[]> {
  const { data } = await db().service.entities.placement.query.byMentor({ mentorKey: mentorId }).go({ pages: 'all' });
  return data.map((p) => p.registrationId);
}

/** Batch reads by key. ElectroDB splits a batch get into BatchGetItem's groups of 100 itself; keys must be unique. */
async function batch<T>(ids: string[], read: (keys: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  return unique.length ? read(unique) : [];
}

export async function internsById(ids: string[]): Promise<Map<string, InternRecord>> {
  const { cohortRegistration } = db().service.entities;
  const rows = await batch(ids, (chunk) =>
    batchGet(
      chunk.map((registrationId) => ({ registrationId })),
      (keys) => cohortRegistration.get(keys).go(),
    ),
  );
  return new Map(rows.map((r) => [r.registrationId, r]));
}

export async function requireCohort(cohortId: string) {
  const { data } = await db().service.entities.cohort.get({ cohortId }).go();
  if (!data) throw notFound('Cohort');
  return data;
}
