import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';

let organiser: Account;
const today = localDate();

beforeAll(async () => {
  organiser = await newAccount('organiser');
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
async function agreement(universityId: string, fields: Record<string, unknown>) {
  const created = await as('POST', '/v1/partnerships', {
    universityId,
    title: `协议${Math.random()}`,
    type: 'practice_base',
    ...fields,
  });
  expect(created.status).toBe(201);
  return created.body;
}
const ids = (items: Array<{ partnershipId: string }>) => items.map((p) => p.partnershipId);

describe('agreements that ended are seen', () => {
  it(
    'flags an active agreement whose end date has passed, ' +
      'lists it under overdue and puts it in the reminder digest',
    async () => {
      const u = await newUniversity();
      const ended = await agreement(u.universityId, {
        status: 'active',
        signedOn: '2021-01-01',
        expiresOn: addDays(today, -3),
      });
      const endsToday = await agreement(u.universityId, { status: 'signed', signedOn: '2021-01-01', expiresOn: today });
      const running = await agreement(u.universityId, {
        status: 'active',
        signedOn: '2021-01-01',
        expiresOn: addDays(today, 300),
      });
      expect(ended.overdue).toBe(true);
      expect(endsToday.overdue).toBe(false);

      const overdue = await as('GET', `/v1/partnerships?overdue=true&universityId=${u.universityId}`);
      expect(overdue.status).toBe(200);
      expect(ids(overdue.body.items)).toEqual([ended.partnershipId]);
      const all = await as('GET', `/v1/partnerships?universityId=${u.universityId}`);
      expect(
        Object.fromEntries(
          all.body.items.map((p: { partnershipId: string; overdue: boolean }) => [p.partnershipId, p.overdue]),
        ),
      ).toEqual({
        [ended.partnershipId]: true,
        [endsToday.partnershipId]: false,
        [running.partnershipId]: false,
      });

      const { handler } = await import('@aksu/functions/jobs/partnership-reminders');
      const summary = await handler();
      const digest = (await as('GET', `/v1/partnerships/reminders?date=${summary.date}`)).body;
      expect(ids(digest.overdue)).toContain(ended.partnershipId);
      expect(ids(digest.overdue)).not.toContain(endsToday.partnershipId);
      expect(digest.overdue).toHaveLength(summary.overdue);
    },
  );
});

describe('last activity is the latest activity’s own date', () => {
  it(
    'a meeting dated 400 days ago leaves the partnership quiet; ' +
      'a backdated one never moves it earlier than a newer one',
    async () => {
      const u = await newUniversity();
      const p = await agreement(u.universityId, { status: 'active', signedOn: addDays(today, -1000) });
      const meeting = (on: string) =>
        as('POST', `/v1/universities/${u.universityId}/activities`, {
          kind: 'meeting',
          on,
          title: '座谈',
          partnershipId: p.partnershipId,
        });
      expect((await meeting(addDays(today, -400))).status).toBe(201);
      expect((await as('GET', `/v1/partnerships/${p.partnershipId}`)).body.lastActivityOn).toBe(addDays(today, -400));
      const quiet = await as('GET', `/v1/partnerships?inactiveForDays=90&universityId=${u.universityId}`);
      expect(ids(quiet.body.items)).toEqual([p.partnershipId]);

      expect((await meeting(addDays(today, -10))).status).toBe(201);
      expect((await meeting(addDays(today, -500))).status).toBe(201);
      expect((await as('GET', `/v1/partnerships/${p.partnershipId}`)).body.lastActivityOn).toBe(addDays(today, -10));
      const ahead = await meeting(addDays(today, 5));
      expect(ahead.status).toBe(422);
      expect(ahead.body.code).toBe('date_in_future');
    },
  );
});
