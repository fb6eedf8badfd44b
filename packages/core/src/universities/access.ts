import type { Actor } from '../auth/actor.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { maskPhone } from '../pii.ts';
import { COORDINATOR_EDITABLE_FIELDS, type UniversityView } from './universities.schema.ts';

/**
 * Who may see a university. Organisers see all; a coordinator sees only their own, and another
 * university is "not found" so a coordinator cannot probe which ids exist. Mentors and interns have
 * no university screens.
 */
export function assertCanRead(actor: Actor, universityId: string): void {
  if (actor.role === 'organiser') return;
  if (actor.role === 'coordinator') {
    if (actor.universityId === universityId) return;
    throw notFound('University');
  }
  throw forbidden();
}

/** Which of the submitted fields the actor may not change. */
export function assertCanUpdate(actor: Actor, universityId: string, fields: string[]): void {
  assertCanRead(actor, universityId);
  if (actor.role === 'organiser') return;
  const reserved = fields.filter((f) => !(COORDINATOR_EDITABLE_FIELDS as readonly string[]).includes(f));
  if (reserved.length > 0) {
    throw new DomainError('forbidden_fields', 'Only organisers may change these fields', {
      errors: reserved.map((path) => ({ path, message: 'Reserved to organisers' })),
    });
  }
}

/** Lists show contact phones masked except to organisers. */
export function forList(actor: Actor, university: UniversityView): UniversityView {
  if (actor.role === 'organiser') return university;
  return {
    ...university,
    contacts: university.contacts.map((c) => (c.phone ? { ...c, phone: maskPhone(c.phone) } : c)),
  };
}
