import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { COUNTERS, missingUniversity, newCounter, toSummary, zeroCounters } from './cohort-universities.ts';
import { assertCohortTransition } from './lifecycle.ts';
import {
  CreateCohortInput,
  type CohortSummary,
  type CohortTransitionInput,
  type CohortView,
} from './cohorts.schema.ts';
import {
  cohortUniversities,
  forgetRecentCohort,
  getCohortRecord,
  readableCohort,
  toCohortView,
  type CohortRecord,
} from './records.ts';
import { updateCohort } from './update.ts';

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
    const counters = universities.map((u) => newCounter(cohort.cohortId, u.universityId, u.quota, cohort.startsOn, at));
    await transact(
      ({ cohort: cohorts, cohortUniversity, university, audit }) => [
        ...universities.map((u) =>
          university
            .check({ universityId: u.universityId })
            .where((a, { exists }) => exists(a.universityId))
            .commit(),
        ),
        cohorts.create(cohort).commit(),
        ...counters.map((c) => cohortUniversity.create(c).commit()),
        audit
          .create(
            auditRecord(
              actor,
              'cohort',
              cohort.cohortId,
              'create',
              diffChanges(undefined, { ...cohort, universities }),
              at,
            ),
          )
          .commit(),
      ],
      (failed) =>
        failed.index < universities.length ? missingUniversity(failed.index) : new DomainError('conflict', 'Try again'),
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
    const found = await batchGet(
      participations.items.map((p) => ({ cohortId: p.cohortId })),
      (keys) => cohort.get(keys).go(),
    );
    const byId = new Map(found.map((c) => [c.cohortId, c]));
    return {
      items: participations.items.flatMap((p) => {
        const c = byId.get(p.cohortId);
        return c ? [toCohortView(c, [p])] : [];
      }),
      nextCursor: participations.nextCursor,
    };
  },

  update: updateCohort,

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
        audit
          .create(auditRecord(actor, 'cohort', cohortId, `transition:${input.to}`, diffChanges(before, after), at))
          .commit(),
      ],
      () => new DomainError('version_conflict', 'The cohort changed while you were working; reload and try again'),
    );
    forgetRecentCohort(cohortId);
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
