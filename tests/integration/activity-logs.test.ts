import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, db } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call, concurrently, type CallResult } from '../support/http.ts';
import { fieldworkLog, pastMonday, runningProgramme, today } from '../support/logs-stipends.ts';

let organiser: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;
let coordinator: Account;
let otherCoordinator: Account;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uni = await newUniversity();
  coordinator = await newAccount('coordinator', { universityId: uni.universityId });
  otherCoordinator = await newAccount('coordinator', { universityId: (await newUniversity()).universityId });
});

describe('activity logs', () => {
  it(
    'one log per intern per day, even when sent many times ' + 'at once; dates must be cohort days not yet to come',
    async () => {
      const p = await runningProgramme(uni.universityId);
      const intern = p.interns[0]!;
      const path = `/v1/interns/${intern.registrationId}/activity-logs`;
      const results = await concurrently(8, () =>
        call('POST', path, { token: intern.account.token, body: fieldworkLog(pastMonday()) }),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(7).fill('already_exists'));
      const week = await call('GET', `/v1/interns/${intern.registrationId}/log-weeks/${pastMonday()}`, {
        token: intern.account.token,
      });
      expect(week.body).toMatchObject({
        status: 'pending',
        logCount: 1,
        hours: 7.5,
        weekEnd: addDays(pastMonday(), 6),
      });

      const tomorrow = await call('POST', path, {
        token: intern.account.token,
        body: fieldworkLog(addDays(today(), 1)),
      });
      expect(tomorrow.status).toBe(400);
      expect(tomorrow.body.errors[0].path).toBe('logDate');
      const before = await call('POST', path, {
        token: intern.account.token,
        body: fieldworkLog(addDays(p.cohort.startsOn, -1)),
      });
      expect(before.status).toBe(400);
      const badHours = await call('POST', path, {
        token: intern.account.token,
        body: fieldworkLog(today(), { hours: 0.25 }),
      });
      expect(badHours.status).toBe(400);
    },
  );

  it("the cohort's logs carry their week's review state, read in one BatchGet for the page", async () => {
    const p = await runningProgramme(uni.universityId, 2);
    const [a, b] = p.interns;
    const monday = pastMonday();
    const next = addDays(monday, 7);
    const write = (intern: typeof a, logDate: string) =>
      call('POST', `/v1/interns/${intern!.registrationId}/activity-logs`, {
        token: intern!.account.token,
        body: fieldworkLog(logDate),
      });
    for (const [intern, day] of [
      [a, monday],
      [a, addDays(monday, 1)],
      [b, monday],
      [b, next],
    ] as const) {
      expect((await write(intern, day)).status).toBe(201);
    }
    const mentor = { token: p.mentorAccount.token };
    expect((await call('POST', `/v1/interns/${a!.registrationId}/log-weeks/${monday}/approve`, mentor)).status).toBe(
      200,
    );
    const returned = await call('POST', `/v1/interns/${b!.registrationId}/log-weeks/${next}/return`, {
      ...mentor,
      body: { comment: '请补充调研的车间名称' },
    });
    expect(returned.status).toBe(200);

    const send = vi.spyOn(db().client, 'send');
    let commands: string[] = [];
    let page: CallResult | undefined;
    try {
      page = await call('GET', `/v1/cohorts/${p.cohort.cohortId}/activity-logs`, { token: organiser.token });
      // The reads that touched a week, by command: the weeks' keys name their entity.
      commands = send.mock.calls
        .filter(([command]) => /logweek/i.test(JSON.stringify(command.input)))
        .map(([command]) => command.constructor.name);
    } finally {
      send.mockRestore();
    }
    expect(page?.status).toBe(200);
    const states = Object.fromEntries(
      page!.body.items.map((l: { registrationId: string; logDate: string; weekStatus: string }) => [
        `${l.registrationId === a!.registrationId ? 'a' : 'b'}:${l.logDate}`,
        l.weekStatus,
      ]),
    );
    expect(states).toEqual({
      [`a:${monday}`]: 'approved',
      [`a:${addDays(monday, 1)}`]: 'approved',
      [`b:${monday}`]: 'pending',
      [`b:${next}`]: 'returned',
    });
    // Three weeks behind four logs: one BatchGet, no read per log.
    expect(commands).toEqual(['BatchGetCommand']);

    // The intern's own list keeps the plain log shape.
    const own = await call('GET', `/v1/interns/${b!.registrationId}/activity-logs`, { token: b!.account.token });
    expect(own.body.items[0]).not.toHaveProperty('weekStatus');
  });

  it('scoping: another intern, another mentor and another university do not see the logs', async () => {
    const p = await runningProgramme(uni.universityId, 2);
    const [a, b] = p.interns;
    const q = await runningProgramme(uni.universityId);
    await call('POST', `/v1/interns/${a!.registrationId}/activity-logs`, {
      token: a!.account.token,
      body: fieldworkLog(pastMonday()),
    });
    const path = `/v1/interns/${a!.registrationId}/activity-logs`;
    expect((await call('GET', path, { token: a!.account.token })).body.items).toHaveLength(1);
    expect((await call('GET', path, { token: b!.account.token })).status).toBe(404);
    expect((await call('POST', path, { token: b!.account.token, body: fieldworkLog(today()) })).status).toBe(404);
    expect((await call('GET', path, { token: q.mentorAccount.token })).status).toBe(404);
    expect(
      (
        await call('POST', `/v1/interns/${a!.registrationId}/log-weeks/${pastMonday()}/approve`, {
          token: q.mentorAccount.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('POST', `/v1/interns/${a!.registrationId}/log-weeks/${pastMonday()}/approve`, {
          token: a!.account.token,
        })
      ).status,
    ).toBe(403);
    expect((await call('GET', path, { token: p.mentorAccount.token })).status).toBe(200);
    expect((await call('GET', path, { token: coordinator.token })).status).toBe(200);
    expect((await call('GET', path, { token: otherCoordinator.token })).status).toBe(404);
    expect(
      (await call('GET', `/v1/mentors/${p.mentor.mentorId}/log-weeks`, { token: q.mentorAccount.token })).status,
    ).toBe(404);
    const cohortLogs = `/v1/cohorts/${p.cohort.cohortId}/activity-logs`;
    expect((await call('GET', cohortLogs, { token: organiser.token })).body.items).toHaveLength(1);
    expect((await call('GET', cohortLogs, { token: coordinator.token })).body.items).toHaveLength(1);
    expect((await call('GET', cohortLogs, { token: otherCoordinator.token })).body.items).toHaveLength(0);
    expect((await call('GET', cohortLogs, { token: p.mentorAccount.token })).status).toBe(403);
  });
});
