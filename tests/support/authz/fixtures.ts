import {
  db,
  Events,
  Partnerships,
  type EventView,
  type PartnershipView,
  type TripView,
  type UniversityView,
} from '@aksu/core';
import { newEvent, newTrip, person } from '../events.ts';
import { newAccount, newUniversity, SYSTEM, uniqueSuffix, type Account } from '../accounts.ts';
import { newEmployer } from '../positions.ts';
import { buildProgramme, type ProgrammeWorld } from './placement-world.ts';
import { buildCohortWorld, type CohortWorld } from './cohort-world.ts';
import { buildTalentWorld, type TalentWorld } from './talent-world.ts';

/**
 * The callers of the authorization matrix. Coordinator A, the mentor and both interns belong to
 * university A; coordinator B to university B; the reviewer to an employer of its own (`reviewerUnit`);
 * the contact looks after the intern caller (`talent`), whose outcome the talent account (`leadHire`) is
 * bound to as well, so it reads the same card and requests through the other binding.
 */
export const CALLERS = [
  'anonymous',
  'organiser',
  'organiserPlain',
  'coordinatorA',
  'coordinatorB',
  'mentor',
  'intern',
  'otherIntern',
  'reviewer',
  'contact',
  'leadHire',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface World {
  accounts: Record<Exclude<Caller, 'anonymous'>, Account>;
  uniA: UniversityView;
  uniB: UniversityView;
  /** A partnership of each university. */
  partnershipA: PartnershipView;
  partnershipB: PartnershipView;
  /** A trip visiting both universities, an event at each, and a lead from each. */
  trip: TripView;
  eventA: EventView;
  eventB: EventView;
  leadA: string;
  leadB: string;
  /** A cohort with a host unit, the mentor caller's mentee (the intern caller) and another university's intern. */
  programme: ProgrammeWorld;
  /** A cohort open to universities A and B with a registration of each, and a cohort of B only. */
  cohorts: CohortWorld;
  /** The reviewer caller's employing unit: an employer record none of the other fixtures use. */
  reviewerUnit: string;
  /** The intern caller's outcome looked after by the contact caller, with a card and a request. */
  talent: TalentWorld;
}

export async function buildWorld(): Promise<World> {
  const uniA = await newUniversity({ contacts: [{ name: '甲联系人', phone: '13811112222' }] });
  const uniB = await newUniversity({ contacts: [{ name: '乙联系人', phone: '13933334444' }] });
  const programme = await buildProgramme(uniA, uniB);
  const reviewerUnit = (await newEmployer({ name: '矩阵评审单位' })).employerId;
  const accounts = {
    organiser: await newAccount('organiser', { isAdmin: true }),
    organiserPlain: await newAccount('organiser'),
    coordinatorA: await newAccount('coordinator', { universityId: uniA.universityId }),
    coordinatorB: await newAccount('coordinator', { universityId: uniB.universityId }),
    mentor: programme.mentorAccount,
    intern: await newAccount('intern', { universityId: uniA.universityId, internId: programme.mentee }),
    otherIntern: await newAccount('intern', { universityId: uniA.universityId }),
    reviewer: await newAccount('reviewer', { unitId: reviewerUnit }),
    contact: await newAccount('contact'),
  };
  const partnership = (universityId: string) =>
    Partnerships.create(SYSTEM, { universityId, title: '矩阵合作协议', type: 'practice_base' });
  const [partnershipA, partnershipB] = [await partnership(uniA.universityId), await partnership(uniB.universityId)];
  await Partnerships.recordReminders();
  const trip = await newTrip([uniA.universityId, uniB.universityId]);
  const eventA = await newEvent(trip);
  const eventB = await newEvent(trip, { universityId: uniB.universityId });
  const [leadA, leadB] = [(await register(eventA, uniA)).leadId, (await register(eventB, uniB)).leadId];
  const cohorts = await buildCohortWorld(uniA, uniB);
  const talent = await buildTalentWorld(programme, accounts);
  const leadHire = await newAccount('talent', { outcomeId: talent.self });
  return {
    accounts: { ...accounts, leadHire },
    uniA,
    uniB,
    partnershipA,
    partnershipB,
    trip,
    eventA,
    eventB,
    leadA,
    leadB,
    programme,
    cohorts,
    reviewerUnit,
    talent,
  };
}

/** A fresh account to act on, so allowed writes (disable, enable) never disturb the callers. */
export async function victim(): Promise<Account> {
  return newAccount('organiser', { email: `victim.${uniqueSuffix()}@example.com` });
}

/** A fresh partnership of university A or B, for writes that bump its version. */
export function freshPartnership(world: World, target: 'universityA' | 'universityB'): Promise<PartnershipView> {
  const universityId = (target === 'universityA' ? world.uniA : world.uniB).universityId;
  return Partnerships.create(SYSTEM, { universityId, title: '矩阵临时协议', type: 'campus_recruitment' });
}

/** Registers a made-up student of the university; returns the registration and its QR token. */
export async function register(event: EventView, university: UniversityView) {
  const receipt = await Events.registerPublic(
    event.eventId,
    person({ universityId: university.universityId }),
    'matrix',
  );
  const { data } = await db()
    .service.entities.registration.get({ eventId: event.eventId, registrationId: receipt.registrationId })
    .go();
  return { ...receipt, leadId: data!.leadId };
}

/** A registration of event A that is already checked in, for annulling. */
export async function checkedIn(world: World) {
  const r = await register(world.eventA, world.uniA);
  await Events.checkIn(SYSTEM, world.eventA.eventId, r.checkInToken);
  return r;
}
