import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import type {
  ListOutcomesQuery,
  OpenOutcomeInput,
  OutcomeView,
  RetentionInput,
  OutcomeTransitionInput,
} from './conversion.schema.ts';
import type { OutcomeRecord } from './counters.ts';
import { attribution, funnel, subsidyForecast } from './dashboard.ts';
import { openCohortOutcomes, openOutcome, outcomeOfSubject } from './open.ts';
import { readableOutcome, toOutcomeView } from './records.ts';
import { retentionCurves } from './retention-curve.ts';
import { confirmRetention, retentionLedger } from './retention.ts';
import { transition } from './transitions.ts';
import { conversionWorkbook } from './workbooks.ts';

export const Conversion = {
  /** Opens a person's outcome (idempotent: a repeat returns the existing one with `created: false`). */
  async open(actor: Actor, input: OpenOutcomeInput): Promise<{ outcome: OutcomeView; created: boolean }> {
    const { outcome, created } = await openOutcome(actor, input);
    return { outcome: toOutcomeView(outcome), created };
  },

  openCohort: openCohortOutcomes,

  async get(actor: Actor, outcomeId: string): Promise<OutcomeView> {
    return toOutcomeView(await readableOutcome(actor, outcomeId));
  },

  /** The intern's own outcome; 404 while none is open. */
  async mine(actor: Actor): Promise<OutcomeView> {
    requireRole(actor, 'intern');
    const record = actor.internId ? await outcomeOfSubject(actor.internId) : null;
    if (!record) throw notFound('Outcome');
    return toOutcomeView(record);
  },

  /**
   * Outcomes of a cohort (grouped by university) or of a university. A coordinator is confined to
   * their own university; an intern reads their own through `mine`.
   */
  async list(actor: Actor, query: ListOutcomesQuery, page: PageRequest) {
    requireRole(actor, 'organiser', 'coordinator');
    if (actor.role === 'coordinator' && query.universityId && query.universityId !== actor.universityId)
      return { items: [], nextCursor: null };
    const universityId = actor.role === 'coordinator' ? actor.universityId : query.universityId;
    if (!query.cohortId && !universityId) {
      throw new DomainError('validation_failed', 'Choose a cohort or a university', {
        errors: [{ path: 'cohortId', message: 'Required without universityId', code: 'one_of_required' }],
      });
    }
    const { outcome } = db().service.entities;
    const base = query.cohortId
      ? outcome.query.byCohort({ cohortKey: query.cohortId, ...(universityId ? { universityKey: universityId } : {}) })
      : outcome.query.byUniversity({ universityKey: universityId! });
    return queryPage(
      (options) => base.where((a, { eq }) => (query.stage ? eq(a.stage, query.stage) : '')).go(options),
      page,
      (item) => toOutcomeView(item as OutcomeRecord),
      { filtered: Boolean(query.stage) },
    );
  },

  transition: async (actor: Actor, outcomeId: string, input: OutcomeTransitionInput, now?: Date) =>
    toOutcomeView(await transition(actor, outcomeId, input, now)),
  confirmRetention: (actor: Actor, outcomeId: string, input: RetentionInput, now?: Date) =>
    confirmRetention(actor, outcomeId, input, now),
  retentionLedger,
  funnel,
  retentionCurves,
  subsidyForecast,
  attribution,

  /** The conversion workbook: outcomes, the retention ledger, the subsidy schedule and the funnel tables. */
  async spreadsheet(actor: Actor, cohortId?: string) {
    if (actor.role !== 'organiser') throw forbidden();
    return conversionWorkbook(actor, cohortId);
  },
};
