import { canSeeIntern } from '../attendance/records.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../errors.ts';
import { getPlacementRecord, mentorOf, type PlacementRecord } from '../placements/records.ts';

/**
 * The placed intern a request is about, if the caller may see them: organisers all, a coordinator
 * their own university's interns, a mentor their own mentees, an intern themselves. Anyone else's
 * intern does not exist for the caller.
 */
export async function internInScope(actor: Actor, registrationId: string): Promise<PlacementRecord> {
  const placement = await getPlacementRecord(registrationId);
  if (placement && canSeeIntern(actor, placement)) return placement;
  throw notFound('Intern');
}

/** The intern acting on their own records; another intern's do not exist for them. */
export async function ownPlacement(actor: Actor, registrationId: string): Promise<PlacementRecord> {
  const placement = await getPlacementRecord(registrationId);
  if (!placement || actor.internId !== registrationId) throw notFound('Intern');
  return placement;
}

/** The mentor acting on a mentee; anyone else's intern does not exist for them. */
export async function menteePlacement(actor: Actor, registrationId: string): Promise<PlacementRecord> {
  const placement = await getPlacementRecord(registrationId);
  if (!placement || !actor.mentorId || mentorOf(placement) !== actor.mentorId) throw notFound('Intern');
  return placement;
}
