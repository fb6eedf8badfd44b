/** What the door refuses (already checked in, not seated) and how its counter writes retry until a condition decides. */
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import type { RegistrationView } from './events.schema.ts';

/** Runs of one scan or undo, the first included, while they lose to other writes on the same counters. */
export const ATTEMPTS = 21;

export const alreadyCheckedIn = (r: RegistrationView) =>
  new DomainError('already_checked_in', `Already checked in at ${r.checkedInAt}`, {
    checkedInAt: r.checkedInAt,
    registrationId: r.registrationId,
  });

export async function read(eventId: string, registrationId: string): Promise<RegistrationView> {
  const { data } = await db().service.entities.registration.get({ eventId, registrationId }).go();
  if (!data) throw notFound('Registration');
  return data as RegistrationView;
}

/** A 409 decided on a fresh read of the registration: reading again would decide the same. */
export class Refused extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('conflict', message, extra);
  }
}

/**
 * Someone not holding a seat: the door screen reads `registrationStatus` to offer admission from the
 * waitlist in one step, or to say that a cancelled registration needs a walk-in registration.
 */
export const notSeated = (r: RegistrationView) =>
  r.status === 'waitlisted'
    ? new Refused('This person is on the waitlist; admit them from the waitlist with a reason', {
        registrationStatus: r.status,
        registrationId: r.registrationId,
        name: r.name,
      })
    : new Refused('This registration was cancelled; register the person again as a walk-in', {
        registrationStatus: r.status,
        registrationId: r.registrationId,
        name: r.name,
      });

/** Runs a counter transaction, re-reading after a conflict until its condition decides. */
export async function untilDecided(run: () => Promise<RegistrationView>): Promise<RegistrationView> {
  const lostRace = (error: unknown) => isConflict(error) && !(error instanceof Refused);
  return retryOnConflict(run, { attempts: ATTEMPTS, retryable: lostRace });
}
