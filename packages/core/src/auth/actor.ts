import type { Role } from '../users/user.entity.ts';
import { forbidden } from '../errors.ts';

/**
 * The record a scoped account is bound to, one field per kind of scope: a coordinator's university,
 * a mentor's or intern's own record, a reviewer's employing unit, a talent account's outcome. The token carries whichever the
 * account has, so a new scoped role adds its field here and nowhere in the token code.
 */
export const ACTOR_SCOPES = ['universityId', 'mentorId', 'internId', 'unitId', 'outcomeId'] as const;
export type ActorScope = (typeof ACTOR_SCOPES)[number];

/** Who is making a request, as established by a verified token. */
export interface Actor extends Partial<Record<ActorScope, string>> {
  userId: string;
  role: Role;
  /** Admin organisers manage accounts. */
  isAdmin?: boolean;
}

/** The scope fields a record carries, as strings, and nothing else of it. */
export function scopesOf(source: Partial<Record<ActorScope, unknown>>): Partial<Record<ActorScope, string>> {
  const scopes: Partial<Record<ActorScope, string>> = {};
  for (const field of ACTOR_SCOPES) {
    const value = source[field];
    if (typeof value === 'string' && value) scopes[field] = value;
  }
  return scopes;
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw forbidden();
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'organiser' || !actor.isAdmin) throw forbidden('Only admin organisers manage accounts');
}
