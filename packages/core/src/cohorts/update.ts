import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { missingUniversity, newCounter } from './cohort-universities.ts';
import { cohortDateProblems, type CohortView, type UpdateCohortInput } from './cohorts.schema.ts';
import {
  cohortUniversities,
  forgetRecentCohort,
  getCohortRecord,
  toCohortView,
  type CohortRecord,
  type CohortUniversityRecord,
} from './records.ts';

const stale = () => new DomainError('version_conflict', 'The cohort was changed by someone else; reload and try again');

/**
 * Changes a cohort's settings. `universities`, when given, is the full new list: quotas change
 * with a condition that they do not go below the places already taken, and a university leaves
 * only while it has no registrations, so the counters stay the truth.
 */
export async function updateCohort(actor: Actor, cohortId: string, input: UpdateCohortInput): Promise<CohortView> {
  requireRole(actor, 'organiser');
  const { version, universities: wanted, ...changes } = input;
  const [before, current] = await Promise.all([getCohortRecord(cohortId), cohortUniversities(cohortId)]);
  if (!before) throw notFound('Cohort');
  if (before.version !== version) throw stale();
  const at = new Date().toISOString();
  const after: CohortRecord = { ...before, ...changes, updatedAt: at, version: version + 1 };
  const problems = cohortDateProblems(after);
  if (problems.length) throw new DomainError('validation_failed', problems[0]!.message, { errors: problems });

  const existing = new Map(current.map((u) => [u.universityId, u]));
  const target = wanted ?? current.map((u) => ({ universityId: u.universityId, quota: u.quota }));
  const added = target.filter((u) => !existing.has(u.universityId));
  const changed = target.filter((u) => existing.has(u.universityId) && existing.get(u.universityId)!.quota !== u.quota);
  const removed = wanted ? current.filter((u) => !target.some((t) => t.universityId === u.universityId)) : [];
  const moved = after.startsOn !== before.startsOn;
  const kept = target.filter((u) => existing.has(u.universityId));

  type Op = { explain: () => DomainError };
  const ops: Op[] = [];
  const after2: CohortUniversityRecord[] = [];
  await transact(
    ({ cohort, cohortUniversity, university, audit }) => {
      const items = [];
      ops.length = 0;
      items.push(
        cohort
          .patch({ cohortId })
          .set({ ...changes, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
      );
      ops.push({ explain: stale });
      for (const u of added) {
        const index = target.indexOf(u);
        items.push(
          university
            .check({ universityId: u.universityId })
            .where((a, { exists }) => exists(a.universityId))
            .commit(),
        );
        ops.push({ explain: () => missingUniversity(index) });
        items.push(cohortUniversity.create(newCounter(cohortId, u.universityId, u.quota, after.startsOn, at)).commit());
        ops.push({
          explain: () => new DomainError('conflict', 'The university was added by someone else; reload and try again'),
        });
      }
      for (const u of kept) {
        const quotaChanged = changed.includes(u);
        if (!quotaChanged && !moved) continue;
        const index = target.indexOf(u);
        items.push(
          cohortUniversity
            .patch({ cohortId, universityId: u.universityId })
            .set({ quota: u.quota, cohortStartsOn: after.startsOn })
            .where((a, { lte }) => lte(a.active, u.quota))
            .commit(),
        );
        ops.push({
          explain: () =>
            new DomainError('conflict', 'A quota cannot go below the places already taken', {
              errors: [
                {
                  path: `universities.${index}.quota`,
                  message: `At least ${existing.get(u.universityId)!.active} places are taken`,
                  code: 'below_in_use',
                  params: { minimum: existing.get(u.universityId)!.active },
                },
              ],
            }),
        });
      }
      for (const u of removed) {
        items.push(
          cohortUniversity
            .delete({ cohortId, universityId: u.universityId })
            .where((a, { eq }) => `${eq(a.active, 0)} AND ${eq(a.rejected, 0)} AND ${eq(a.withdrawn, 0)}`)
            .commit(),
        );
        ops.push({
          explain: () =>
            new DomainError('conflict', 'A university with registrations cannot leave the cohort', {
              errors: [
                { path: 'universities', message: `${u.universityId} has registrations`, code: 'has_registrations' },
              ],
            }),
        });
      }
      items.push(
        audit
          .create(
            auditRecord(
              actor,
              'cohort',
              cohortId,
              'update',
              diffChanges(
                { ...before, universities: current.map((u) => ({ universityId: u.universityId, quota: u.quota })) },
                { ...after, universities: target },
              ),
              at,
            ),
          )
          .commit(),
      );
      ops.push({ explain: () => new DomainError('conflict', 'Try again') });
      return items;
    },
    (failed) => ops[failed.index]?.explain() ?? new DomainError('conflict', 'Try again'),
  );
  forgetRecentCohort(cohortId);
  for (const u of target) {
    const prior = existing.get(u.universityId);
    after2.push(
      prior
        ? { ...prior, quota: u.quota, cohortStartsOn: after.startsOn }
        : newCounter(cohortId, u.universityId, u.quota, after.startsOn, at),
    );
  }
  return toCohortView(after, after2);
}
