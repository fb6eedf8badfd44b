import { forbidden, notFound } from '../errors.ts';
import { requireRole, type Actor } from './actor.ts';

/**
 * The moves of an application a unit's reviewer makes: the unit's own screening decisions. Accepting
 * (it opens the person's outcome and takes a place of the headcount), a declined offer and a
 * withdrawal (the applicant's own word, recorded by the office) stay with organisers.
 */
export const REVIEWER_MOVES: readonly string[] = ['shortlisted', 'interview', 'offered', 'rejected'];

/** Positions and their applications are read by organisers and by the reviewers of their units. */
export function requireUnitReader(actor: Actor): void {
  requireRole(actor, 'organiser', 'reviewer');
}

/**
 * Whether the actor sees the employing unit's records: organisers every unit, a reviewer their own.
 * For a reviewer another unit's position or application does not exist, as a coordinator's other
 * universities do not: 404, never 403, so nobody learns what another unit has.
 */
function seesUnit(actor: Actor, unitId: string): boolean {
  return actor.role !== 'reviewer' || (!!actor.unitId && actor.unitId === unitId);
}

export function confineToUnit(actor: Actor, unitId: string, what: string): void {
  if (!seesUnit(actor, unitId)) throw notFound(what);
}

/**
 * The unit a list is confined to: a reviewer's own, whatever the query asks (another unit is 404);
 * for organisers the one asked, if any. A reviewer's token without a unit reads nothing.
 */
export function listedUnit(actor: Actor, asked: string | undefined, what: string): string | undefined {
  if (actor.role !== 'reviewer') return asked;
  if (!actor.unitId) throw forbidden();
  if (asked) confineToUnit(actor, asked, what);
  return actor.unitId;
}
