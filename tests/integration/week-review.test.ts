import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekStartOf } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { pastMonday, runningProgramme, today } from '../support/logs-stipends.ts';

let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  uni = await newUniversity();
});

const log = (logDate: string) => ({ logDate, hours: 8, category: 'research', summary: `${logDate} 文献整理` });

describe('a week is reviewed when it is over', () => {
  it(
    'the current week cannot be approved before its last cohort ' +
      'day has passed: 409 week_not_over with the date it can',
    async () => {
      const p = await runningProgramme(uni.universityId);
      const intern = p.interns[0]!;
      const base = `/v1/interns/${intern.registrationId}`;
      const thisMonday = weekStartOf(today());
      expect(
        (await call('POST', `${base}/activity-logs`, { token: intern.account.token, body: log(today()) })).status,
      ).toBe(201);

      const refused = await call('POST', `${base}/log-weeks/${thisMonday}/approve`, { token: p.mentorAccount.token });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'week_not_over', approvableFrom: addDays(thisMonday, 7) });
      const week = await call('GET', `${base}/log-weeks/${thisMonday}`, { token: p.mentorAccount.token });
      expect(week.body).toMatchObject({ approvableFrom: addDays(thisMonday, 7), over: false });
      // The week stays open for the intern's remaining logs.
      expect(
        (
          await call('PATCH', `${base}/activity-logs/${today()}`, {
            token: intern.account.token,
            body: { version: 1, hours: 6 },
          })
        ).status,
      ).toBe(200);
      // Returning with a comment does not lock the week, so it is allowed while the week runs.
      expect(
        (
          await call('POST', `${base}/log-weeks/${thisMonday}/return`, {
            token: p.mentorAccount.token,
            body: { comment: '请写清楚整理了哪些文献' },
          })
        ).status,
      ).toBe(200);

      // A week that is over is approved as before.
      const monday = pastMonday();
      await call('POST', `${base}/activity-logs`, { token: intern.account.token, body: log(monday) });
      expect((await call('GET', `${base}/log-weeks/${monday}`, { token: p.mentorAccount.token })).body).toMatchObject({
        over: true,
        approvableFrom: addDays(monday, 7),
      });
      expect((await call('POST', `${base}/log-weeks/${monday}/approve`, { token: p.mentorAccount.token })).status).toBe(
        200,
      );
    },
  );
});
