/** Mentors' evaluations of their interns: writing, correcting and reading them within scope. */
import { internInScope, menteePlacement } from '../activity-logs/access.ts';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db, type AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { CreateEvaluationInput, UpdateEvaluationInput, EvaluationView } from './evaluations.schema.ts';
import { pickView } from '../views.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

async function getEvaluation(registrationId: string): Promise<EvaluationView | null> {
  const { data } = await db().service.entities.evaluation.get({ registrationId }).go({ consistent: true });
  return data ? pickView(EvaluationView, data) : null;
}

/** Final evaluations (结业评价): one per intern, written by their mentor at the end of the cohort. */
export const Evaluations = {
  /**
   * Null until the mentor writes it: a mentee without one yet is the usual state, not a missing resource,
   * so the mentor's form reads it without a 404. An intern out of scope is still 404.
   */
  async get(actor: Actor, registrationId: string): Promise<EvaluationView | null> {
    const [, evaluation] = await Promise.all([internInScope(actor, registrationId), getEvaluation(registrationId)]);
    return evaluation;
  },

  async create(actor: Actor, registrationId: string, input: CreateEvaluationInput): Promise<EvaluationView> {
    requireRole(actor, 'mentor');
    const fields = CreateEvaluationInput.parse(input);
    const placement = await menteePlacement(actor, registrationId);
    const at = new Date().toISOString();
    const record: EvaluationView = {
      registrationId,
      cohortId: placement.cohortId,
      mentorId: actor.mentorId!,
      ...fields,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ evaluation, audit }) =>
        [
          evaluation.create(record).commit(),
          audit
            .create(
              auditRecord(actor, 'evaluation', registrationId, 'create', diffChanges(undefined, { ...record }), at),
            )
            .commit(),
        ] as Ops,
      () => new DomainError('already_exists', 'This intern already has an evaluation; update it instead'),
    );
    return record;
  },

  async update(actor: Actor, registrationId: string, input: UpdateEvaluationInput): Promise<EvaluationView> {
    requireRole(actor, 'mentor');
    const { version, ...changes } = UpdateEvaluationInput.parse(input);
    const [, before] = await Promise.all([menteePlacement(actor, registrationId), getEvaluation(registrationId)]);
    if (!before) throw notFound('Evaluation');
    const stale = () =>
      new DomainError('version_conflict', 'The evaluation was changed elsewhere; reload it and edit again');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: EvaluationView = {
      ...before,
      ...changes,
      mentorId: actor.mentorId!,
      updatedAt: at,
      version: before.version + 1,
    };
    await transact(
      ({ evaluation, audit }) =>
        [
          evaluation
            .patch({ registrationId })
            .set({ ...changes, mentorId: after.mentorId, updatedAt: at, version: after.version })
            .where((a, { eq }) => eq(a.version, version))
            .commit(),
          audit
            .create(
              auditRecord(actor, 'evaluation', registrationId, 'update', diffChanges({ ...before }, { ...after }), at),
            )
            .commit(),
        ] as Ops,
      stale,
    );
    return after;
  },
};
