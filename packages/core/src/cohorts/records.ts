import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { keptFor } from '../kept.ts';
import { forbidden, notFound } from '../errors.ts';
import type { CohortUniversity } from './cohort-university.entity.ts';
import type { Cohort } from './cohort.entity.ts';
import { allowedCohortTransitions } from './lifecycle.ts';
import type { CohortView } from './cohorts.schema.ts';

export type CohortRecord = EntityItem<typeof Cohort>;
export type CohortUniversityRecord = EntityItem<typeof CohortUniversity>;

export async function getCohortRecord(cohortId: string): Promise<CohortRecord | null> {
  const result = await db().service.entities.cohort.get({ cohortId }).go();
  return result.data ?? null;
}

/** Cohorts as interns' requests read them: kept 30 s per warm process. */
const recent = keptFor<CohortRecord>(30_000, 1_000);

/**
 * The cohort as an intern's request needs it (status, dates, time zone, check-in window), read at
 * most every 30 s per warm process. Every check-in, log and leave request of a cohort reads the same
 * item; kept for a moment, the intern's whole context is one round trip (registration and
 * placement together) instead of two, and the cohort item stops being read by every tap of the
 * morning peak. An organiser's change applies at once in the process that made it and within 30 s
 * everywhere else, as a revoked session does. Organisers' and coordinators' pages read the cohort
 * afresh (getCohortRecord).
 */
export async function recentCohortRecord(cohortId: string, now = Date.now()): Promise<CohortRecord | null> {
  const kept = recent.get(cohortId, now);
  if (kept) return kept;
  const cohort = await getCohortRecord(cohortId);
  if (cohort) recent.keep(cohortId, cohort, now);
  else recent.forget(cohortId);
  return cohort;
}

/** Forget a kept cohort, so this process's own change applies to its next request. */
export function forgetRecentCohort(cohortId: string): void {
  recent.forget(cohortId);
}

/**
 * The running cohorts, which the daily jobs (absentees, check-in reminders, the organisers' digest)
 * walk. A handful of items at most: the programme runs a few cohorts a year.
 */
export async function runningCohorts(): Promise<CohortRecord[]> {
  const result = await db()
    .service.entities.cohort.query.all({})
    .where((a, { eq }) => eq(a.status, 'running'))
    .go({ pages: 'all' });
  return result.data;
}

/** The cohort, or "not found". */
export async function requireCohortRecord(cohortId: string): Promise<CohortRecord> {
  const cohort = await getCohortRecord(cohortId);
  if (!cohort) throw notFound('Cohort');
  return cohort;
}

/** All participating universities of a cohort (at most a few dozen: one Query page). */
export async function cohortUniversities(cohortId: string): Promise<CohortUniversityRecord[]> {
  const result = await db().service.entities.cohortUniversity.query.byCohort({ cohortId }).go({ pages: 'all' });
  return result.data;
}

export async function getCohortUniversity(
  cohortId: string,
  universityId: string,
): Promise<CohortUniversityRecord | null> {
  const result = await db().service.entities.cohortUniversity.get({ cohortId, universityId }).go();
  return result.data ?? null;
}

export function toCohortView(cohort: CohortRecord, universities: CohortUniversityRecord[]): CohortView {
  return {
    ...(cohort as Omit<CohortView, 'allowedTransitions' | 'universities' | 'eligibleDegreeLevels'>),
    eligibleDegreeLevels: cohort.eligibleDegreeLevels as CohortView['eligibleDegreeLevels'],
    allowedTransitions: [...allowedCohortTransitions(cohort.status)],
    universities: universities.map((u) => ({ universityId: u.universityId, quota: u.quota })),
  };
}

/**
 * A cohort the actor may see. Organisers see every cohort; a coordinator only those their
 * university takes part in (another is "not found"); mentors and interns have no cohort screens.
 */
export async function readableCohort(
  actor: Actor,
  cohortId: string,
): Promise<{ cohort: CohortRecord; universities: CohortUniversityRecord[] }> {
  if (actor.role !== 'organiser' && actor.role !== 'coordinator') throw forbidden();
  const [cohort, universities] = await Promise.all([requireCohortRecord(cohortId), cohortUniversities(cohortId)]);
  if (actor.role === 'organiser') return { cohort, universities };
  const own = universities.filter((u) => u.universityId === actor.universityId);
  if (own.length === 0) throw notFound('Cohort');
  return { cohort, universities: own };
}
