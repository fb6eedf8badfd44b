import { requireRole, type Actor } from '../auth/actor.ts';
import { DoorCheckIns } from './door-check-ins.ts';
import { hitRateLimit, RATE_LIMITS } from './rate-limit.ts';
import { register } from './registrations.ts';
import type { RegistrationInput, RegistrationReceipt, RegistrationView, WaitlistAdmission } from './events.schema.ts';
import { seatsLeft } from './reads.ts';
import { requireEvent } from './records.ts';

/** Who gets in: the public sign-up, walk-ins and check-ins at the door. */
export const EventAdmissions = {
  /**
   * The public sign-up. Limited per client before anything is read, so a flood from one place
   * costs one conditional update per request; the per-event limit is counted by the same write
   * that numbers the arrival, so a popular event's burst has one hot item, not two.
   */
  async registerPublic(eventId: string, input: RegistrationInput, client: string): Promise<RegistrationReceipt> {
    const limits = RATE_LIMITS();
    await hitRateLimit(`client#${client}`, limits.perClientPerMinute);
    const event = await requireEvent(eventId);
    const { receipt } = await register(event, input, undefined, limits.perEventPerMinute);
    // Read after the write, so the receipt's count includes this registration.
    return { ...receipt, capacity: event.capacity, seatsLeft: await seatsLeft(event) };
  },

  /** Someone at the door without a registration: registered and checked in at once, over capacity if need be. */
  async walkIn(actor: Actor, eventId: string, input: RegistrationInput): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return (await register(await requireEvent(eventId), input, actor)).registration;
  },

  async checkIn(actor: Actor, eventId: string, token: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return DoorCheckIns.admit(actor, await requireEvent(eventId), token);
  },

  /** Manual check-in of someone found by name or phone whose code will not scan; same rules as a scan. */
  async checkInRegistration(actor: Actor, eventId: string, registrationId: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return DoorCheckIns.checkIn(actor, await requireEvent(eventId), registrationId);
  },

  async annulCheckIn(actor: Actor, eventId: string, registrationId: string, reason: string): Promise<RegistrationView> {
    requireRole(actor, 'organiser');
    return DoorCheckIns.annul(actor, await requireEvent(eventId), registrationId, reason);
  },

  /** Someone waiting who turns up: seated and checked in at once, with the reason the audit keeps. */
  async admitFromWaitlist(
    actor: Actor,
    eventId: string,
    registrationId: string,
    reason: string,
  ): Promise<WaitlistAdmission> {
    requireRole(actor, 'organiser');
    return DoorCheckIns.admitFromWaitlist(actor, await requireEvent(eventId), registrationId, reason);
  },
};
