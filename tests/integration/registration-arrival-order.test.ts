import { beforeAll, describe, expect, it } from 'vitest';
import { promoteFromWaitlist } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  trip = await newTrip([(await newUniversity()).universityId]);
});

type Stored = { registrationId: string; status: string; arrival?: number };

const register = (eventId: string, body = person()) =>
  call('POST', `/v1/public/events/${eventId}/registrations`, { body });
const cancel = (eventId: string, token: string) =>
  call('POST', `/v1/public/events/${eventId}/my/cancel`, { body: { token } });

/** The event's registrations as organisers list them, with each one's arrival number. */
async function stored(eventId: string): Promise<Stored[]> {
  const list = await call('GET', `/v1/events/${eventId}/registrations?limit=100`, { token: organiser.token });
  expect(list.status).toBe(200);
  return list.body.items;
}

const arrivalsOf = (items: Stored[], status: string) =>
  items
    .filter((r) => r.status === status)
    .map((r) => r.arrival!)
    .sort((a, b) => a - b);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('registration in arrival order', () => {
  it(
    'seats the first 10 of 60 concurrent arrivals, waitlists ' +
      'the other 50 in arrival order, and promotes in that order',
    async () => {
      const event = await newEvent(trip, { capacity: 10 });
      const results = await concurrently(60, () => register(event.eventId));
      expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);

      // Every arrival has its own number, 1 to 60; the seats went to 1–10, whatever committed first.
      const items = await stored(event.eventId);
      expect(items.map((r) => r.arrival).sort((a, b) => a! - b!)).toEqual(range(1, 60));
      expect(arrivalsOf(items, 'registered')).toEqual(range(1, 10));
      expect(arrivalsOf(items, 'waitlisted')).toEqual(range(11, 60));
      // Each person was told what the table holds.
      const statusOf = new Map(items.map((r) => [r.registrationId, r.status]));
      for (const r of results) expect(r.body.status).toBe(statusOf.get(r.body.registrationId));

      // Three seated people cancel at once: the seats go to arrivals 11, 12 and 13, in that order.
      const arrivalOf = new Map(items.map((r) => [r.registrationId, r.arrival!]));
      const seated = results
        .filter((r) => r.body.status === 'registered')
        .sort((a, b) => arrivalOf.get(a.body.registrationId)! - arrivalOf.get(b.body.registrationId)!);
      const cancels = await Promise.all(seated.slice(0, 3).map((r) => cancel(event.eventId, r.body.checkInToken)));
      expect(cancels.map((c) => c.status)).toEqual([200, 200, 200]);
      const promoted = await promoteFromWaitlist(event.eventId);
      expect(promoted.map((id) => arrivalOf.get(id))).toEqual([11, 12, 13]);
      const after = await stored(event.eventId);
      expect(arrivalsOf(after, 'registered')).toEqual([...range(4, 10), 11, 12, 13]);
      expect(arrivalsOf(after, 'waitlisted')).toEqual(range(14, 60));
      const attendance = await call('GET', `/v1/events/${event.eventId}/attendance`, { token: organiser.token });
      expect(attendance.body.counts).toMatchObject({ capacity: 10, registered: 10, waitlisted: 47 });
    },
  );

  it(
    'counts the per-event limit in the same write that ' + 'numbers arrivals: refused arrivals take no number',
    async () => {
      const event = await newEvent(trip, { capacity: 2 });
      const before = process.env.REGISTRATION_LIMIT_PER_EVENT;
      process.env.REGISTRATION_LIMIT_PER_EVENT = '3';
      try {
        const results = await concurrently(5, () => register(event.eventId));
        expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429]);
        expect(results.find((r) => r.status === 429)!.body).toMatchObject({ code: 'rate_limited' });
      } finally {
        process.env.REGISTRATION_LIMIT_PER_EVENT = before;
      }
      const items = await stored(event.eventId);
      expect(arrivalsOf(items, 'registered')).toEqual([1, 2]);
      expect(arrivalsOf(items, 'waitlisted')).toEqual([3]);
    },
  );

  it(
    'gives a seat freed while nobody waits to the next ' + 'newcomer, and a refused duplicate takes no number',
    async () => {
      const event = await newEvent(trip, { capacity: 2 });
      const first = person();
      const a = await register(event.eventId, first);
      expect((await register(event.eventId, person({ email: first.email }))).status).toBe(409);
      const b = await register(event.eventId);
      expect([a.body.status, b.body.status]).toEqual(['registered', 'registered']);
      expect((await register(event.eventId)).body.status).toBe('waitlisted');

      // Both seated people leave; the one waiting takes the first seat, the next newcomer the second.
      for (const r of [a, b]) expect((await cancel(event.eventId, r.body.checkInToken)).status).toBe(200);
      expect(await promoteFromWaitlist(event.eventId)).toHaveLength(1);
      const newcomer = await register(event.eventId);
      expect(newcomer.body.status).toBe('registered');
      const items = await stored(event.eventId);
      expect(arrivalsOf(items, 'registered')).toEqual([3, 4]);
      expect(arrivalsOf(items, 'cancelled')).toEqual([1, 2]);
      const info = await call('GET', `/v1/public/events/${event.eventId}`);
      expect(info.body.seatsLeft).toBe(0);
    },
  );
});
