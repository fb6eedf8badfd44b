import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';
import { runningProgramme, today } from '../support/logs-stipends.ts';

let organiser: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uni = await newUniversity();
});

const ask = (token: string, from: string, to: string) =>
  call('POST', '/v1/leave-requests', { token, body: { from, to, reason: '家中有事' } });

describe('one leave request per span', () => {
  it(
    'of many identical requests sent at once exactly one ' + 'is created; the others are 409 leave_overlaps naming it',
    async () => {
      const p = await runningProgramme(uni.universityId);
      const intern = p.interns[0]!;
      const results = await concurrently(8, () => ask(intern.account.token, today(), addDays(today(), 2)));
      const created = results.filter((r) => r.status === 201);
      expect(created).toHaveLength(1);
      const refused = results.filter((r) => r.status !== 201);
      expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array(7).fill([409, 'leave_overlaps']));
      expect(refused.every((r) => r.body.leaveId === created[0]!.body.leaveId)).toBe(true);
      const mine = await call('GET', '/v1/leave-requests', { token: intern.account.token });
      expect(mine.body.items).toHaveLength(1);
    },
  );

  it('refuses an overlap with a pending or approved request, and frees the days of a rejected one', async () => {
    const p = await runningProgramme(uni.universityId);
    const intern = p.interns[0]!;
    const first = await ask(intern.account.token, today(), addDays(today(), 2));
    expect(first.status).toBe(201);
    const overlapping = await ask(intern.account.token, addDays(today(), 2), addDays(today(), 4));
    expect(overlapping.status).toBe(409);
    expect(overlapping.body).toMatchObject({
      code: 'leave_overlaps',
      leaveId: first.body.leaveId,
      from: today(),
      to: addDays(today(), 2),
    });
    // The day after is free.
    const next = await ask(intern.account.token, addDays(today(), 3), addDays(today(), 4));
    expect(next.status).toBe(201);

    // An approved request keeps its days.
    expect(
      (
        await call('POST', `/v1/leave-requests/${first.body.leaveId}/decision`, {
          token: organiser.token,
          body: { decision: 'approve', version: 1 },
        })
      ).status,
    ).toBe(200);
    expect((await ask(intern.account.token, today(), today())).body).toMatchObject({
      code: 'leave_overlaps',
      leaveId: first.body.leaveId,
    });

    // A rejected request gives its days back.
    expect(
      (
        await call('POST', `/v1/leave-requests/${next.body.leaveId}/decision`, {
          token: p.mentorAccount.token,
          body: { decision: 'reject', comment: '项目验收期间', version: 1 },
        })
      ).status,
    ).toBe(200);
    const again = await ask(intern.account.token, addDays(today(), 3), addDays(today(), 4));
    expect(again.status).toBe(201);
  });
});
