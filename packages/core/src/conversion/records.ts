import type { Actor } from '../auth/actor.ts';
import { batchGetAll } from '../db/batch-get.ts';
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

type OutcomeKey = { outcomeId: string };

/**
 * Many outcomes by id in BatchGetItem's groups of 100 (ElectroDB splits them). Keys left unprocessed
 * are asked again, or an outcome that exists would read as missing. `go` reads one round, whole items
 * or only the attributes a caller needs.
 */
async function outcomesBy<T extends OutcomeKey>(
  outcomeIds: readonly string[],
  go: (keys: OutcomeKey[]) => Promise<{ data: T[]; unprocessed: OutcomeKey[] }>,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  await batchGetAll(
    outcomeIds.map((outcomeId) => ({ outcomeId })),
    async (pending) => {
      const { data, unprocessed } = await go(pending);
      for (const o of data) found.set(o.outcomeId, o);
      return unprocessed.map(({ outcomeId }) => ({ outcomeId }));
    },
  );
  return found;
}

/** Whole outcomes by id; missing ones are absent from the map. */
export const outcomesByIds = (outcomeIds: readonly string[]): Promise<Map<string, OutcomeRecord>> =>
  outcomesBy(outcomeIds, (keys) => db().service.entities.outcome.get(keys).go({ unprocessed: 'item' }));

/** Only the stage and employer of each outcome by id: whether a person is still in service, and where. */
export const outcomeStagesByIds = (outcomeIds: readonly string[]) =>
  outcomesBy(outcomeIds, (keys) =>
    db()
      .service.entities.outcome.get(keys)
      .go({ attributes: ['outcomeId', 'stage', 'employer'], unprocessed: 'item' }),
  );

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
