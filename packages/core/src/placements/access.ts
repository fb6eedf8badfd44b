import type { Actor } from '../auth/actor.ts';
import { notFound } from '../errors.ts';
import { mentorOf, type PlacementRecord } from './records.ts';

/**
 * Who may read a placement: organisers all; a coordinator their own university's interns; a mentor
 * their own mentees; an intern themselves. Anyone else's placement does not exist for them.
 */
export function assertCanSee(actor: Actor, placement: PlacementRecord | null): asserts placement is PlacementRecord {
  if (placement) {
    if (actor.role === 'organiser') return;
    if (actor.role === 'coordinator' && actor.universityId === placement.universityId) return;
    if (actor.role === 'mentor' && actor.mentorId && mentorOf(placement) === actor.mentorId) return;
    if (actor.role === 'intern' && actor.internId === placement.registrationId) return;
  }
  throw notFound('Placement');
}
