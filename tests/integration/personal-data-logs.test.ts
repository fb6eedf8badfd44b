import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { openCohort, studentBody, validNationalId } from '../support/cohorts.ts';
import { call } from '../support/http.ts';
import { base64, studentRow, xlsxOf } from '../support/imports.ts';

let organiser: Account;
let coordinator: Account;
let universityId: string;

beforeAll(async () => {
  universityId = (await newUniversity()).universityId;
  [organiser, coordinator] = await Promise.all([newAccount('organiser'), newAccount('coordinator', { universityId })]);
});

/** Everything the app writes to the console while `work` runs, with request logging switched on. */
async function consoleDuring(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) =>
    void lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation(keep);
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  try {
    await work();
  } finally {
    process.env.LOG_LEVEL = level;
  }
  return lines.join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('national ID numbers in the logs', () => {
  it('never appear, whether a registration is made, refused, imported or shown in full to an organiser', async () => {
    const cohort = await openCohort([{ universityId, quota: 10 }]);
    const nationalId = validNationalId();
    const imported = validNationalId('female');
    // Another check character than the right one: a fixed '0' is the right one for one ID in eleven.
    const other = validNationalId();
    const wrong = `${other.slice(0, 17)}${other[17] === '0' ? '1' : '0'}`;
    const output = await consoleDuring(async () => {
      const created = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinator.token,
        body: studentBody({ nationalId }),
      });
      expect(created.status).toBe(201);
      const again = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinator.token,
        body: studentBody({ nationalId }),
      });
      expect(again.body.code).toBe('duplicate_person');
      const invalid = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinator.token,
        body: studentBody({ nationalId: wrong }),
      });
      expect(invalid.status).toBeGreaterThanOrEqual(400);
      const full = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${created.body.registrationId}`, {
        token: organiser.token,
      });
      expect(JSON.stringify(full.body)).toContain(nationalId);

      const file = await xlsxOf([studentRow({ 身份证号: imported }), studentRow({ 身份证号: nationalId })]);
      const upload = await call('POST', `/v1/cohorts/${cohort.cohortId}/imports`, {
        token: coordinator.token,
        body: { filename: '报名.xlsx', content: base64(file), consent: true },
      });
      expect(upload.status).toBe(201);
      const run = await call('POST', `/v1/imports/${upload.body.importJobId}/run`, { token: coordinator.token });
      expect(run.body).toMatchObject({ status: 'completed', accepted: 1, rejected: 1 });
    });
    // The requests were logged (so a leak would have shown), but not one of the numbers.
    expect(output.match(/"msg":"request"/g)?.length ?? 0).toBe(6);
    for (const id of [nationalId, imported, wrong]) expect(output).not.toContain(id);
  });
});
