import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call } from '../support/http.ts';

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

describe('leave and absences', () => {
  it(
    'marks absentees once, shows them to organisers and ' + 'the mentor, and leave approval excuses an absence',
    async () => {
      const world = await dailyWorld({ interns: 4, universities: [uniA, uniB], mentees: 2 });
      const [menteeAbsent, menteeLeave, present, other] = world.interns;
      const yesterday = addDays(world.today, -1);
      // This time yesterday: always yesterday's cohort day, whatever the hour now.
      const noonYesterday = new Date(Date.now() - 24 * 3600_000);
      const { handler } = await import('@aksu/functions/jobs/mark-absentees');

      expect((await checkIn(present!.token, { happenedAt: noonYesterday.toISOString() })).status).toBe(201);
      const first = await handler();
      const run = first.runs.find((r) => r.cohortId === world.cohort.cohortId)!;
      // The window ends 23:59, so it has not closed today at any minute: yesterday is the day marked.
      expect(run.date).toBe(yesterday);
      expect(run.marked).toBe(3);
      const second = await handler();
      expect(second.runs.find((r) => r.cohortId === world.cohort.cohortId)!.marked).toBe(0);

      const board = async () =>
        (
          await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${yesterday}`, {
            token: organiser.token,
          })
        ).body;
      expect((await board()).totals).toMatchObject({ placed: 4, checkedIn: 1, absent: 3, onLeave: 0, notYet: 0 });
      const absentees = await call(
        'GET',
        `/v1/cohorts/${world.cohort.cohortId}/attendance/interns?date=${yesterday}&status=absent`,
        { token: organiser.token },
      );
      expect(absentees.body.items.map((i: any) => i.registrationId).sort()).toEqual(
        [menteeAbsent, menteeLeave, other].map((i) => i!.registrationId).sort(),
      );
      const mentorSees = await call('GET', `/v1/check-ins?date=${yesterday}`, { token: world.mentorAccount.token });
      expect(mentorSees.body.items.map((d: any) => [d.registrationId, d.status]).sort()).toEqual(
        [
          [menteeAbsent!.registrationId, 'absent'],
          [menteeLeave!.registrationId, 'absent'],
        ].sort(),
      );

      // Leave for yesterday and today, approved by the mentor: yesterday's absence becomes excused.
      const asked = await call('POST', '/v1/leave-requests', {
        token: menteeLeave!.token,
        body: { from: yesterday, to: world.today, reason: '发烧就医' },
      });
      expect(asked.status).toBe(201);
      const pending = await call('GET', '/v1/leave-requests', { token: world.mentorAccount.token });
      expect(pending.body.items.map((l: any) => l.leaveId)).toContain(asked.body.leaveId);
      expect(
        (
          await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, {
            token: other!.token,
            body: { decision: 'approve', version: 1 },
          })
        ).status,
      ).toBe(404);
      const approved = await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, {
        token: world.mentorAccount.token,
        body: { decision: 'approve', comment: '好好休息', version: 1 },
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', decisionComment: '好好休息' });
      expect((await board()).totals).toMatchObject({ checkedIn: 1, absent: 2, onLeave: 1 });
      const todayBoard = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${world.today}`, {
        token: organiser.token,
      });
      expect(todayBoard.body.totals).toMatchObject({ onLeave: 1, notYet: 3 });
      const again = await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, {
        token: organiser.token,
        body: { decision: 'reject', version: 2 },
      });
      expect(again.body.code).toBe('invalid_transition');

      // The absent intern's phone finally uploads yesterday's tap: the absence turns into a late check-in.
      const late = await checkIn(menteeAbsent!.token, { happenedAt: noonYesterday.toISOString() });
      expect(late.status).toBe(201);
      expect((await board()).totals).toMatchObject({ checkedIn: 2, syncedLate: 2, absent: 1, onLeave: 1 });

      const days = await call('GET', `/v1/interns/${menteeLeave!.registrationId}/attendance`, {
        token: menteeLeave!.token,
      });
      expect(days.status).toBe(200);
      const byDate = Object.fromEntries(days.body.days.map((d: any) => [d.date, d.outcome]));
      expect(byDate[yesterday]).toBe('leave');
      expect(byDate[world.today]).toBe('leave');
      expect(byDate[addDays(world.today, 1)]).toBe('future');
      expect(byDate[addDays(world.today, -2)]).toBe('absent');
      const { Attendance } = await import('@aksu/core');
      expect((await Attendance.daysOf(menteeAbsent!.registrationId)).find((d) => d.date === yesterday)!.outcome).toBe(
        'late_synced',
      );
    },
  );

  it('a day already checked in stays present when leave over it is approved', async () => {
    const world = await dailyWorld({ interns: 1, universities: [uniA], mentees: 1 });
    const [intern] = world.interns;
    await checkIn(intern!.token);
    const asked = await call('POST', '/v1/leave-requests', {
      token: intern!.token,
      body: { from: world.today, to: addDays(world.today, 1), reason: '家中有事' },
    });
    const approved = await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, {
      token: organiser.token,
      body: { decision: 'approve', version: 1 },
    });
    expect(approved.status).toBe(200);
    const today = await call('GET', `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${world.today}`, {
      token: organiser.token,
    });
    expect(today.body.totals).toMatchObject({ checkedIn: 1, onLeave: 0 });
    const tomorrow = await call(
      'GET',
      `/v1/cohorts/${world.cohort.cohortId}/attendance?date=${addDays(world.today, 1)}`,
      { token: organiser.token },
    );
    expect(tomorrow.body.totals).toMatchObject({ checkedIn: 0, onLeave: 1 });
  });
});
