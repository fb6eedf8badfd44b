import type { Actor } from '../auth/actor.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { maskPhone } from '../personal/masking.ts';
import { COORDINATOR_EDITABLE_FIELDS, MASKED_PHONE, type Contact, type UniversityView } from './universities.schema.ts';

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
      errors: reserved.map((path) => ({ path, message: 'Reserved to organisers', code: 'reserved' as const })),
    });
  }
}

/** Contact phones are shown in full only to organisers. */
export function forViewer(actor: Actor, university: UniversityView): UniversityView {
  if (actor.role === 'organiser') return university;
  return {
    ...university,
    contacts: university.contacts.map((c) => (c.phone ? { ...c, phone: maskPhone(c.phone) } : c)),
  };
}

/**
 * A coordinator edits contacts they see with masked phones. A masked phone sent back unchanged means
 * "keep the number on file"; one that matches no number on file cannot be saved.
 */
export function restoreMaskedPhones(before: Contact[], after: Contact[]): Contact[] {
  return after.map((contact, index) => {
    if (!contact.phone || !MASKED_PHONE.test(contact.phone)) return contact;
    const original = before.find((c) => c.phone && maskPhone(c.phone) === contact.phone)?.phone;
    if (!original) {
      throw new DomainError('validation_failed', 'Enter the full phone number', {
        errors: [{ path: `contacts.${index}.phone`, message: 'Enter the full phone number', code: 'phone_masked' }],
      });
    }
    return { ...contact, phone: original };
  });
}
