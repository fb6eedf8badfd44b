import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, Conversion, localDate } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';

let organiser: Account;
let universityId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  universityId = (await newUniversity()).universityId;
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
/** Today where the test cohorts are (Beijing time). */
const today = () => localDate(new Date(), 'Asia/Shanghai');

async function openOutcome(cohortOverrides: Record<string, unknown> = {}) {
  const cohort = await newCohort(cohortOverrides);
  const intern = await acceptedIntern(cohort.cohortId, universityId);
  return (await as('POST', '/v1/outcomes', { registrationId: intern.registrationId })).body.outcomeId as string;
}
async function step(outcomeId: string, to: string, on: string, extra: Record<string, unknown> = {}) {
  const { version } = (await as('GET', `/v1/outcomes/${outcomeId}`)).body;
  return as('POST', `/v1/outcomes/${outcomeId}/transitions`, { to, on, version, ...extra });
}
const onboard = (outcomeId: string, on: string) =>
  step(outcomeId, 'onboarded', on, {
    employer: '阿克苏地区第一人民医院',
    post: '医师',
    employmentKind: 'public_institution',
  });
const confirm = (outcomeId: string, year: number, confirmedOn: string) =>
  as('POST', `/v1/outcomes/${outcomeId}/retention`, {
    year,
    confirmedOn,
    stillEmployed: true,
    employer: '阿克苏地区第一人民医院',
  });

describe('outcome steps are dated no later than today', () => {
  it('refuses 报到 sixty days ahead with date_in_future and takes it dated today', async () => {
    const outcomeId = await openOutcome();
    const ahead = await onboard(outcomeId, addDays(today(), 60));
    expect(ahead.status).toBe(422);
    expect(ahead.body).toMatchObject({ code: 'date_in_future', latestOn: today() });
    expect(ahead.body.errors.map((e: { path: string }) => e.path)).toEqual(['on']);
    expect(
      (await step(outcomeId, 'agreement_signed', addDays(today(), -5), { agreementConfirmedOn: addDays(today(), 1) }))
        .body.code,
    ).toBe('date_in_future');
    expect((await onboard(outcomeId, today())).status).toBe(200);
  });

  it("reads today in the cohort's own time zone", async () => {
    const system = { userId: 'usr_SYSTEM0000000000000000000TEST', role: 'organiser' as const };
    // 12:00 UTC on 1 March is already 2 March on Kiritimati (UTC+14) but still 1 March in Beijing.
    const now = new Date('2026-03-01T12:00:00Z');
    const east = await openOutcome({ timeZone: 'Pacific/Kiritimati' });
    const beijing = await openOutcome({ timeZone: 'Asia/Shanghai' });
    await expect(
      Conversion.transition(system, beijing, { to: 'interested', on: '2026-03-02', version: 1 }, now),
    ).rejects.toMatchObject({ code: 'date_in_future' });
    await expect(
      Conversion.transition(system, east, { to: 'interested', on: '2026-03-02', version: 1 }, now),
    ).resolves.toMatchObject({ stage: 'interested' });
  });
});

describe('a year-N retention confirmation comes no earlier than the N-th anniversary of 报到', () => {
  it(
    'refuses year 1 a month after 报到 with the earliest ' + 'allowed date, so five years cannot be filled at once',
    async () => {
      const outcomeId = await openOutcome();
      const onboardedOn = addYears(today(), -1);
      expect((await onboard(outcomeId, onboardedOn)).status).toBe(200);
      const early = await confirm(outcomeId, 1, addDays(onboardedOn, 30));
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'retention_too_early', earliestOn: addYears(onboardedOn, 1) });
      expect(early.body.errors.map((e: { path: string }) => e.path)).toEqual(['confirmedOn']);
      expect((await confirm(outcomeId, 1, addYears(onboardedOn, 1))).status).toBe(201);
      const second = await confirm(outcomeId, 2, today());
      expect(second.status).toBe(422);
      expect(second.body).toMatchObject({ code: 'retention_too_early', earliestOn: addYears(onboardedOn, 2) });
      const ahead = await confirm(outcomeId, 2, addYears(onboardedOn, 2));
      expect(ahead.status).toBe(422);
      expect(ahead.body.code).toBe('date_in_future');
      expect((await as('GET', `/v1/outcomes/${outcomeId}`)).body).toMatchObject({
        stage: 'retained',
        retainedYears: 1,
      });
    },
  );
});
