import { getRegistrationRecord } from '../cohort-registrations/records.ts';
import { db } from '../db/service.ts';
import { getMentorRecord } from '../mentors/index.ts';
import { findByEmail, getRecord, type UserRecord } from '../users/records.ts';

export interface PersonRecipient {
  key: string;
  userId: string;
  email: string;
  name: string;
}

/**
 * An account as a recipient; a disabled account hears nothing. No language here: the message goes
 * out in the language the user saved in their preferences, Chinese when they saved none.
 */
export function recipientOf(user: UserRecord | null): PersonRecipient | null {
  if (!user || user.status === 'disabled') return null;
  return { key: `user:${user.userId}`, userId: user.userId, email: user.email, name: user.name };
}

/**
 * The intern's account by their registration: the account the acceptance created is named on the
 * registration; an account made for the intern otherwise is found by the registration's email (the
 * login index) and must name the same intern.
 */
export async function internRecipient(registrationId: string): Promise<PersonRecipient | null> {
  const registration = await getRegistrationRecord(registrationId);
  if (!registration) return null;
  if (registration.userId) return recipientOf(await getRecord(registration.userId));
  const user = await findByEmail(registration.email);
  return user?.internId === registrationId ? recipientOf(user) : null;
}

/** The mentor's account, named on the mentor record. */
export async function mentorRecipient(mentorId: string): Promise<PersonRecipient | null> {
  const mentor = await getMentorRecord(mentorId);
  return mentor ? recipientOf(await getRecord(mentor.userId)) : null;
}

/** The university's coordinators, from the accounts-by-university index (one page: a university has a handful). */
export async function coordinatorRecipients(universityId: string): Promise<PersonRecipient[]> {
  const { data } = await db().service.entities.user.query.byUniversity({ universityId, role: 'coordinator' }).go({ pages: 'all' });
  return data.map((user) => recipientOf(user as UserRecord)).filter((r): r is PersonRecipient => r !== null);
}
