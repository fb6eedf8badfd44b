import { beforeAll, describe, expect, it } from 'vitest';
import { db, Partnerships } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newPosition } from '../support/positions.ts';
import { acceptedIntern, newCohort, newHostUnit } from '../support/programme.ts';

/*
 * A hire through a job application credited back to where the person was met: the position and
 * unit, the event and trip they registered at, and their university's partnership, in the outcome
 * and in every report grouped by those.
 */

useLocalS3();

let organiser: Account;
let hostUnitId: string;
beforeAll(async () => {
  organiser = await newAccount('organiser');
  hostUnitId = (await newHostUnit()).hostUnitId;
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });

/** A university with an active partnership, a trip there with its costs and a campus talk on it. */
async function campus(startsAt = '2030-03-11T14:00:00+08:00') {
  const uni = await newUniversity();
  const partnership = await Partnerships.create(SYSTEM, {
    universityId: uni.universityId,
    title: '校地合作框架协议',
    type: 'campus_recruitment',
  });
  const trip = await newTrip([uni.universityId], {
    expenses: [{ item: '差旅', amountFen: 2_000_000, on: '2024-03-10' }],
  });
  const event = await newEvent(trip, { startsAt });
  return { uni, partnership, trip, event };
}

async function register(eventId: string, someone: ReturnType<typeof person>) {
  const res = await call('POST', `/v1/public/events/${eventId}/registrations`, { body: someone });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

/** Applies as the person, then screens, offers and accepts over HTTP; the outcome the acceptance moved. */
async function hired(someone: { name: string; email: string; phone: string }) {
  const { positionId } = await newPosition(hostUnitId, { headcount: 2 });
  const { applicationId } = await newApplication(positionId, {
    name: someone.name,
    email: someone.email,
    phone: someone.phone,
  });
  let current = (await as('GET', `/v1/applications/${applicationId}`)).body;
  for (const to of ['shortlisted', 'interview', 'offered', 'accepted']) {
    const res = await as('POST', `/v1/applications/${applicationId}/transitions`, { to, version: current.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    current = res.body;
  }
  const outcome = await as('GET', `/v1/outcomes/${current.outcomeId}`);
  expect(outcome.status).toBe(200);
  return { positionId, outcome: outcome.body };
}

/** The event's funnel counter over all cohorts: no report lists events yet, so it is read as stored. */
async function eventCounts(eventId: string) {
  const { data } = await db()
    .service.entities.funnelCounter.query.byGroup({ cohortKey: 'all', dimension: 'event' })
    .begins({ group: eventId })
    .go({ pages: 'all' });
  return {
    offered: data.reduce((n, s) => n + (s.offered ?? 0), 0),
    onboarded: data.reduce((n, s) => n + (s.onboarded ?? 0), 0),
  };
}

const rowOf = <T extends { id?: string; group?: string }>(items: T[], id: string) =>
  items.find((r) => (r.id ?? r.group) === id);

describe('attribution of a hire through an application', () => {
  it('credits a registrant hired without any invitation to the position, unit, event, trip and partnership', async () => {
    const { uni, partnership, trip, event } = await campus();
    const someone = person({ universityId: uni.universityId, interestedInFullTime: true });
    await register(event.eventId, someone);

    const { positionId, outcome } = await hired(someone);
    expect(outcome).toMatchObject({
      subjectKind: 'lead',
      stage: 'offered',
      positionId,
      employerHostUnitId: hostUnitId,
      universityId: uni.universityId,
      eventId: event.eventId,
      tripId: trip.tripId,
      partnershipId: partnership.partnershipId,
    });
    expect(await eventCounts(event.eventId)).toEqual({ offered: 1, onboarded: 0 });

    const onboarded = await as('POST', `/v1/outcomes/${outcome.outcomeId}/transitions`, {
      to: 'onboarded',
      on: '2026-07-01',
      version: outcome.version,
      employerHostUnitId: hostUnitId,
    });
    expect(onboarded.status, JSON.stringify(onboarded.body)).toBe(200);

    const byTrip = (await as('GET', '/v1/dashboard/attribution?by=trip')).body.items;
    expect(rowOf(byTrip, trip.tripId)).toMatchObject({ leads: 1, hires: 1, costPerHireFen: 2_000_000 });
    const byPartnership = (await as('GET', '/v1/dashboard/attribution?by=partnership')).body.items;
    expect(rowOf(byPartnership, partnership.partnershipId)).toMatchObject({ leads: 1, hires: 1 });
    // The trip's campus events, each credited with the hire it brought.
    const byEvent = (await as('GET', `/v1/dashboard/attribution?by=event&tripId=${trip.tripId}`)).body;
    expect(byEvent).toMatchObject({ by: 'event', tripId: trip.tripId });
    expect(rowOf(byEvent.items, event.eventId)).toMatchObject({ leads: 1, hires: 1, on: expect.any(String) });
    const noTrip = await as('GET', '/v1/dashboard/attribution?by=event');
    expect(noTrip.status).toBe(400);
    expect(noTrip.body.errors).toEqual([expect.objectContaining({ path: 'tripId', code: 'required' })]);
    const byUniversity = (await as('GET', '/v1/dashboard/funnel?by=university')).body.rows;
    expect(rowOf(byUniversity, uni.universityId)).toMatchObject({ leadsInvited: 1, offered: 1, onboarded: 1 });
    expect(await eventCounts(event.eventId)).toEqual({ offered: 1, onboarded: 1 });
    expect((await as('GET', `/v1/universities/${uni.universityId}/outcomes`)).body).toMatchObject({ hires: 1 });
  });

  it('credits an intern hired through an application to the event the intern registered at', async () => {
    const { uni, partnership, trip, event } = await campus();
    const someone = person({ universityId: uni.universityId });
    await register(event.eventId, someone);
    const cohort = await newCohort({ status: 'closed' });
    const intern = await acceptedIntern(cohort.cohortId, uni.universityId, {
      email: someone.email,
      hostUnitId,
    });
    await newAccount('intern', { email: someone.email, internId: intern.registrationId });

    const { positionId, outcome } = await hired(someone);
    expect(outcome).toMatchObject({
      subjectKind: 'intern',
      subjectId: intern.registrationId,
      cohortId: cohort.cohortId,
      positionId,
      eventId: event.eventId,
      tripId: trip.tripId,
      partnershipId: partnership.partnershipId,
    });
    expect(await eventCounts(event.eventId)).toEqual({ offered: 1, onboarded: 0 });
  });

  it('credits the event the person was met at last, unless an invitation names one', async () => {
    const { uni, trip, event: later } = await campus('2030-03-12T10:00:00+08:00');
    // Created after the later one, so it sorts after it by id: the start decides, not the id or the order of registering.
    const earlier = await newEvent(trip, { startsAt: '2030-03-11T14:00:00+08:00', title: '双选会' });
    const someone = person({ universityId: uni.universityId, interestedInFullTime: true });
    await register(later.eventId, someone);
    await register(earlier.eventId, someone);
    expect((await hired(someone)).outcome).toMatchObject({ eventId: later.eventId, tripId: trip.tripId });

    const invited = person({ universityId: uni.universityId, interestedInFullTime: true });
    await register(later.eventId, invited);
    await register(earlier.eventId, invited);
    const leadId = (await as('GET', `/v1/leads?q=${encodeURIComponent(invited.email)}`)).body.items[0].leadId;
    const invitation = await as('POST', `/v1/leads/${leadId}/invitations`, {
      kind: 'full_time',
      eventId: earlier.eventId,
    });
    expect(invitation.status, JSON.stringify(invitation.body)).toBe(201);
    expect((await hired(invited)).outcome).toMatchObject({ eventId: earlier.eventId });
  });

  it('credits an applicant nobody had met to the position only', async () => {
    const { positionId, outcome } = await hired(person());
    expect(outcome).toMatchObject({ subjectKind: 'lead', positionId, employerHostUnitId: hostUnitId });
    expect(outcome).not.toHaveProperty('eventId');
    expect(outcome).not.toHaveProperty('tripId');
    expect(outcome).not.toHaveProperty('partnershipId');
  });
});
