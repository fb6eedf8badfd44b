import { beforeAll, describe, expect, it } from 'vitest';
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
async function step(outcomeId: string, to: string, on: string, extra: Record<string, unknown> = {}) {
  const { version } = (await as('GET', `/v1/outcomes/${outcomeId}`)).body;
  expect((await as('POST', `/v1/outcomes/${outcomeId}/transitions`, { to, on, version, ...extra })).status).toBe(200);
}
async function confirm(outcomeId: string, year: number, confirmedOn: string, stillEmployed = true) {
  expect(
    (
      await as('POST', `/v1/outcomes/${outcomeId}/retention`, {
        year,
        confirmedOn,
        stillEmployed,
        employer: '阿克苏地区第一人民医院',
      })
    ).status,
  ).toBe(201);
}

describe('the retention curve tells pending from gone', () => {
  it('counts, per reached year, those confirmed, those who left and those in service not confirmed yet', async () => {
    // Ended in July 2024: its first and second anniversaries have passed, the third has not.
    const cohort = await newCohort({ startsOn: '2024-07-01', endsOn: '2024-07-31' });
    const people: string[] = [];
    for (let i = 0; i < 5; i++) {
      const intern = await acceptedIntern(cohort.cohortId, universityId);
      const { outcomeId } = (await as('POST', '/v1/outcomes', { registrationId: intern.registrationId })).body;
      await step(outcomeId, 'onboarded', '2024-08-01', { employer: '阿克苏地区第一人民医院' });
      people.push(outcomeId);
    }
    const [both, firstOnly, never, leftEarly, leftSecond] = people as [string, string, string, string, string];
    await confirm(both, 1, '2025-08-01');
    await confirm(both, 2, '2026-08-01');
    await confirm(firstOnly, 1, '2025-08-01');
    void never; // in service, nothing confirmed: pending in both years
    await step(leftEarly, 'left', '2025-03-01', { reason: '回生源地工作' });
    await confirm(leftSecond, 1, '2025-08-01');
    await confirm(leftSecond, 2, '2026-08-01', false);

    const curve = (await as('GET', '/v1/dashboard/retention')).body.items.find(
      (c: { cohortId: string }) => c.cohortId === cohort.cohortId,
    );
    expect(curve).toMatchObject({
      onboarded: 5,
      retainedByYear: [3, 1, null, null, null],
      leftByYear: [1, 2, null, null, null],
      pendingByYear: [1, 2, null, null, null],
    });
  });
});
