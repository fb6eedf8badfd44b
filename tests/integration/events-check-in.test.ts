import { beforeAll, describe, expect, it } from 'vitest';
import { Audit } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  trip = await newTrip([(await newUniversity()).universityId]);
});

const register = async (eventId: string, body = person()) =>
  (await call('POST', `/v1/public/events/${eventId}/registrations`, { body })).body;
const scan = (eventId: string, token: string) =>
  call('POST', `/v1/events/${eventId}/check-ins`, { token: organiser.token, body: { token } });
const counts = async (eventId: string) =>
  (await call('GET', `/v1/events/${eventId}/attendance`, { token: organiser.token })).body.counts;

describe('check-in', () => {
  it('checks in once; a second scan answers 409 already_checked_in with the time', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId);
    const first = await scan(event.eventId, receipt.checkInToken);
    expect(first.status).toBe(200);
    const second = await scan(event.eventId, receipt.checkInToken);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'already_checked_in', checkedInAt: first.body.checkedInAt });
  });

  it('turns 50 concurrent scans of one code into exactly one check-in', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId);
    const results = await concurrently(50, () => scan(event.eventId, receipt.checkInToken));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.code === 'already_checked_in')).toHaveLength(49);
    expect(await counts(event.eventId)).toMatchObject({ registered: 1, checkedIn: 1 });
  });

  it('checks in someone found by name without their code, once, even racing a scan of the same code', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId);
    const manual = () =>
      call('POST', `/v1/events/${event.eventId}/registrations/${receipt.registrationId}/check-in`, {
        token: organiser.token,
      });
    const results = await Promise.all([manual(), manual(), scan(event.eventId, receipt.checkInToken), manual()]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.code === 'already_checked_in')).toHaveLength(3);
    expect(await counts(event.eventId)).toMatchObject({ registered: 1, checkedIn: 1 });
    const unknown = await call(
      'POST',
      `/v1/events/${event.eventId}/registrations/reg_00000000000000000000000000/check-in`,
      { token: organiser.token },
    );
    expect(unknown.status).toBe(404);
  });

  it('refuses a code from another event or a made-up one', async () => {
    const event = await newEvent(trip);
    const other = await newEvent(trip);
    const receipt = await register(other.eventId);
    expect((await scan(event.eventId, receipt.checkInToken)).status).toBe(404);
    expect((await scan(event.eventId, 'made-up-code-0000000')).status).toBe(404);
  });

  it('annuls a check-in with a reason, audited, and the counter goes back', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId);
    await scan(event.eventId, receipt.checkInToken);
    const annul = await call(
      'POST',
      `/v1/events/${event.eventId}/registrations/${receipt.registrationId}/annul-check-in`,
      {
        token: organiser.token,
        body: { reason: '扫错了人' },
      },
    );
    expect(annul.status).toBe(200);
    expect(annul.body.checkedInAt).toBeUndefined();
    expect(await counts(event.eventId)).toMatchObject({ checkedIn: 0 });
    const again = await call(
      'POST',
      `/v1/events/${event.eventId}/registrations/${receipt.registrationId}/annul-check-in`,
      {
        token: organiser.token,
        body: { reason: '再来一次' },
      },
    );
    expect(again.status).toBe(409);
    const history = await Audit.listForEntity(SYSTEM, 'registration', receipt.registrationId, {});
    expect(history.items.map((e: any) => e.action)).toEqual(['register', 'check-in', 'annul-check-in']);
    expect(history.items[2]!.changes.reason).toEqual({ after: '扫错了人' });
    expect((await scan(event.eventId, receipt.checkInToken)).status).toBe(200);
  });

  it('registers and checks in a walk-in at once, even when the event is full', async () => {
    const event = await newEvent(trip, { capacity: 1 });
    await register(event.eventId);
    const walkIn = await call('POST', `/v1/events/${event.eventId}/walk-ins`, {
      token: organiser.token,
      body: person(),
    });
    expect(walkIn.status).toBe(201);
    expect(walkIn.body).toMatchObject({ status: 'registered', walkIn: true, checkedInAt: expect.any(String) });
    expect(await counts(event.eventId)).toMatchObject({ registered: 2, waitlisted: 0, checkedIn: 1, walkIns: 1 });
  });

  it('finds registrations by name or phone, with full phones for staff, and filters by status', async () => {
    const event = await newEvent(trip);
    const someone = person({ name: '阿克苏测试甲' });
    const receipt = await register(event.eventId, someone);
    await register(event.eventId);
    const byName = await call('GET', `/v1/events/${event.eventId}/registrations?q=${encodeURIComponent('测试甲')}`, {
      token: organiser.token,
    });
    expect(byName.body.items.map((r: any) => r.registrationId)).toEqual([receipt.registrationId]);
    expect(byName.body.items[0].phone).toBe(someone.phone);
    const byPhone = await call('GET', `/v1/events/${event.eventId}/registrations?q=${someone.phone.slice(-6)}`, {
      token: organiser.token,
    });
    expect(byPhone.body.items).toHaveLength(1);
    await scan(event.eventId, receipt.checkInToken);
    const checked = await call('GET', `/v1/events/${event.eventId}/attendance?status=checked_in`, {
      token: organiser.token,
    });
    expect(checked.body.items.map((r: any) => r.registrationId)).toEqual([receipt.registrationId]);
    expect(checked.body.items[0].checkedInAt).toEqual(expect.any(String));
    const pending = await call('GET', `/v1/events/${event.eventId}/attendance?status=not_checked_in`, {
      token: organiser.token,
    });
    expect(pending.body.items).toHaveLength(1);
  });

  it('reports no-shows once the event is held', async () => {
    const event = await newEvent(trip);
    const a = await register(event.eventId);
    await register(event.eventId);
    await scan(event.eventId, a.checkInToken);
    expect((await counts(event.eventId)).noShow).toBeNull();
    await call('PATCH', `/v1/events/${event.eventId}`, {
      token: organiser.token,
      body: { version: 1, status: 'held' },
    });
    expect(await counts(event.eventId)).toMatchObject({ registered: 2, checkedIn: 1, noShow: 1 });
  });
});
