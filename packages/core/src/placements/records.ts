import type { COHORT_REGISTRATION_STATUSES } from '../cohort-registrations/cohort-registration.entity.ts';
import { db } from '../db/service.ts';
import { NO_MENTOR } from './placement.entity.ts';

/** The registration fields placements read (the record itself belongs to the registrations domain). */
export interface InternRecord {
  registrationId: string;
  cohortId: string;
  universityId: string;
  name: string;
  gender: 'male' | 'female';
  phone: string;
  email: string;
  degreeLevel: string;
  major: string;
  discipline: string;
  hometown: string;
  hometownCounty?: string;
  fromRegion: boolean;
  status: string;
  userId?: string;
  hostUnitId?: string;
  projectId?: string;
  mentorId?: string;
  placedAt?: string;
  version: number;
}

export interface PlacementRecord {
  registrationId: string;
  cohortId: string;
  universityId: string;
  hostUnitId: string;
  projectId: string;
  mentorKey: string;
  startDate: string;
  endDate: string;
  placedAt: string;
  placedBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Only these statuses may hold a placement; the placement transaction conditions on them. */
export const PLACEABLE_STATUSES: readonly [RegistrationStatus, RegistrationStatus] = ['accepted', 'confirmed'];

type RegistrationStatus = (typeof COHORT_REGISTRATION_STATUSES)[number];

export const mentorOf = (p: Pick<PlacementRecord, 'mentorKey'>) => (p.mentorKey === NO_MENTOR ? undefined : p.mentorKey);

export async function getIntern(registrationId: string): Promise<InternRecord | null> {
  const { data } = await db().service.entities.cohortRegistration.get({ registrationId }).go();
  return (data as InternRecord | null) ?? null;
}

export async function getPlacementRecord(registrationId: string): Promise<PlacementRecord | null> {
  const { data } = await db().service.entities.placement.get({ registrationId }).go();
  return (data as PlacementRecord | null) ?? null;
}

/** Batch reads by key, 100 at a time (BatchGetItem's limit). */
async function batch<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += 100) out.push(...(await read(unique.slice(i, i + 100))));
  return out;
}

export async function internsById(ids: string[]): Promise<Map<string, InternRecord>> {
  const { cohortRegistration } = db().service.entities;
  const rows = await batch(ids, async (chunk) => (await cohortRegistration.get(chunk.map((registrationId) => ({ registrationId }))).go()).data);
  return new Map(rows.map((r) => [r.registrationId, r as InternRecord]));
}

export async function universityNames(ids: string[]): Promise<Map<string, string>> {
  const { university } = db().service.entities;
  const rows = await batch(ids, async (chunk) => (await university.get(chunk.map((universityId) => ({ universityId }))).go()).data);
  return new Map(rows.map((u) => [u.universityId, u.name]));
}
