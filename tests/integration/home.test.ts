import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, CohortRegistrations, Cohorts, db, HOME_LIMITS, localDate, MyTalentService } from '@aksu/core';
import { writeInApp } from '@aksu/core/notifications/inbox';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import { newEvent, newTrip } from '../support/events.ts';
import { call } from '../support/http.ts';
import { internActor } from '../support/authz/talent-world.ts';
import { lookedAfter } from '../support/talent-service.ts';

let organiser: Account;
let coordinator: Account;
let uniA: string;
let uniB: string;
const today = localDate();

beforeAll(async () => {
  [uniA, uniB] = (await Promise.all([newUniversity(), newUniversity()])).map((u) => u.universityId) as [string, string];
  [organiser, coordinator] = await Promise.all([
    newAccount('organiser'),
    newAccount('coordinator', { universityId: uniA }),
  ]);
});

const home = (account: Account, role: 'organiser' | 'coordinator') =>
  call('GET', `/v1/home/${role}`, { token: account.token });

describe('the organiser home', () => {
  it('starts empty, and is only for organisers', async () => {
    const empty = await home(organiser, 'organiser');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      today,
      cohorts: [],
      pendingReviews: 0,
      expiring: [],
      events: [],
      care: { people: 0, overdueContacts: 0, overdueRequests: 0, more: false },
    });
    expect((await home(coordinator, 'organiser')).status).toBe(403);
  });

  it('sums the open cohorts, counts today’s check-ins, lists expiring agreements and the coming events', async () => {
    const open = await openCohort([
      { universityId: uniA, quota: 5 },
      { universityId: uniB, quota: 3 },
    ]);
    await CohortRegistrations.register(SYSTEM, open.cohortId, studentBody({ universityId: uniA }));
    await CohortRegistrations.register(SYSTEM, open.cohortId, studentBody({ universityId: uniB }));
    const closed = await openCohort([{ universityId: uniA, quota: 2 }], {
      startsOn: '2030-07-01',
      endsOn: '2030-07-31',
    });
    for (const to of ['review', 'running', 'closed'] as const)
      await Cohorts.transition(SYSTEM, closed.cohortId, { to });
    const running = await openCohort([{ universityId: uniA, quota: 2 }], {
      startsOn: '2030-06-01',
      endsOn: '2030-06-30',
    });
    for (const to of ['review', 'running'] as const) await Cohorts.transition(SYSTEM, running.cohortId, { to });
    const day = localDate(new Date(), running.timeZone);
    // Two shards of the cohort's counter: the home page must add them up, as the board does.
    for (const [shard, checkedIn] of [
      ['03', 2],
      ['11', 1],
    ] as const) {
      await db()
        .service.entities.attendanceCounter.put({
          cohortId: running.cohortId,
          date: day,
          dimension: 'all',
          key: 'all',
          shard,
          checkedIn,
        })
        .go();
    }
    const agreement = async (expiresOn: string) =>
      call('POST', '/v1/partnerships', {
        token: organiser.token,
        body: {
          universityId: uniA,
          title: `协议${expiresOn}`,
          type: 'practice_base',
          status: 'signed',
          signedOn: '2021-01-01',
          expiresOn,
        },
      });
    expect((await agreement(addDays(today, 10))).status).toBe(201);
    expect((await agreement(addDays(today, 400))).status).toBe(201);
    const trip = await newTrip([uniA], {
      startDate: today,
      endDate: addDays(today, 20),
      stops: [{ city: '北京', from: today, to: addDays(today, 20), universityIds: [uniA] }],
    });
    const soon = await newEvent(trip, { startsAt: `${addDays(today, 2)}T14:00:00+08:00` });
    await newEvent(trip, { startsAt: `${addDays(today, 15)}T14:00:00+08:00`, title: '太远的宣讲会' });

    const res = await home(organiser, 'organiser');
    expect(res.status).toBe(200);
    expect(res.body.cohorts.map((c: { cohortId: string }) => c.cohortId)).toEqual([open.cohortId, running.cohortId]);
    expect(res.body.cohorts[0]).toMatchObject({ quota: 8, active: 2, submitted: 2, checkIn: null });
    expect(res.body.cohorts[1].checkIn).toEqual({ date: day, checkedIn: 3, onLeave: 0 });
    expect(res.body.pendingReviews).toBe(2);
    expect(res.body.expiring.map((p: { expiresOn: string }) => p.expiresOn)).toEqual([addDays(today, 10)]);
    expect(res.body.events.map((e: { eventId: string }) => e.eventId)).toEqual([soon.eventId]);
  });

  it('tells a commissioner how many they look after and what of theirs is overdue, until it is dealt with', async () => {
    const DAY = 86_400_000;
    // In care since 200 days ago (a quarterly contact overdue), with a housing request filed 90 days ago.
    const p = await lookedAfter({ tier: 'tuofeng', now: new Date(Date.now() - 200 * DAY) });
    const filed = await MyTalentService.fileRequest(
      internActor(p.person, p.registrationId),
      { kind: 'housing', description: '申请人才公寓' },
      new Date(Date.now() - 90 * DAY),
    );
    const before = await home(p.commissioner, 'organiser');
    expect(before.body.care).toEqual({ people: 1, overdueContacts: 1, overdueRequests: 1, more: false });

    const visit = await call('POST', `/v1/talent-service/people/${p.outcomeId}/contacts`, {
      token: p.commissioner.token,
      body: { on: today, kind: 'visit' },
    });
    expect(visit.status).toBe(201);
    const resolved = await call('POST', `/v1/talent-service/requests/${filed.requestId}/steps`, {
      token: p.commissioner.token,
      body: { version: 1, to: 'resolved' },
    });
    expect(resolved.status).toBe(200);
    const after = await home(p.commissioner, 'organiser');
    expect(after.body.care).toEqual({ people: 1, overdueContacts: 0, overdueRequests: 0, more: false });
  });

  it('reads only the latest cohorts however many there are', async () => {
    for (let i = 0; i <= HOME_LIMITS.latestCohorts; i++) {
      await openCohort([{ universityId: uniB, quota: 1 }], {
        startsOn: `2031-0${1 + (i % 9)}-1${i % 10}`,
        endsOn: '2031-12-31',
      });
    }
    const res = await home(organiser, 'organiser');
    expect(res.body.cohorts).toHaveLength(HOME_LIMITS.latestCohorts);
    expect(res.body.cohorts.every((c: { startsOn: string }) => c.startsOn.startsWith('2031'))).toBe(true);
  });
});

