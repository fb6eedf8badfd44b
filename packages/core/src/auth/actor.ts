import type { Role } from '../users/user.entity.ts';
import { forbidden } from '../errors.ts';

/** Who is making a request, as established by a verified token. */
export interface Actor {
  userId: string;
  role: Role;
  universityId?: string;
  mentorId?: string;
  internId?: string;
  /** Admin organisers manage accounts. */
  isAdmin?: boolean;
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw forbidden();
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'organiser' || !actor.isAdmin) throw forbidden('Only admin organisers manage accounts');
}
