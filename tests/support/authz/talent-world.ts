import { Conversion, MyTalentService, TalentService, type Actor } from '@aksu/core';
import { newAccount, SYSTEM, type Account } from '../accounts.ts';
import { acceptedIntern, newCohort } from '../programme.ts';
import type { ProgrammeWorld } from './placement-world.ts';

/**
 * The talent service seen by the matrix: the intern caller's outcome (`self`) has reached 报到, is
 * looked after by the contact caller, holds a card and has filed a request; university B's intern
 * (`other`) is looked after by another contact. Cared for from today, so a contact logged today
 * never moves the record the parallel cases share.
 */
export interface TalentWorld {
  self: string;
  other: string;
  cardToken: string;
  requestId: string;
}

async function onboard(registrationId: string) {
  const { outcome } = await Conversion.open(SYSTEM, { registrationId });
  if (outcome.stage === 'onboarded') return outcome.outcomeId;
  await Conversion.transition(SYSTEM, outcome.outcomeId, {
    to: 'onboarded',
    on: '2025-07-10',
    version: outcome.version,
    employer: '矩阵用人单位',
  });
  return outcome.outcomeId;
}

export const careOf = (commissioner: Account, contact: Account, tier = 'tuofeng') => ({
  tier,
  commissionerId: commissioner.user.userId,
  contactUserId: contact.user.userId,
});

export async function buildTalentWorld(
  programme: ProgrammeWorld,
  accounts: { organiserPlain: Account; contact: Account; intern: Account },
): Promise<TalentWorld> {
  const [self, other] = [await onboard(programme.mentee), await onboard(programme.otherIntern)];
  await TalentService.assign(SYSTEM, self, careOf(accounts.organiserPlain, accounts.contact));
  await TalentService.assign(SYSTEM, other, careOf(accounts.organiserPlain, await newAccount('contact')));
  const card = await TalentService.issueCard(SYSTEM, self);
  const request = await MyTalentService.fileRequest(internActor(accounts.intern, programme.mentee), {
    kind: 'medical_care',
    description: '矩阵诉求',
  });
  return { self, other, cardToken: card.token, requestId: request.requestId };
}

export const internActor = (account: Account, internId: string): Actor => ({
  userId: account.user.userId,
  role: 'intern',
  internId,
});

/** A fresh person who came (报到), cared for by the world's commissioner and contact, for writes that change them. */
export async function freshOnboarded(universityId: string) {
  const cohort = await newCohort();
  const intern = await acceptedIntern(cohort.cohortId, universityId);
  return onboard(intern.registrationId);
}
