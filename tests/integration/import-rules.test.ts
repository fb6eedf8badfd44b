import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { studentBody } from '../support/cohorts.ts';
import { call } from '../support/http.ts';
import { base64, openCohort, studentRow, xlsxOf } from '../support/imports.ts';

let universityId: string;
let coordinator: Account;

beforeAll(async () => {
  universityId = (await newUniversity()).universityId;
  coordinator = await newAccount('coordinator', { universityId });
});

async function importRows(cohortId: string, rows: Record<string, string>[]) {
  const body = { filename: '报名.xlsx', content: base64(await xlsxOf(rows)), consent: true };
  const created = await call('POST', `/v1/cohorts/${cohortId}/imports`, { token: coordinator.token, body });
  expect(created.status).toBe(201);
  for (let i = 0; i < 20; i++) {
    const run = await call('POST', `/v1/imports/${created.body.importJobId}/run`, { token: coordinator.token });
    if (run.body.status === 'completed') break;
  }
  const res = await call('GET', `/v1/imports/${created.body.importJobId}/rows?limit=100`, { token: coordinator.token });
  return res.body.items as {
    rowNumber: number;
    status: string;
    reason?: string;
    message?: string;
    registrationId?: string;
  }[];
}

describe('one rule per student field, for the form and for the import', () => {
  it('takes what the form takes and refuses what it refuses, by the same caps', async () => {
    const cohort = await openCohort([{ universityId, quota: 10 }]);
    const long = { major: '软'.repeat(100), dietaryNotes: '清'.repeat(300) };
    const register = (body: Record<string, unknown>) =>
      call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinator.token,
        body: studentBody(body),
      });

    expect((await register(long)).status).toBe(201);
    const refused = await register({ major: '软'.repeat(121) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'major' })]);

    const rows = await importRows(cohort.cohortId, [
      studentRow({ 专业: long.major, 饮食备注: long.dietaryNotes }),
      studentRow({ 专业: '软'.repeat(121) }),
      studentRow({ 与紧急联系人关系: '关'.repeat(31) }),
    ]);
    expect(rows.map((r) => [r.rowNumber, r.status, r.reason ?? null, r.message ?? null])).toEqual([
      [2, 'accepted', null, null],
      [3, 'rejected', 'invalid_value', '专业过长（最多 120 个字）'],
      [4, 'rejected', 'invalid_value', '与紧急联系人关系过长（最多 30 个字）'],
    ]);
    const path = `/v1/cohorts/${cohort.cohortId}/registrations/${rows[0]!.registrationId}`;
    const imported = await call('GET', path, { token: coordinator.token });
    expect(imported.body).toMatchObject(long);
  });
});
