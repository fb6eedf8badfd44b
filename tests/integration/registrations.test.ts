import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, uniqueSuffix, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  trip = await newTrip([(await newUniversity()).universityId]);
});

const register = (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  call('POST', `/v1/public/events/${eventId}/registrations`, { body, headers });

describe('public registration', () => {
  it('gives 60 seats and 40 waitlist places to 100 concurrent registrations for 60 seats', async () => {
    const event = await newEvent(trip, { capacity: 60 });
    const results = await concurrently(100, () => register(event.eventId, person()));
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    expect(results.filter((r) => r.body.status === 'registered')).toHaveLength(60);
    expect(results.filter((r) => r.body.status === 'waitlisted')).toHaveLength(40);
    const attendance = await call('GET', `/v1/events/${event.eventId}/attendance`, { token: organiser.token });
    expect(attendance.body.counts).toMatchObject({ capacity: 60, registered: 60, waitlisted: 40, checkedIn: 0 });
    const info = await call('GET', `/v1/public/events/${event.eventId}`);
    expect(info.body.seatsLeft).toBe(0);
  });

  it('refuses the same person twice for one event, by email and by phone, naming the field', async () => {
    const event = await newEvent(trip);
    const first = person();
    expect((await register(event.eventId, first)).status).toBe(201);
    const sameEmail = await register(event.eventId, person({ email: first.email }));
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body).toMatchObject({ code: 'already_registered', errors: [{ path: 'email' }] });
    const samePhone = await register(event.eventId, person({ phone: `+86 ${first.phone}` }));
    expect(samePhone.status).toBe(409);
    expect(samePhone.body).toMatchObject({ code: 'already_registered', errors: [{ path: 'phone' }] });
  });

  it('refuses a registration without consent, with a field error', async () => {
    const event = await newEvent(trip);
    for (const consent of [false, undefined, 'yes']) {
      const res = await register(event.eventId, person({ consent }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({ path: 'consent', message: expect.stringMatching(/consent/i) }),
      );
    }
  });

  it('records when consent was given and to which text', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId, person());
    const list = await call('GET', `/v1/events/${event.eventId}/registrations`, { token: organiser.token });
    const stored = list.body.items.find((r: any) => r.registrationId === receipt.body.registrationId);
    expect(stored).toMatchObject({ consentVersion: expect.any(String), consentAt: expect.any(String) });
  });

  it('shows the public only the event, never who registered', async () => {
    const event = await newEvent(trip, { capacity: 10 });
    const someone = person();
    await register(event.eventId, someone);
    const info = await call('GET', `/v1/public/events/${event.eventId}`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ title: event.title, venue: event.venue, capacity: 10, seatsLeft: 9 });
    const text = JSON.stringify(info.body);
    for (const secret of [someone.name, someone.email, someone.phone, 'registrations', 'items'])
      expect(text).not.toContain(secret);
    const list = await call('GET', `/v1/events/${event.eventId}/registrations`);
    expect(list.status).toBe(401);
  });

  it('returns the first result to a retry with the same Idempotency-Key', async () => {
    const event = await newEvent(trip);
    const body = person();
    const key = `reg-${uniqueSuffix()}-${uniqueSuffix()}`;
    const first = await register(event.eventId, body, { 'idempotency-key': key });
    const retry = await register(event.eventId, body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const attendance = await call('GET', `/v1/events/${event.eventId}/attendance`, { token: organiser.token });
    expect(attendance.body.counts.registered).toBe(1);
  });

  it('refuses registrations for a cancelled event', async () => {
    const event = await newEvent(trip);
    await call('PATCH', `/v1/events/${event.eventId}`, {
      token: organiser.token,
      body: { version: 1, status: 'cancelled' },
    });
    const res = await register(event.eventId, person());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('registration_closed');
  });
});
