import { beforeAll, describe, expect, it } from 'vitest';
import { Partnerships } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call } from '../support/http.ts';

let organiser: Account;
beforeAll(async () => {
  organiser = await newAccount('organiser');
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });

describe('attribution', () => {
  it('traces a full-time hire back to the event, trip and partnership, with the trip’s cost per hire', async () => {
    const uni = await newUniversity();
    const partnership = await Partnerships.create(SYSTEM, {
      universityId: uni.universityId,
      title: '校地合作框架协议',
      type: 'campus_recruitment',
    });
    const trip = await newTrip([uni.universityId], {
      expenses: [{ item: '差旅', amountFen: 3_000_000, on: '2024-03-10' }],
    });
    const event = await newEvent(trip);
    const someone = person({ universityId: uni.universityId, interestedInFullTime: true });
    expect((await call('POST', `/v1/public/events/${event.eventId}/registrations`, { body: someone })).status).toBe(
      201,
    );
    const leadId = (await as('GET', `/v1/leads?q=${encodeURIComponent(someone.email)}`)).body.items[0].leadId;

    const notInvited = await as('POST', '/v1/outcomes', { leadId });
    expect(notInvited.status).toBe(409);
    expect((await as('POST', `/v1/leads/${leadId}/invitations`, { kind: 'full_time' })).status).toBe(201);
    const opened = await as('POST', '/v1/outcomes', { leadId });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      subjectKind: 'lead',
      eventId: event.eventId,
      tripId: trip.tripId,
      partnershipId: partnership.partnershipId,
    });
    const onboarded = await as('POST', `/v1/outcomes/${opened.body.outcomeId}/transitions`, {
      to: 'onboarded',
      on: '2025-07-01',
      version: opened.body.version,
      employer: '阿克苏地区行政公署',
      employmentKind: 'civil_service',
    });
    expect(onboarded.status).toBe(200);

    const byTrip = (await as('GET', '/v1/dashboard/attribution?by=trip')).body.items.find(
      (r: { id: string }) => r.id === trip.tripId,
    );
    expect(byTrip).toMatchObject({ leads: 1, interns: 0, hires: 1, expensesFen: 3_000_000, costPerHireFen: 3_000_000 });
    const byPartnership = (await as('GET', '/v1/dashboard/attribution?by=partnership')).body.items.find(
      (r: { id: string }) => r.id === partnership.partnershipId,
    );
    expect(byPartnership).toMatchObject({ leads: 1, hires: 1 });
    const outcomes = await as('GET', `/v1/universities/${uni.universityId}/outcomes`);
    expect(outcomes.body).toMatchObject({ leads: 1, hires: 1 });
  });
});
