import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call } from '../support/http.ts';
import { pastMonday, runningProgramme } from '../support/logs-stipends.ts';

/**
 * Every audited record can be looked up in the audit trail by the id its entries carry, whatever
 * its form: a plain id, an intern's day or week (`registration:date`), a statement (`cohort:payee`).
 */
let organiser: Account;
let universityId: string;
beforeAll(async () => {
  organiser = await newAccount('organiser');
  universityId = (await newUniversity()).universityId;
});

const trail = (entityType: string, entityId: string) =>
  call('GET', `/v1/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}`, {
    token: organiser.token,
  });

/** The trail answers 200 with the entries the write left, each naming the record looked up. */
async function expectTrail(entityType: string, entityId: string, action: string) {
  const res = await trail(entityType, entityId);
  expect(res.status, `${entityType} ${entityId}: ${JSON.stringify(res.body)}`).toBe(200);
  expect(res.body.items.map((e: { action: string }) => e.action)).toContain(action);
  for (const entry of res.body.items) expect(entry).toMatchObject({ entityType, entityId });
}

describe('the audit trail', () => {
  it("finds a check-in's entries by its registration:date id", async () => {
    const world = await dailyWorld({ interns: 1, universities: [universityId] });
    const intern = world.interns[0]!;
    const checkedIn = await call('POST', '/v1/check-ins', { token: intern.token, body: {} });
    expect(checkedIn.status).toBe(201);
    await expectTrail('attendanceDay', `${intern.registrationId}:${checkedIn.body.date}`, 'check-in');
  });

  it(
    "finds an activity log's, a reviewed week's and a " + "stipend statement's entries by their composite ids",
    async () => {
      const p = await runningProgramme(universityId);
      const intern = p.interns[0]!;
      const monday = pastMonday();
      const base = `/v1/interns/${intern.registrationId}`;
      const logged = await call('POST', `${base}/activity-logs`, {
        token: intern.account.token,
        body: { logDate: monday, hours: 7.5, category: 'fieldwork', summary: '在车间调研' },
      });
      expect(logged.status).toBe(201);
      await expectTrail(
        'activityLog',
        `${intern.registrationId}:${monday}`,
        (await firstAction('activityLog', `${intern.registrationId}:${monday}`))!,
      );
      expect((await call('POST', `${base}/log-weeks/${monday}/approve`, { token: p.mentorAccount.token })).status).toBe(
        200,
      );
      await expectTrail('logWeek', `${intern.registrationId}:${monday}`, 'approve');

      const statement = `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${intern.registrationId}`;
      const { totalFen } = (await call('GET', statement, { token: organiser.token })).body;
      expect((await call('POST', `${statement}/approve`, { token: organiser.token, body: { totalFen } })).status).toBe(
        200,
      );
      await expectTrail('stipendStatement', `${p.cohort.cohortId}:${intern.registrationId}`, 'approve');
    },
  );

  it('finds plain ids as before and still refuses what no audited record is named by', async () => {
    const university = await newUniversity();
    await expectTrail('university', university.universityId, 'create');
    for (const entityId of [
      'not-an-id',
      'crg_01ARZ3NDEKTSV4RRFFQ69G5FAV:tomorrow',
      'crg_01ARZ3NDEKTSV4RRFFQ69G5FAV:2025-07-01:x',
    ]) {
      const res = await trail('attendanceDay', entityId);
      expect(res.status, entityId).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('query.entityId');
    }
  });
});

/** The action a write recorded, read from the table, so the lookup is checked against what was written. */
async function firstAction(entityType: string, entityId: string): Promise<string | undefined> {
  const { data } = await db().service.entities.audit.query.byEntity({ entityType, entityId }).go();
  return data[0]?.action;
}
