import { requireRole, type Actor } from '../auth/actor.ts';
import { outcomeOfSubject } from '../conversion/open.ts';
import { getOutcomeRecord } from '../conversion/records.ts';
import type { OutcomeRecord } from '../conversion/counters.ts';

/**
 * The signed-in person's own outcome, for every "me" route of the talent service: an intern's is found
 * by their intern record, a talent account (a person who came from a lead) is bound to it. Any other
 * role is refused; a person with no outcome yet gets null, which each route answers as it must.
 */
export async function myOutcome(actor: Actor): Promise<OutcomeRecord | null> {
  requireRole(actor, 'intern', 'talent');
  if (actor.role === 'talent') return actor.outcomeId ? await getOutcomeRecord(actor.outcomeId) : null;
  return actor.internId ? await outcomeOfSubject(actor.internId) : null;
}
