import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { EventView, RegistrationView } from './events.schema.ts';
import { pickView } from '../views.ts';

export async function getEvent(eventId: string): Promise<EventView | null> {
  const { data } = await db().service.entities.campusEvent.get({ eventId }).go();
  return data ? pickView(EventView, data) : null;
}

export async function requireEvent(eventId: string): Promise<EventView> {
  const event = await getEvent(eventId);
  if (!event) throw notFound('Event');
  return event;
}

export function toRegistrationView(record: object): RegistrationView {
  return pickView(RegistrationView, record);
}
