import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { pastMonday, recordDays, runningProgramme, today } from '../support/logs-stipends.ts';
import { mentorAccount } from '../support/programme.ts';

let organiser: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uni = await newUniversity();
});

const log = (logDate: string) => ({ logDate, hours: 8, category: 'fieldwork', summary: `${logDate} 产线调研` });
const scores = { competence: 4, attitude: 5, teamwork: 4, innovation: 4, comment: '交接后由新导师评价' };

/**
 * An intern with a pending leave request and a pending week under mentor A, then moved to mentor C
 * by an organiser: who may act is read from the placement at the time of the action.
 */
async function movedIntern() {
  const p = await runningProgramme(uni.universityId);
  const intern = p.interns[0]!;
  const c = await mentorAccount(p.unit.hostUnitId);
  const monday = pastMonday();
  expect(
    (
      await call('POST', `/v1/interns/${intern.registrationId}/activity-logs`, {
        token: intern.account.token,
        body: log(monday),
      })
    ).status,
  ).toBe(201);
  const leave = await call('POST', '/v1/leave-requests', {
    token: intern.account.token,
    body: { from: today(), to: addDays(today(), 1), reason: '回校答辩' },
  });
  expect(leave.status).toBe(201);
  const listedForA = await call('GET', '/v1/leave-requests', { token: p.mentorAccount.token });
  expect(listedForA.body.items.map((l: any) => l.leaveId)).toEqual([leave.body.leaveId]);

  const moved = await call('POST', `/v1/placements/${intern.registrationId}/mentor`, {
    token: organiser.token,
    body: { mentorId: c.mentor.mentorId },
  });
  expect(moved.status).toBe(200);
  return {
    p,
    intern,
    a: { mentor: p.mentor, token: p.mentorAccount.token },
    c: { mentor: c.mentor, token: c.account.token },
    monday,
    leaveId: leave.body.leaveId as string,
  };
}

describe('the current mentor decides', () => {
  it(
    'after a mentor change the old mentor no longer sees ' + "or decides the intern's pending leave; the new one does",
    async () => {
      const { a, c, leaveId, intern } = await movedIntern();

      expect((await call('GET', `/v1/leave-requests/${leaveId}`, { token: a.token })).status).toBe(404);
      expect((await call('GET', '/v1/leave-requests', { token: a.token })).body.items).toEqual([]);
      expect(
        (
          await call('POST', `/v1/leave-requests/${leaveId}/decision`, {
            token: a.token,
            body: { decision: 'approve', version: 1 },
          })
        ).status,
      ).toBe(404);

      expect((await call('GET', `/v1/leave-requests/${leaveId}`, { token: c.token })).status).toBe(200);
      const listedForC = await call('GET', '/v1/leave-requests', { token: c.token });
      expect(listedForC.body.items.map((l: any) => l.leaveId)).toEqual([leaveId]);
      const approved = await call('POST', `/v1/leave-requests/${leaveId}/decision`, {
        token: c.token,
        body: { decision: 'approve', version: 1 },
      });
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      const decidedForC = await call('GET', '/v1/leave-requests?status=approved', { token: c.token });
      expect(decidedForC.body.items.map((l: any) => l.leaveId)).toEqual([leaveId]);
      const days = await call('GET', `/v1/interns/${intern.registrationId}/attendance`, { token: c.token });
      expect(days.body.days.find((d: any) => d.date === today()).outcome).toBe('leave');
    },
  );

  it(
    "after a mentor change the intern's pending weeks leave " +
      "the old mentor's to-review list and join the new one's",
    async () => {
      const { a, c, intern, monday } = await movedIntern();
      const weeksOf = async (m: { mentor: { mentorId: string }; token: string }) =>
        (
          await call('GET', `/v1/mentors/${m.mentor.mentorId}/log-weeks?status=pending`, { token: m.token })
        ).body.items.map((w: any) => `${w.registrationId}:${w.weekStart}`);

      expect(await weeksOf(a)).toEqual([]);
      expect(await weeksOf(c)).toEqual([`${intern.registrationId}:${monday}`]);
      expect(
        (await call('POST', `/v1/interns/${intern.registrationId}/log-weeks/${monday}/approve`, { token: a.token }))
          .status,
      ).toBe(404);
      expect(
        (await call('POST', `/v1/interns/${intern.registrationId}/log-weeks/${monday}/approve`, { token: c.token }))
          .status,
      ).toBe(200);
      expect(await weeksOf(c)).toEqual([]);
      const approvedForC = await call('GET', `/v1/mentors/${c.mentor.mentorId}/log-weeks?status=approved`, {
        token: c.token,
      });
      expect(approvedForC.body.items.map((w: any) => w.weekStart)).toEqual([monday]);
    },
  );

  it('after a mentor change only the new mentor writes the final evaluation', async () => {
    const { a, c, intern } = await movedIntern();
    const path = `/v1/interns/${intern.registrationId}/evaluation`;
    expect((await call('POST', path, { token: a.token, body: scores })).status).toBe(404);
    expect((await call('POST', path, { token: c.token, body: scores })).status).toBe(201);
    expect((await call('GET', path, { token: a.token })).status).toBe(404);
  });

  it("the mentor's lists page through every mentee's items without repeating one", async () => {
    const p = await runningProgramme(uni.universityId, 3);
    const asked: string[] = [];
    for (const intern of p.interns) {
      const r = await call('POST', '/v1/leave-requests', {
        token: intern.account.token,
        body: { from: today(), to: today(), reason: '体检' },
      });
      asked.push(r.body.leaveId);
    }
    const first = await call('GET', '/v1/leave-requests?limit=2', { token: p.mentorAccount.token });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await call('GET', `/v1/leave-requests?limit=2&cursor=${first.body.nextCursor}`, {
      token: p.mentorAccount.token,
    });
    expect(second.body.nextCursor).toBeNull();
    const seen = [...first.body.items, ...second.body.items].map((l: any) => l.leaveId);
    expect(seen).toHaveLength(3);
    expect([...seen].sort()).toEqual([...asked].sort());
    expect(
      (await call('GET', '/v1/leave-requests?cursor=not-a-cursor', { token: p.mentorAccount.token })).body.code,
    ).toBe('invalid_cursor');
  });
});

describe("the mentor's view of days follows the placement too", () => {
  it("after a mentor change the intern's recorded days are listed to the new mentor, not the old one", async () => {
    const { p, a, c, intern } = await movedIntern();
    const yesterday = addDays(today(), -1);
    // A day recorded under the old mentor: who sees it is decided by the placement now.
    await recordDays(p, intern.registrationId, [{ date: yesterday, status: 'present' }]);

    const listed = async (token: string, query = '') =>
      (await call('GET', `/v1/check-ins${query}`, { token })).body.items.map(
        (d: any) => `${d.registrationId}:${d.date}`,
      );
    expect(await listed(a.token)).toEqual([]);
    expect(await listed(a.token, `?date=${yesterday}`)).toEqual([]);
    expect(await listed(c.token)).toContain(`${intern.registrationId}:${yesterday}`);
    expect(await listed(c.token, `?date=${yesterday}`)).toEqual([`${intern.registrationId}:${yesterday}`]);
  });
});
