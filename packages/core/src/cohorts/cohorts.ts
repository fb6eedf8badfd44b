import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { assertCohortTransition } from './lifecycle.ts';
import {
  CreateCohortInput,
  type CohortSummary,
  type CohortTransitionInput,
  type CohortUniversitySummary,
  type CohortView,
  type UpdateCohortInput,
} from './cohorts.schema.ts';
import {
  cohortUniversities,
  getCohortRecord,
  readableCohort,
  toCohortView,
  type CohortRecord,
  type CohortUniversityRecord,
} from './records.ts';

const COUNTERS = ['active', 'submitted', 'accepted', 'waitlisted', 'rejected', 'confirmed', 'withdrawn'] as const;
const zeroCounters = () => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<(typeof COUNTERS)[number], number>;

const stale = () => new DomainError('version_conflict', 'The cohort was changed by someone else; reload and try again');
const missingUniversity = (index: number) =>
  new DomainError('not_found', 'University was not found', {
    errors: [{ path: `universities.${index}.universityId`, message: 'No such university', code: 'not_found' }],
  });

function toSummary(u: CohortUniversityRecord): CohortUniversitySummary {
  const { cohortId, universityId, quota } = u;
  return { cohortId, universityId, quota, ...Object.fromEntries(COUNTERS.map((c) => [c, u[c]])) } as CohortUniversitySummary;
}