describe('the coordinator home', () => {
  it('lists cohorts with places left, students to confirm and unread review decisions', async () => {
    const res0 = await home(coordinator, 'coordinator');
    expect(res0.status).toBe(200);
    expect((await home(organiser, 'coordinator')).status).toBe(403);

    const cohort = await openCohort([{ universityId: uniA, quota: 3 }], {
      startsOn: '2032-08-01',
      endsOn: '2032-08-31',
    });
    const full = await openCohort([{ universityId: uniA, quota: 1 }], { startsOn: '2032-07-01', endsOn: '2032-07-31' });
    await CohortRegistrations.register(SYSTEM, full.cohortId, studentBody({ universityId: uniA }));
    const student = await CohortRegistrations.register(SYSTEM, cohort.cohortId, studentBody({ universityId: uniA }));
    await CohortRegistrations.decide(SYSTEM, cohort.cohortId, {
      registrationIds: [student.registrationId],
      decision: 'accepted',
    });
    const digest = { kind: 'coordinator.review-digest', title: '本校学生录取', body: '…', expiresAt: 4_000_000_000 };
    await writeInApp({
      ...digest,
      notificationId: 'ntf_home_unread',
      userId: coordinator.user.userId,
      link: '/cohorts/x',
    });
    await writeInApp({ ...digest, notificationId: 'ntf_home_read', userId: coordinator.user.userId });
    await db().service.entities.notification.patch({ notificationId: 'ntf_home_read' }).set({ read: true }).go();
    await writeInApp({
      ...digest,
      kind: 'intern.placed',
      notificationId: 'ntf_home_other',
      userId: coordinator.user.userId,
    });

    const res = await home(coordinator, 'coordinator');
    const toRegister = res.body.toRegister.filter((c: { cohortId: string }) =>
      [cohort.cohortId, full.cohortId].includes(c.cohortId),
    );
    expect(toRegister).toEqual([expect.objectContaining({ cohortId: cohort.cohortId, placesLeft: 2, quota: 3 })]);
    expect(res.body.toConfirm).toEqual([{ cohortId: cohort.cohortId, name: cohort.name, accepted: 1 }]);
    expect(res.body.decisions).toEqual([
      expect.objectContaining({ notificationId: 'ntf_home_unread', link: '/cohorts/x' }),
    ]);
  });
});
