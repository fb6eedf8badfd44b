/** An accepted job offer in the conversion pipeline: the person's outcome opened or moved to `offered`. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../errors.ts';
import type { OutcomeStage } from './conversion.schema.ts';
import type { Entities } from './counters.ts';
import { transitionError } from './lifecycle.ts';
import { internSubject, leadSubject, openingWrites, outcomeOfSubject, planOpen, type Subject } from './open.ts';
import { planStageChange, type StageChange } from './transitions.ts';

export interface AcceptedOffer {
  positionId: string;
  /** The employing unit's name, recorded as the employer. */
  employer: string;
  /** When the unit is a host unit. */
  employerHostUnitId?: string;
  post: string;
  employmentKind?: 'public_institution' | 'state_owned_enterprise';
  /** The day it was accepted. */
  on: string;
}

/** The person the offer went to: the lead the application attached to, and the intern when there is one. */
export interface OfferedPerson {
  leadId: string;
  internId?: string;
}

async function subjectOf(person: OfferedPerson): Promise<Subject> {
  if (person.internId) {
    // Only an accepted or confirmed intern has an intern outcome; anyone else is counted as the lead.
    const intern = await internSubject(person.internId).catch((error: unknown) => {
      if (error instanceof DomainError) return undefined;
      throw error;
    });
    if (intern) return intern;
  }
  return leadSubject(person.leadId, { invited: false });
}

/**
 * What an accepted offer writes in the pipeline, for the caller's transaction: the person's outcome
 * (the intern's, else the lead's) moved to `offered` with the employer, post and position, or, when
 * the person has none, opened straight at `offered`. The funnel counters and audit entries are those
 * of opening and of the stage change. An outcome already at `offered` takes the new facts without a
 * second count; one past it (signed, onboarded, declined, left) refuses the move as any stage change
 * would, 409 `invalid_transition` with its allowed moves. The first operation is the outcome's own
 * write (a guard or a versioned patch): its condition failing means the outcome changed meanwhile.
 */
export async function planAcceptedOffer(
  actor: Actor,
  person: OfferedPerson,
  offer: AcceptedOffer,
  at = new Date().toISOString(),
): Promise<{ outcomeId: string; ops: (e: Entities) => unknown[] }> {
  const existing =
    (person.internId ? await outcomeOfSubject(person.internId) : null) ?? (await outcomeOfSubject(person.leadId));
  const { on, ...facts } = offer;
  const change: StageChange = {
    to: 'offered',
    on,
    fields: facts,
    record: {
      employer: offer.employer,
      post: offer.post,
      ...(offer.employmentKind ? { employmentKind: offer.employmentKind } : {}),
    },
  };
  if (existing) {
    const error = existing.stage === 'offered' ? null : transitionError(existing.stage as OutcomeStage, 'offered');
    if (error) throw error;
    const { ops } = planStageChange(actor, existing, change, 'stage:offered', at);
    return { outcomeId: existing.outcomeId, ops };
  }
  const opened = planOpen(actor, await subjectOf(person), at);
  const moved = planStageChange(actor, opened.record, change, 'stage:offered', at);
  // One transaction may write an item once: the outcome is created in its state after the move, and
  // the counters take the opening's and the move's counts in one update.
  const delta = { ...opened.delta, ...moved.delta };
  const record = { ...moved.after, version: 1 };
  const ops = (e: Entities) => [
    ...openingWrites(e, actor, record, delta, at),
    e.audit
      .create(
        auditRecord(
          actor,
          'outcome',
          record.outcomeId,
          'stage:offered',
          diffChanges(opened.record, record, ['version', 'createdAt', 'updatedAt', 'history', 'reached']),
          at,
        ),
      )
      .commit(),
  ];
  return { outcomeId: record.outcomeId, ops };
}
