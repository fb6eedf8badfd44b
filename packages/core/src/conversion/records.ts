import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { forbidden, notFound } from '../errors.ts';
import { OutcomeView, type OutcomeStage, type StageRecord } from './conversion.schema.ts';
import type { OutcomeRecord } from './counters.ts';
import { allowedTransitions } from './lifecycle.ts';
import { pickView } from '../views.ts';

export async function getOutcomeRecord(outcomeId: string): Promise<OutcomeRecord | null> {
  const { data } = await db().service.entities.outcome.get({ outcomeId }).go();
  return data ?? null;
}

/** Whether the actor may see this outcome: organisers all, coordinators their university's, interns their own. */
export function canRead(actor: Actor, o: OutcomeRecord): boolean {
  if (actor.role === 'organiser') return true;
  if (actor.role === 'coordinator') return !!o.universityId && o.universityId === actor.universityId;
  if (actor.role === 'intern') return o.subjectId === actor.internId;
  return false;
}

/** An outcome the actor may read; anything else does not exist for them. Mentors have no part in outcomes. */
export async function readableOutcome(actor: Actor, outcomeId: string): Promise<OutcomeRecord> {
  if (actor.role === 'mentor') throw forbidden();
  const record = await getOutcomeRecord(outcomeId);
  if (!record || !canRead(actor, record)) throw notFound('Outcome');
  return record;
}

export function toOutcomeView(record: OutcomeRecord): OutcomeView {
  return {
    ...pickView(OutcomeView, record),
    history: record.history as StageRecord[],
    allowedTransitions: allowedTransitions(record.stage as OutcomeStage),
  };
}
