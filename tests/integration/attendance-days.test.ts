import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, Attendance, db, type CohortRecord } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uniA = (await newUniversity()).universityId;
  uniB = (await newUniversity()).universityId;
});

type Day = { date: string; checkedIn: number; syncedLate: number; onLeave: number; absent: number };
const daysOf = async (cohortId: string, token: string) => {
  const res = await call('GET', `/v1/cohorts/${cohortId}/attendance/days`, { token });
  expect(res.status).toBe(200);
  return res.body as { today: string; startsOn: string; days: Day[] };
};

describe('attendance by day', () => {
  it(
    "counts each day's check-ins, leave and absences from " + "the day counters, a coordinator only their university's",
    async () => {
      const world = await dailyWorld({ interns: 6, universities: [uniA, uniB], mentees: 0 });
      const yesterday = addDays(world.today, -1);
      await Attendance.markCohortDay(world.cohort as unknown as CohortRecord, yesterday, new Date());

      const [onLeave, ...rest] = world.interns;
      const asked = await call('POST', '/v1/leave-requests', {
        token: onLeave!.token,
        body: { from: world.today, to: world.today, reason: '家中有事' },
      });
      expect(
        (
          await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, {
            token: organiser.token,
            body: { decision: 'approve', version: 1 },
          })
        ).status,
      ).toBe(200);
      // Every intern but the one on leave taps three times at once: each is still one check-in.
      const taps = await concurrently(rest.length * 3, (n) =>
        call('POST', '/v1/check-ins', { token: rest[Math.floor(n / 3)]!.token, body: {} }),
      );
      expect(taps.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);

      const all = await daysOf(world.cohort.cohortId, organiser.token);
      expect(all.startsOn).toBe(world.cohort.startsOn);
      expect(all.days).toHaveLength(11);
      expect(all.days.map((d) => d.date)).toEqual(
        Array.from({ length: 11 }, (_, i) => addDays(world.cohort.startsOn, i)),
      );
      expect(all.days.at(-1)).toMatchObject({ date: world.today, checkedIn: 5, onLeave: 1, absent: 0 });
      expect(all.days.find((d) => d.date === yesterday)).toMatchObject({ checkedIn: 0, onLeave: 0, absent: 6 });
      expect(all.days[0]).toMatchObject({ checkedIn: 0, onLeave: 0, absent: 0 });

      const coordinator = await newAccount('coordinator', { universityId: uniA });
      // The daily world has no participating-university rows; the coordinator sees a cohort their university takes part
      // in.
      await db()
        .service.entities.cohortUniversity.create({
          cohortId: world.cohort.cohortId,
          universityId: uniA,
          cohortStartsOn: world.cohort.startsOn,
          quota: 10,
          active: 3,
          submitted: 0,
          accepted: 3,
          waitlisted: 0,
          rejected: 0,
          confirmed: 0,
          withdrawn: 0,
          createdAt: new Date().toISOString(),
        })
        .go();
      const own = await daysOf(world.cohort.cohortId, coordinator.token);
      const ownToday = own.days.at(-1)!;
      const ofA = world.interns.filter((i) => i.universityId === uniA);
      expect(ownToday.checkedIn + ownToday.onLeave).toBe(ofA.length);
      expect(own.days.find((d) => d.date === yesterday)!.absent).toBe(ofA.length);

      const stranger = await newAccount('coordinator', { universityId: (await newUniversity()).universityId });
      expect(
        (await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance/days`, { token: stranger.token })).status,
      ).toBe(404);
    },
  );

  it('stops at the end of a finished cohort and is empty before one starts', async () => {
    const world = await dailyWorld({ interns: 1, universities: [uniA], mentees: 0 });
    const later = await Attendance.days(SYSTEM, world.cohort.cohortId, new Date(Date.now() + 30 * 86_400_000));
    expect(later.days).toHaveLength(21);
    expect(later.days.at(-1)!.date).toBe(world.cohort.endsOn);
    const before = await Attendance.days(SYSTEM, world.cohort.cohortId, new Date(Date.now() - 30 * 86_400_000));
    expect(before.days).toEqual([]);
  });
});
