import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { maskPhone } from '../personal/masking.ts';
import type { CohortRegistration } from './cohort-registration.entity.ts';
import { CohortRegistrationView } from './cohort-registrations.schema.ts';
import { pickView } from '../views.ts';

export type RegistrationRecord = EntityItem<typeof CohortRegistration>;

export async function getRegistrationRecord(registrationId: string): Promise<RegistrationRecord | null> {
  const result = await db().service.entities.cohortRegistration.get({ registrationId }).go();
  return result.data ?? null;
}

/** The sealed national ID, which ordinary reads never return (the attribute is hidden). */
export async function getSealedNationalId(registrationId: string): Promise<string | undefined> {
  const result = await db().service.entities.cohortRegistration.get({ registrationId }).go({ data: 'raw' });
  const item = (result.data as { Item?: Record<string, unknown> } | null)?.Item;
  return typeof item?.nationalIdSealed === 'string' ? item.nationalIdSealed : undefined;
}

/**
 * What the actor sees of a registration. Organisers see phones in full; everyone else sees them
 * masked. The national ID is always the masked copy here; organisers read it in full only on the
 * single-registration read, which adds it explicitly.
 */
export function toRegistrationView(actor: Actor, record: RegistrationRecord): CohortRegistrationView {
  const view = pickView(CohortRegistrationView, record);
  if (actor.role === 'organiser') return view;
  return {
    ...view,
    phone: maskPhone(view.phone),
    emergencyContact: { ...view.emergencyContact, phone: maskPhone(view.emergencyContact.phone) },
  };
}
