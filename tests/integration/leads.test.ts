import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call } from '../support/http.ts';

let organiser: Account;
let coordinatorA: Account;
let uniA: Awaited<ReturnType<typeof newUniversity>>;
let uniB: Awaited<ReturnType<typeof newUniversity>>;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uniA = await newUniversity();
  uniB = await newUniversity();
  coordinatorA = await newAccount('coordinator', { universityId: uniA.universityId });
  trip = await newTrip([uniA.universityId, uniB.universityId]);
});

const register = async (eventId: string, body: unknown) => {
  const res = await call('POST', `/v1/public/events/${eventId}/registrations`, { body });
  expect(res.status).toBe(201);
  return res.body;
};

describe('leads', () => {
  it('makes one lead of one person across events, matched by email or by phone', async () => {
    const [first, second, third] = [await newEvent(trip), await newEvent(trip), await newEvent(trip)];
    const someone = person({ universityId: uniA.universityId, interestedInFullTime: false });
    await register(first.eventId, someone);
    await register(second.eventId, { ...someone, email: `new.${someone.email}`, interestedInFullTime: true });
    await register(third.eventId, { ...person(), email: someone.email, name: someone.name });
    const found = await call('GET', `/v1/leads?q=${encodeURIComponent(someone.name)}`, { token: organiser.token });
    expect(found.body.items).toHaveLength(1);
    const lead = await call('GET', `/v1/leads/${found.body.items[0].leadId}`, { token: organiser.token });
    expect(lead.body).toMatchObject({ eventCount: 3, interestedInFullTime: false, universityId: uniA.universityId });
    expect(lead.body.events.map((e: any) => e.eventId).sort()).toEqual(
      [first.eventId, second.eventId, third.eventId].sort(),
    );
  });

  it('shows a coordinator only their own university’s leads, with masked phones', async () => {
    const event = await newEvent(trip);
    const own = person({ universityId: uniA.universityId });
    const other = person({ universityId: uniB.universityId });
    await register(event.eventId, own);
    await register(event.eventId, other);
    const all = await call('GET', '/v1/leads?limit=100', { token: organiser.token });
    const ownLead = all.body.items.find((l: any) => l.email === own.email);
    const otherLead = all.body.items.find((l: any) => l.email === other.email);
    expect(ownLead.phone).toBe(own.phone);

    const list = await call('GET', '/v1/leads?limit=100', { token: coordinatorA.token });
    expect(list.body.items.every((l: any) => l.universityId === uniA.universityId)).toBe(true);
    expect(list.body.items.some((l: any) => l.leadId === ownLead.leadId)).toBe(true);
    expect((await call('GET', `/v1/leads/${ownLead.leadId}`, { token: coordinatorA.token })).body.phone).toMatch(
      /^\d{3}\*{4}\d{4}$/,
    );
    expect((await call('GET', `/v1/leads/${otherLead.leadId}`, { token: coordinatorA.token })).status).toBe(404);
    const asked = await call('GET', `/v1/leads?universityId=${uniB.universityId}`, { token: coordinatorA.token });
    expect(asked.body.items).toEqual([]);
  });

  it('filters by university, degree, graduation year, region and interest', async () => {
    const event = await newEvent(trip);
    const phd = person({
      universityId: uniB.universityId,
      degreeLevel: 'phd',
      graduationYear: 2027,
      fromRegion: false,
      interestedInFullTime: true,
    });
    await register(event.eventId, phd);
    await register(
      event.eventId,
      person({ universityId: uniB.universityId, degreeLevel: 'master', graduationYear: 2027 }),
    );
    const filters = 'degreeLevel=phd&graduationYear=2027&fromRegion=false&interest=full_time';
    const query = `universityId=${uniB.universityId}&${filters}`;
    const res = await call('GET', `/v1/leads?${query}`, { token: organiser.token });
    expect(res.body.items.map((l: any) => l.email)).toEqual([phd.email]);
  });

  it('records an invitation credited to the event and trip the lead came from', async () => {
    const event = await newEvent(trip);
    const someone = person();
    await register(event.eventId, someone);
    const leadId = (await call('GET', `/v1/leads?q=${encodeURIComponent(someone.email)}`, { token: organiser.token }))
      .body.items[0].leadId;
    const invited = await call('POST', `/v1/leads/${leadId}/invitations`, {
      token: organiser.token,
      body: { kind: 'summer_programme', note: '欢迎参加' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ kind: 'summer_programme', eventId: event.eventId, tripId: trip.tripId });
    const lead = await call('GET', `/v1/leads/${leadId}`, { token: organiser.token });
    expect(lead.body.invitations).toHaveLength(1);
    expect(
      (
        await call('POST', `/v1/leads/${leadId}/invitations`, {
          token: coordinatorA.token,
          body: { kind: 'full_time' },
        })
      ).status,
    ).toBe(403);
  });
});