/** Cohorts of the summer practice programme and their universities' quotas. */
export const Cohorts = {
  async create(actor: Actor, input: CreateCohortInput): Promise<CohortView> {
    requireRole(actor, 'organiser');
    const { universities, ...fields } = CreateCohortInput.parse(input);
    const at = new Date().toISOString();
    const cohort: CohortRecord = {
      cohortId: newId('cohort'),
      ...fields,
      status: 'planning',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const counters: CohortUniversityRecord[] = universities.map((u) => ({
      cohortId: cohort.cohortId,
      universityId: u.universityId,
      quota: u.quota,
      cohortStartsOn: cohort.startsOn,
      ...zeroCounters(),
      createdAt: at,
    }));
    await transact(
      ({ cohort: cohorts, cohortUniversity, university, audit }) => [
        ...universities.map((u) => university.check({ universityId: u.universityId }).where((a, { exists }) => exists(a.universityId)).commit()),
        cohorts.create(cohort).commit(),
        ...counters.map((c) => cohortUniversity.create(c).commit()),
        audit.create(auditRecord(actor, 'cohort', cohort.cohortId, 'create', diffChanges(undefined, { ...cohort, universities }), at)).commit(),
      ],
      (failed) => (failed.index < universities.length ? missingUniversity(failed.index) : new DomainError('conflict', 'Try again')),
    );
    return toCohortView(cohort, counters);
  },

  async get(actor: Actor, cohortId: string): Promise<CohortView> {
    const { cohort, universities } = await readableCohort(actor, cohortId);
    return toCohortView(cohort, universities);
  },

  /** Organisers list all cohorts, newest first; a coordinator the cohorts their university takes part in. */
  async list(actor: Actor, page: PageRequest): Promise<Page<CohortView>> {
    requireRole(actor, 'organiser', 'coordinator');
    const { cohort, cohortUniversity } = db().service.entities;
    if (actor.role === 'organiser') {
      const records = await queryPage((options) => cohort.query.all({}).go({ ...options, order: 'desc' }), page);
      const all = await Promise.all(records.items.map((c) => cohortUniversities(c.cohortId)));
      return { items: records.items.map((c, i) => toCohortView(c, all[i]!)), nextCursor: records.nextCursor };
    }
    const universityId = actor.universityId ?? '';
    const participations = await queryPage(
      (options) => cohortUniversity.query.byUniversity({ universityId }).go({ ...options, order: 'desc' }),
      page,
    );
    if (participations.items.length === 0) return { items: [], nextCursor: participations.nextCursor };
    const found = await cohort.get(participations.items.map((p) => ({ cohortId: p.cohortId }))).go();
    const byId = new Map(found.data.map((c) => [c.cohortId, c]));
    return {
      items: participations.items.flatMap((p) => {
        const c = byId.get(p.cohortId);
        return c ? [toCohortView(c, [p])] : [];
      }),
      nextCursor: participations.nextCursor,
    };
  },

  /**
   * Changes a cohort's settings. `universities`, when given, is the full new list: quotas change
   * with a condition that they do not go below the places already taken, and a university leaves
   * only while it has no registrations, so the counters stay the truth.
   */
  async update(actor: Actor, cohortId: string, input: UpdateCohortInput): Promise<CohortView> {
    requireRole(actor, 'organiser');
    const { version, universities: wanted, ...changes } = input;
    const [before, current] = await Promise.all([getCohortRecord(cohortId), cohortUniversities(cohortId)]);
    if (!before) throw notFound('Cohort');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: CohortRecord = { ...before, ...changes, updatedAt: at, version: version + 1 };
    const problems = [];
    if (after.endsOn < after.startsOn) problems.push({ path: 'endsOn', message: 'The cohort ends before it starts', code: 'end_before_start' });
    if (Date.parse(after.registrationClosesAt) <= Date.parse(after.registrationOpensAt)) {
      problems.push({ path: 'registrationClosesAt', message: 'Registration closes before it opens', code: 'end_before_start' });
    }
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
          items.push(university.check({ universityId: u.universityId }).where((a, { exists }) => exists(a.universityId)).commit());
          ops.push({ explain: () => missingUniversity(index) });
          items.push(
            cohortUniversity
              .create({ cohortId, universityId: u.universityId, quota: u.quota, cohortStartsOn: after.startsOn, ...zeroCounters(), createdAt: at })
              .commit(),
          );
          ops.push({ explain: () => new DomainError('conflict', 'The university was added by someone else; reload and try again') });
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
                errors: [{ path: 'universities', message: `${u.universityId} has registrations`, code: 'has_registrations' }],
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
    for (const u of target) {
      const prior = existing.get(u.universityId);
      after2.push(
        prior
          ? { ...prior, quota: u.quota, cohortStartsOn: after.startsOn }
          : { cohortId, universityId: u.universityId, quota: u.quota, cohortStartsOn: after.startsOn, ...zeroCounters(), createdAt: at },
      );
    }
    return toCohortView(after, after2);
  },

  async transition(actor: Actor, cohortId: string, input: CohortTransitionInput): Promise<CohortView> {
    requireRole(actor, 'organiser');
    const [before, universities] = await Promise.all([getCohortRecord(cohortId), cohortUniversities(cohortId)]);
    if (!before) throw notFound('Cohort');
    assertCohortTransition(before.status, input.to);
    const at = new Date().toISOString();
    const after: CohortRecord = { ...before, status: input.to, updatedAt: at, version: before.version + 1 };
    await transact(
      ({ cohort, audit }) => [
        cohort
          .patch({ cohortId })
          .set({ status: after.status, updatedAt: at, version: after.version })
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
          .commit(),
        audit.create(auditRecord(actor, 'cohort', cohortId, `transition:${input.to}`, diffChanges(before, after), at)).commit(),
      ],
      () => new DomainError('version_conflict', 'The cohort changed while you were working; reload and try again'),
    );
    return toCohortView(after, universities);
  },

  /**
   * Per-university counts read from the counters: a coordinator gets their own university's row,
   * organisers every university of the cohort with the totals.
   */
  async summary(actor: Actor, cohortId: string): Promise<CohortSummary> {
    const { universities } = await readableCohort(actor, cohortId);
    const rows = universities.map(toSummary);
    const totals = { quota: 0, ...zeroCounters() };
    for (const row of rows) {
      totals.quota += row.quota;
      for (const c of COUNTERS) totals[c] += row[c];
    }
    return { cohortId, universities: rows, totals };
  },
};
