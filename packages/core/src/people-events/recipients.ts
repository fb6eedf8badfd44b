import { getRegistrationRecord } from '../cohort-registrations/records.ts';
import { db } from '../db/service.ts';
import { getMentorRecord } from '../mentors/index.ts';
import { accountRecipient, type AccountRecipient } from '../notifications/recipients.ts';
import { findByEmail, getRecord, type UserRecord } from '../users/records.ts';

/**
 * The intern's account by their registration: the account the acceptance created is named on the
 * registration; an account made for the intern otherwise is found by the registration's email (the
 * login index) and must name the same intern.
 */
export async function internRecipient(registrationId: string): Promise<AccountRecipient | null> {
  const registration = await getRegistrationRecord(registrationId);
  if (!registration) return null;
  if (registration.userId) return accountRecipient(await getRecord(registration.userId));
  const user = await findByEmail(registration.email);
  return user?.internId === registrationId ? accountRecipient(user) : null;
}

/** The mentor's account, named on the mentor record. */
export async function mentorRecipient(mentorId: string): Promise<AccountRecipient | null> {
  const mentor = await getMentorRecord(mentorId);
  return mentor ? accountRecipient(await getRecord(mentor.userId)) : null;
}

/** The university's coordinators, from the accounts-by-university index (one page: a university has a handful). */
export async function coordinatorRecipients(universityId: string): Promise<AccountRecipient[]> {
  const { data } = await db()
    .service.entities.user.query.byUniversity({ universityId, role: 'coordinator' })
    .go({ pages: 'all' });
  return data.map((user) => accountRecipient(user as UserRecord)).filter((r): r is AccountRecipient => r !== null);
}
