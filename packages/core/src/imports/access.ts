import type { Actor } from '../auth/actor.ts';
import { registrationRefusal } from '../cohorts/lifecycle.ts';
import { getCohortUniversity, requireCohortRecord } from '../cohorts/records.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import type { DegreeLevel } from './normalise.ts';

/**
 * Which university an upload is for. A coordinator imports for their own university only (naming
 * another is "not found", as everywhere a coordinator probes another university); an organiser
 * must name one.
 */
export function uploadUniversity(actor: Actor, requested: string | undefined): string {
  if (actor.role === 'coordinator') {
    if (!actor.universityId) throw forbidden();
    if (requested && requested !== actor.universityId) throw notFound('University');
    return actor.universityId;
  }
  if (actor.role !== 'organiser') throw forbidden();
  if (!requested) {
    throw new DomainError('validation_failed', 'Name the university the students belong to', {
      errors: [{ path: 'universityId', message: 'Required for organisers', code: 'invalid_type' }],
    });
  }
  return requested;
}

/** A job is visible to organisers and to the coordinators of its university; to anyone else it does not exist. */
export function assertCanSeeJob(actor: Actor, job: { universityId: string }): void {
  if (actor.role === 'organiser') return;
  if (actor.role === 'coordinator' && actor.universityId === job.universityId) return;
  if (actor.role === 'coordinator') throw notFound('Import job');
  throw forbidden();
}

export interface CohortForImport {
  cohortId: string;
  name: string;
  eligibleDegreeLevels: DegreeLevel[];
}

/**
 * The cohort and the university's place in it, refusing an upload the cohort would not register
 * (not open, window closed) before any row is stored. A cohort the university does not take part in
 * is "not found" for its coordinator and a field error for an organiser, who can see both exist.
 */
export async function cohortForImport(actor: Actor, cohortId: string, universityId: string): Promise<CohortForImport> {
  const [cohort, participation] = await Promise.all([
    requireCohortRecord(cohortId),
    getCohortUniversity(cohortId, universityId),
  ]);
  if (!participation) {
    if (actor.role !== 'organiser') throw notFound('Cohort');
    throw new DomainError('validation_failed', 'This university does not take part in the cohort', {
      errors: [{ path: 'universityId', message: 'Not a participating university of this cohort' }],
    });
  }
  const refusal = registrationRefusal(cohort, actor.role);
  if (refusal) throw new DomainError('registration_closed', refusal);
  return { cohortId, name: cohort.name, eligibleDegreeLevels: cohort.eligibleDegreeLevels as DegreeLevel[] };
}
