import { beforeAll, describe, expect, it } from 'vitest';
import { Partnerships } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { person } from '../support/events.ts';
import { call } from '../support/http.ts';

let organiser: Account;
let coordinator: Account;
let pku: Awaited<ReturnType<typeof newUniversity>>;
let tyut: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  pku = await newUniversity();
  tyut = await newUniversity();
  coordinator = await newAccount('coordinator', { universityId: pku.universityId });
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });

describe('recruiting trips', () => {
  it('reports per stop and in total exactly what was done', async () => {
    const trip = await as('POST', '/v1/trips', {
      title: '北京、太原考察宣介',
      startDate: '2024-03-10',
      endDate: '2024-03-16',
      delegation: [{ name: '带队领导', department: '地委组织部', role: '团长' }],
      budgetFen: 5_000_000,
      expenses: [
        { item: '北京住宿', amountFen: 600_000, on: '2024-03-11' },
        { item: '太原场地', amountFen: 300_000, on: '2024-03-15' },
      ],
      stops: [
        { city: '北京', from: '2024-03-10', to: '2024-03-13', universityIds: [pku.universityId] },
        { city: '太原', from: '2024-03-14', to: '2024-03-16', universityIds: [tyut.universityId] },
      ],
    });
    expect(trip.status).toBe(201);
    const [beijing, taiyuan] = trip.body.stops;
    const event = async (stop: any, universityId: string, kind: string) =>
      (
        await as('POST', `/v1/trips/${trip.body.tripId}/events`, {
          stopId: stop.stopId,
          universityId,
          kind,
          title: '才聚阿克苏',
          venue: '礼堂',
          startsAt: '2024-03-11T14:00:00+08:00',
          capacity: 100,
        })
      ).body;
    const talk = await event(beijing, pku.universityId, 'campus_talk');
    const fair = await event(beijing, pku.universityId, 'job_fair');
    const symposium = await event(taiyuan, tyut.universityId, 'symposium');

    const people = [
      person({ universityId: pku.universityId }),
      person({ universityId: pku.universityId }),
      person({ universityId: tyut.universityId }),
    ];
    const reg = async (eventId: string, body: unknown) =>
      (await call('POST', `/v1/public/events/${eventId}/registrations`, { body })).body;
    const r1 = await reg(talk.eventId, people[0]);
    await reg(talk.eventId, people[1]);
    await reg(fair.eventId, people[0]);
    const r4 = await reg(symposium.eventId, people[2]);
    await as('POST', `/v1/events/${talk.eventId}/check-ins`, { token: r1.checkInToken });
    await as('POST', `/v1/events/${symposium.eventId}/check-ins`, { token: r4.checkInToken });
    for (const e of [talk, fair, symposium])
      await as('PATCH', `/v1/events/${e.eventId}`, { version: 1, status: 'held' });
    const signed = await Partnerships.create(SYSTEM, {
      universityId: tyut.universityId,
      title: '战略合作协议',
      type: 'strategic_cooperation',
    });
    await Partnerships.transition(SYSTEM, signed.partnershipId, { to: 'negotiating' });
    await Partnerships.transition(SYSTEM, signed.partnershipId, { to: 'signed', on: '2024-03-15' });

    const report = await as('GET', `/v1/trips/${trip.body.tripId}/report`);
    expect(report.status).toBe(200);
    expect(report.body.stops).toMatchObject([
      {
        city: '北京',
        events: 2,
        eventsHeld: 2,
        registrations: 3,
        checkedIn: 1,
        leads: 2,
        partnershipsSigned: 0,
        expensesFen: 600_000,
        costPerLeadFen: 300_000,
      },
      {
        city: '太原',
        events: 1,
        eventsHeld: 1,
        registrations: 1,
        checkedIn: 1,
        leads: 1,
        partnershipsSigned: 1,
        expensesFen: 300_000,
        costPerLeadFen: 300_000,
      },
    ]);
    expect(report.body.total).toMatchObject({
      events: 3,
      eventsHeld: 3,
      registrations: 4,
      checkedIn: 2,
      leads: 3,
      partnershipsSigned: 1,
      expensesFen: 900_000,
      budgetFen: 5_000_000,
      costPerLeadFen: 300_000,
    });

    const outcomes = await call('GET', `/v1/universities/${pku.universityId}/outcomes`, { token: coordinator.token });
    expect(outcomes.body).toEqual({
      universityId: pku.universityId,
      eventsHeld: 2,
      registrations: 3,
      leads: 2,
      interns: 0,
      hires: 0,
    });
  });

  it('updates with the version read and refuses a stale one', async () => {
    const trip = await as('POST', '/v1/trips', {
      title: '乌鲁木齐行程',
      startDate: '2024-05-01',
      endDate: '2024-05-03',
    });
    expect((await as('PATCH', `/v1/trips/${trip.body.tripId}`, { version: 1, budgetFen: 100 })).body.version).toBe(2);
    expect((await as('PATCH', `/v1/trips/${trip.body.tripId}`, { version: 1, budgetFen: 200 })).status).toBe(409);
    const wrongDates = await as('PATCH', `/v1/trips/${trip.body.tripId}`, { version: 2, endDate: '2024-04-01' });
    expect(wrongDates.status).toBe(400);
  });

  it('keeps stops with events, and lets an edit drop or rename the others', async () => {
    const stops = [
      { city: '北京', from: '2024-03-10', to: '2024-03-12', universityIds: [pku.universityId] },
      { city: '太原', from: '2024-03-13', to: '2024-03-16', universityIds: [tyut.universityId] },
    ];
    const trip = (
      await as('POST', '/v1/trips', { title: '两站行程', startDate: '2024-03-10', endDate: '2024-03-16', stops })
    ).body;
    const [beijing, taiyuan] = trip.stops;
    const created = await as('POST', `/v1/trips/${trip.tripId}/events`, {
      stopId: beijing.stopId,
      universityId: pku.universityId,
      kind: 'campus_talk',
      title: '宣讲会',
      venue: '礼堂',
      startsAt: '2024-03-11T14:00:00+08:00',
      capacity: 10,
    });
    expect(created.status).toBe(201);

    const dropBeijing = await as('PATCH', `/v1/trips/${trip.tripId}`, { version: 1, stops: [{ ...taiyuan }] });
    expect(dropBeijing.status).toBe(409);
    expect(dropBeijing.body).toMatchObject({ code: 'conflict', stopIds: [beijing.stopId] });
    expect((await as('GET', `/v1/trips/${trip.tripId}`)).body.stops).toHaveLength(2);

    const kept = await as('PATCH', `/v1/trips/${trip.tripId}`, { version: 1, stops: [{ ...beijing, city: '北京市' }] });
    expect(kept.status).toBe(200);
    expect(kept.body.stops).toEqual([{ ...beijing, city: '北京市' }]);
    const report = (await as('GET', `/v1/trips/${trip.tripId}/report`)).body;
    expect(report.stops.map((s: { city: string; events: number }) => [s.city, s.events])).toEqual([['北京市', 1]]);
  });

  it('is refused to coordinators', async () => {
    const trip = await as('POST', '/v1/trips', { title: '内部行程', startDate: '2024-05-01', endDate: '2024-05-03' });
    expect((await call('GET', `/v1/trips/${trip.body.tripId}`, { token: coordinator.token })).status).toBe(403);
  });
});
