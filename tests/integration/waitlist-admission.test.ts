import { beforeAll, describe, expect, it } from 'vitest';
import { Audit } from '@aksu/core';
import { readTallies } from '@aksu/core/tallies/index';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  trip = await newTrip([(await newUniversity()).universityId]);
});

const register = async (eventId: string) =>
  (await call('POST', `/v1/public/events/${eventId}/registrations`, { body: person() })).body;
const admit = (eventId: string, registrationId: string, reason = '本人到场，现场有空位') =>
  call('POST', `/v1/events/${eventId}/registrations/${registrationId}/admit-from-waitlist`, {
    token: organiser.token,
    body: { reason },
  });
const scan = (eventId: string, token: string) =>
  call('POST', `/v1/events/${eventId}/check-ins`, { token: organiser.token, body: { token } });
const counts = async (eventId: string) =>
  (await call('GET', `/v1/events/${eventId}/attendance`, { token: organiser.token })).body.counts;

/** A full event with one person seated and one waiting. */
async function fullEvent() {
  const event = await newEvent(trip, { capacity: 1 });
  const seated = await register(event.eventId);
  const waiting = await register(event.eventId);
  expect(waiting.status).toBe('waitlisted');
  return { event, seated, waiting };
}

describe('admitting someone waiting at the door', () => {
  it('answers a scan of a waiting code with who it is, so the door can admit them', async () => {
    const { event, waiting } = await fullEvent();
    const refused = await scan(event.eventId, waiting.checkInToken);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ registrationStatus: 'waitlisted', registrationId: waiting.registrationId });
  });

  it('seats and checks in at once over capacity, moving every tally and auditing the reason', async () => {
    const { event, waiting } = await fullEvent();
    const before = await readTallies([`stop#${event.stopId}`, `trip#${event.tripId}`]);
    const admitted = await admit(event.eventId, waiting.registrationId);
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({
      status: 'registered',
      overCapacity: true,
      checkedInAt: expect.any(String),
      promotedAt: expect.any(String),
    });
    expect(await counts(event.eventId)).toMatchObject({ capacity: 1, registered: 2, waitlisted: 0, checkedIn: 1 });
    const after = await readTallies([`stop#${event.stopId}`, `trip#${event.tripId}`]);
    for (const scope of [`stop#${event.stopId}`, `trip#${event.tripId}`]) {
      expect(after.get(scope)!.registered - before.get(scope)!.registered).toBe(1);
      expect(after.get(scope)!.waitlisted - before.get(scope)!.waitlisted).toBe(-1);
      expect(after.get(scope)!.checkedIn - before.get(scope)!.checkedIn).toBe(1);
    }
    const history = await Audit.listForEntity(SYSTEM, 'registration', waiting.registrationId, {});
    const entry = history.items.find((e: any) => e.action === 'admit-from-waitlist') as any;
    expect(entry.changes.reason).toEqual({ after: '本人到场，现场有空位' });
    expect(entry.changes.overCapacity).toEqual({ after: true });
    expect(entry.actorId).toBe(organiser.user.userId);
    // Seated now: the scan says so instead of pointing at the waitlist.
    expect((await scan(event.eventId, waiting.checkInToken)).body.code).toBe('already_checked_in');
  });

  it('takes a free seat without calling it over capacity', async () => {
    const event = await newEvent(trip, { capacity: 0 });
    const waiting = await register(event.eventId);
    await call('PATCH', `/v1/events/${event.eventId}`, { token: organiser.token, body: { version: 1, capacity: 5 } });
    // The raise promotes through the outbox, which nothing drains here: they still wait, with seats free.
    expect(await counts(event.eventId)).toMatchObject({ capacity: 5, registered: 0, waitlisted: 1 });
    const admitted = await admit(event.eventId, waiting.registrationId);
    expect(admitted.body).toMatchObject({ status: 'registered', overCapacity: false });
    expect(await counts(event.eventId)).toMatchObject({ registered: 1, waitlisted: 0, checkedIn: 1 });
  });

  it('admits once when several staff admit the same person at the same moment', async () => {
    const { event, waiting } = await fullEvent();
    const results = await concurrently(8, () => admit(event.eventId, waiting.registrationId));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.code === 'already_checked_in')).toHaveLength(7);
    expect(await counts(event.eventId)).toMatchObject({ registered: 2, waitlisted: 0, checkedIn: 1 });
    const history = await Audit.listForEntity(SYSTEM, 'registration', waiting.registrationId, {});
    expect(history.items.filter((e: any) => e.action === 'admit-from-waitlist')).toHaveLength(1);
  });

  it('requires a reason and refuses someone not waiting', async () => {
    const { event, seated, waiting } = await fullEvent();
    expect((await admit(event.eventId, waiting.registrationId, ' ')).status).toBe(400);
    const seatedAdmit = await admit(event.eventId, seated.registrationId);
    expect(seatedAdmit.status).toBe(409);
    expect(seatedAdmit.body.registrationStatus).toBe('registered');
    expect(await counts(event.eventId)).toMatchObject({ registered: 1, waitlisted: 1, checkedIn: 0 });
  });
});
