import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { dailyWorld, UNIT_LOCATION } from '../support/daily.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uniA = (await newUniversity()).universityId;
  uniB = (await newUniversity()).universityId;
});

const checkIn = (token: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call('POST', '/v1/check-ins', { token, body, headers });

describe('daily check-in', () => {
  it('200 interns each sending 3 concurrent check-ins give exactly 200 check-ins and a counter of 200', async () => {
    const world = await dailyWorld({ interns: 200, universities: [uniA, uniB] });
    const results = await concurrently(600, async (n) => {
      const i = Math.floor(n / 3);
      const intern = world.interns[i]!;
      // A third retry with one Idempotency-Key, a third double-tap with one nonce, a third from three devices.
      if (i % 3 === 0)
        return { i, res: await checkIn(intern.token, {}, { 'idempotency-key': `retry-${intern.registrationId}` }) };
      if (i % 3 === 1) return { i, res: await checkIn(intern.token, { clientNonce: `tap-${intern.registrationId}` }) };
      return { i, res: await checkIn(intern.token, { clientNonce: `device-${n}-${intern.registrationId}` }) };
    });
    // A resend (by Idempotency-Key or clientNonce) repeats the first answer (201) and says so in a header.
    const replayed = (r: (typeof results)[number]) => r.res.headers.get('idempotent-replayed') === 'true';
    const created = results.filter((r) => r.res.status === 201 && !replayed(r));
    expect(created).toHaveLength(200);
    expect(new Set(created.map((r) => r.i)).size).toBe(200);
    for (const r of results.filter((x) => !created.includes(x))) {
      if (r.i % 3 === 2) {
        expect(r.res.status).toBe(409);
        expect(r.res.body.code).toBe('already_checked_in');
        expect(r.res.body.checkedInAt).toEqual(expect.any(String));
      } else {
        // A resend gets the first check-in; under this load a resend may also be told that the
        // first request with its Idempotency-Key is still running (and to retry): never a second one.
        const outcome = replayed(r) ? 'replayed' : r.res.body.code;
        expect(r.i % 3 === 0 ? ['replayed', 'idempotency_in_progress'] : ['replayed']).toContain(outcome);
        if (replayed(r)) expect(r.res.body.registrationId).toBe(world.interns[r.i]!.registrationId);
      }
    }
    const board = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${world.today}`, {
      token: organiser.token,
    });
    expect(board.status).toBe(200);
    expect(board.body.totals).toMatchObject({ placed: 200, checkedIn: 200, onLeave: 0, absent: 0, notYet: 0 });
    expect(board.body.byUniversity.map((u: any) => [u.universityId, u.checkedIn]).sort()).toEqual(
      [
        [uniA, 100],
        [uniB, 100],
      ].sort(),
    );
    expect(board.body.byHostUnit).toEqual([
      expect.objectContaining({ hostUnitId: world.unit.hostUnitId, placed: 200, checkedIn: 200 }),
    ]);
    const stored = await db()
      .service.entities.attendanceDay.query.byCohortDay({ cohortId: world.cohort.cohortId, date: world.today })
      .go({ pages: 'all' });
    expect(stored.data).toHaveLength(200);
  });

  it('flags a check-in outside the radius without refusing it, and keeps the distance', async () => {
    const world = await dailyWorld({ interns: 2, universities: [uniA] });
    const far = await checkIn(world.interns[0]!.token, {
      location: { lat: UNIT_LOCATION.lat + 0.01, lng: UNIT_LOCATION.lng, accuracyM: 20 },
    });
    expect(far.status).toBe(201);
    expect(far.body).toMatchObject({ status: 'present', outsideRadius: true, syncedLate: false });
    expect(far.body.distanceM).toBeGreaterThan(1000);
    const near = await checkIn(world.interns[1]!.token, {
      location: { lat: UNIT_LOCATION.lat + 0.001, lng: UNIT_LOCATION.lng },
    });
    expect(near.body).toMatchObject({ outsideRadius: false, distanceM: 111 });
    const board = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance`, { token: organiser.token });
    expect(board.body.totals).toMatchObject({ checkedIn: 2, outsideRadius: 1 });
  });

  it(
    'answers a retried request with the same Idempotency-Key ' +
      'with the first check-in, and a new tap with 409 and the time',
    async () => {
      const world = await dailyWorld({ interns: 1, universities: [uniA] });
      const token = world.interns[0]!.token;
      const first = await checkIn(token, {}, { 'idempotency-key': 'retry-key-0001' });
      expect(first.status).toBe(201);
      const retry = await checkIn(token, {}, { 'idempotency-key': 'retry-key-0001' });
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      const second = await checkIn(token, {}, { 'idempotency-key': 'retry-key-0002' });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ code: 'already_checked_in', checkedInAt: first.body.checkedInAt });
    },
  );

  it('accepts an offline check-in inside the grace period as synced late, and refuses an older one', async () => {
    const world = await dailyWorld({ interns: 2, universities: [uniA] });
    const [a, b] = world.interns;
    const tapped = new Date(Date.now() - 30 * 3600_000);
    const late = await checkIn(a!.token, { happenedAt: tapped.toISOString(), clientNonce: 'offline-0001' });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ syncedLate: true, checkedInAt: tapped.toISOString() });
    expect(late.body.date).not.toBe(world.today);
    // The same queued item sent again (the phone did not hear the answer) is the same check-in.
    const again = await checkIn(a!.token, { happenedAt: tapped.toISOString(), clientNonce: 'offline-0001' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.date).toBe(late.body.date);
    // Today is still open.
    expect((await checkIn(a!.token)).status).toBe(201);

    const old = await checkIn(b!.token, { happenedAt: new Date(Date.now() - 49 * 3600_000).toISOString() });
    expect(old.status).toBe(422);
    expect(old.body.code).toBe('sync_too_late');
    const future = await checkIn(b!.token, { happenedAt: new Date(Date.now() + 3600_000).toISOString() });
    expect(future.status).toBe(400);
    const board = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${late.body.date}`, {
      token: organiser.token,
    });
    expect(board.body.totals).toMatchObject({ checkedIn: 1, syncedLate: 1 });
  });

  it('refuses outside the window, outside the cohort and for non-interns', async () => {
    const world = await dailyWorld({ interns: 1, universities: [uniA] });
    await db()
      .service.entities.cohort.patch({ cohortId: world.cohort.cohortId })
      .set({ checkInWindow: { start: '00:00', end: '00:00' } })
      .go();
    const { localDateTime } = await import('@aksu/core');
    const outside = await checkIn(world.interns[0]!.token);
    // Unless this runs in the first minute of the day in Shanghai, the one-minute window is closed.
    if (!localDateTime(new Date(), 'Asia/Shanghai').slice(11).startsWith('00:00')) {
      expect(outside.status).toBe(422);
      expect(outside.body.code).toBe('outside_check_in_window');
    }
    // Closed by an organiser: the check-in above kept the cohort for a moment, and the close in this
    // same process makes the next check-in read it again.
    const close = await call('POST', `/v1/cohorts/${world.cohort.cohortId}/transitions`, {
      token: organiser.token,
      body: { to: 'closed' },
    });
    expect(close.status).toBe(200);
    const closed = await checkIn(world.interns[0]!.token);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('not_in_session');
    expect((await checkIn(organiser.token)).status).toBe(403);
    expect((await checkIn(world.mentorAccount.token)).status).toBe(403);
  });
});

describe('the intern context', () => {
  it('is one round trip once the cohort has been read: the registration and placement together', async () => {
    const world = await dailyWorld({ interns: 2, universities: [uniA] });
    expect((await checkIn(world.interns[0]!.token)).status).toBe(201);
    const sent: string[] = [];
    const { client } = db();
    client.middlewareStack.add(
      (next, context) => (args) => {
        sent.push(context.commandName ?? 'unknown');
        return next(args);
      },
      { step: 'initialize', name: 'countCheckInCalls' },
    );
    try {
      expect((await checkIn(world.interns[1]!.token)).status).toBe(201);
    } finally {
      client.middlewareStack.remove('countCheckInCalls');
    }
    // The account's session state, the intern's context, the check-in's transaction: the cohort,
    // which every check-in of the cohort needs, was read by the first one.
    expect(sent.sort()).toEqual(['BatchGetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
  });
});

describe('scoping', () => {
  it('coordinators see their own university; interns only themselves; mentors only mentees', async () => {
    const world = await dailyWorld({ interns: 4, universities: [uniA, uniB], mentees: 1 });
    await Promise.all(world.interns.map((i) => checkIn(i.token)));
    const coordinatorA = await newAccount('coordinator', { universityId: uniA });
    const board = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance`, { token: coordinatorA.token });
    // The cohort has no participating-university rows in this world, so the coordinator cannot see it.
    expect(board.status).toBe(404);
    await db()
      .service.entities.cohortUniversity.create({
        cohortId: world.cohort.cohortId,
        universityId: uniA,
        cohortStartsOn: world.cohort.startsOn,
        quota: 10,
        active: 2,
        submitted: 0,
        accepted: 2,
        waitlisted: 0,
        rejected: 0,
        confirmed: 0,
        withdrawn: 0,
        createdAt: new Date().toISOString(),
      })
      .go();
    const own = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance`, { token: coordinatorA.token });
    expect(own.status).toBe(200);
    expect(own.body.totals).toMatchObject({ placed: 2, checkedIn: 2 });
    expect(own.body.byUniversity.map((u: any) => u.universityId)).toEqual([uniA]);
    const roster = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance/interns`, {
      token: coordinatorA.token,
    });
    expect(roster.body.items.every((i: any) => i.universityId === uniA)).toBe(true);
    expect(roster.body.items).toHaveLength(2);

    const [first, second] = world.interns;
    expect(
      (await call('GET', `/v1/interns/${second!.registrationId}/attendance`, { token: first!.token })).status,
    ).toBe(404);
    const mine = await call('GET', '/v1/check-ins', { token: first!.token });
    expect(mine.body.items.map((d: any) => d.registrationId)).toEqual([first!.registrationId]);
    expect(
      (await call('GET', `/v1/interns/${first!.registrationId}/attendance`, { token: world.mentorAccount.token }))
        .status,
    ).toBe(200);
    expect(
      (await call('GET', `/v1/interns/${second!.registrationId}/attendance`, { token: world.mentorAccount.token }))
        .status,
    ).toBe(404);
    const mentees = await call('GET', '/v1/check-ins', { token: world.mentorAccount.token });
    expect(mentees.body.items.map((d: any) => d.registrationId)).toEqual([first!.registrationId]);
    expect((await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance`, { token: first!.token })).status).toBe(
      403,
    );
  });
});
