import { Conversion, TalentService } from '@aksu/core';
import { expect } from 'vitest';
import { newAccount, newUniversity, SYSTEM, type Account } from './accounts.ts';
import { newEvent, newTrip, person } from './events.ts';
import { call } from './http.ts';
import { acceptedIntern, newCohort } from './programme.ts';

export interface LookedAfter {
  outcomeId: string;
  cohortId: string;
  registrationId: string;
  name: string;
  /** The person's own account (an intern whose outcome reached 报到). */
  person: Account;
  commissioner: Account;
  contact: Account;
}

/**
 * A person whose outcome reached 报到, in a cohort of the given time zone, put in the care of a fresh
 * commissioner and contact at the given tier. Written through core, as the routes under test read it.
 */
export async function lookedAfter(
  options: { tier?: string; timeZone?: string; onboardedOn?: string; now?: Date; name?: string } = {},
): Promise<LookedAfter> {
  const cohort = await newCohort({ timeZone: options.timeZone ?? 'Asia/Shanghai' });
  const university = await newUniversity();
  const intern = await acceptedIntern(cohort.cohortId, university.universityId, {
    ...(options.name ? { name: options.name } : {}),
  });
  const { outcome } = await Conversion.open(SYSTEM, { registrationId: intern.registrationId });
  await Conversion.transition(SYSTEM, outcome.outcomeId, {
    to: 'onboarded',
    on: options.onboardedOn ?? '2025-07-10',
    version: outcome.version,
    employer: '阿克苏地区第一人民医院',
  });
  const [person, commissioner, contact] = await Promise.all([
    newAccount('intern', {
      universityId: university.universityId,
      internId: intern.registrationId,
      email: intern.email,
    }),
    newAccount('organiser'),
    newAccount('contact'),
  ]);
  await TalentService.assign(
    SYSTEM,
    outcome.outcomeId,
    { tier: options.tier ?? 'tuofeng', commissionerId: commissioner.user.userId, contactUserId: contact.user.userId },
    options.now,
  );
  return {
    outcomeId: outcome.outcomeId,
    cohortId: cohort.cohortId,
    registrationId: intern.registrationId,
    name: intern.name,
    person,
    commissioner,
    contact,
  };
}

/**
 * A person hired from a lead (no intern record, so no account of their own), their outcome just opened:
 * registered at a campus event, invited to a full-time post and opened by the organiser whose token is given.
 */
export async function hiredLead(organiserToken: string) {
  const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiserToken, body });
  const uni = await newUniversity();
  const event = await newEvent(await newTrip([uni.universityId]));
  const someone = person({ universityId: uni.universityId, interestedInFullTime: true });
  expect((await call('POST', `/v1/public/events/${event.eventId}/registrations`, { body: someone })).status).toBe(201);
  const leadId = (await as('GET', `/v1/leads?q=${encodeURIComponent(someone.email)}`)).body.items[0].leadId;
  expect((await as('POST', `/v1/leads/${leadId}/invitations`, { kind: 'full_time' })).status).toBe(201);
  const opened = await as('POST', '/v1/outcomes', { leadId });
  expect(opened.body.subjectKind).toBe('lead');
  return { email: someone.email, outcome: opened.body as { outcomeId: string; version: number } };
}
