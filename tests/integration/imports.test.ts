import { beforeAll, describe, expect, it } from 'vitest';
import { db, registerBatch } from '@aksu/core';
import type { Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';
import { twoUniversities, universityCounters } from '../support/cohorts.ts';
import {
  nationalId,
  openCohort,
  registrationOf,
  rowsOf,
  runToEnd,
  studentRow,
  upload,
  xlsxOf,
} from '../support/imports.ts';

let uniA: string;
let coordinatorA: Account;

beforeAll(async () => {
  ({ coordinatorA, uniA } = await twoUniversities());
});

const submitted = async (cohortId: string, universityId: string) =>
  (await universityCounters(cohortId, universityId)).submitted;

describe('bulk import', () => {
  it('accepts the valid rows and gives each rejected row its reason', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const twin = nationalId();
    const rows = [
      studentRow({ 姓名: ' 张　三 ', 手机号: '１３８ ００１３ ８０００'.replace(/ /g, '') }),
      studentRow({ 身份证号: twin }),
      studentRow(),
      studentRow({ 手机号: '' }),
      studentRow({ 身份证号: '110101200001011233' }),
      studentRow({ 学历层次: '本科' }),
      studentRow({ 身份证号: twin }),
      studentRow({ 手机号: '12345' }),
    ];
    const created = await upload(cohort.cohortId, await xlsxOf(rows), coordinatorA.token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      totalRows: 8,
      rowsDone: 5,
      rejected: 5,
      accepted: 0,
      universityId: uniA,
    });

    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ status: 'completed', totalRows: 8, rowsDone: 8, accepted: 3, rejected: 5 });

    const all = await rowsOf(job.importJobId, coordinatorA.token);
    expect(all.map((r) => [r.rowNumber, r.status, r.reason ?? null])).toEqual([
      [2, 'accepted', null],
      [3, 'accepted', null],
      [4, 'accepted', null],
      [5, 'rejected', 'missing_field'],
      [6, 'rejected', 'invalid_national_id'],
      [7, 'rejected', 'not_eligible'],
      [8, 'rejected', 'duplicate_in_file'],
      [9, 'rejected', 'invalid_phone'],
    ]);
    expect(all[3]!.message).toBe('缺少手机号');
    expect(all[4]!.message).toContain('校验位');
    expect(all[6]!.message).toContain('第 3 行');
    expect(all.filter((r) => r.status === 'accepted').every((r) => r.registrationId?.startsWith('crg_'))).toBe(true);
    const rejected = await rowsOf(job.importJobId, coordinatorA.token, 'rejected');
    expect(rejected.map((r) => r.rowNumber)).toEqual([5, 6, 7, 8, 9]);
    expect(await submitted(cohort.cohortId, uniA)).toBe(3);
  });

  it('creates no duplicates when the same file is uploaded again, even twice at once', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const file = await xlsxOf(Array.from({ length: 30 }, () => studentRow()));
    const first = await upload(cohort.cohortId, file, coordinatorA.token);
    expect((await runToEnd(first.body.importJobId, coordinatorA.token)).accepted).toBe(30);

    const again = await concurrently(2, () => upload(cohort.cohortId, file, coordinatorA.token));
    const jobs = await Promise.all(again.map((res) => runToEnd(res.body.importJobId, coordinatorA.token)));
    for (const job of jobs) expect(job).toMatchObject({ accepted: 0, rejected: 30 });
    const reasons = await rowsOf(jobs[0]!.importJobId, coordinatorA.token, 'rejected');
    expect(new Set(reasons.map((r) => r.reason))).toEqual(new Set(['duplicate_person']));
    expect(await submitted(cohort.cohortId, uniA)).toBe(30);
  });

  it('rejects the rows beyond the quota with the reason', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const created = await upload(
      cohort.cohortId,
      await xlsxOf(Array.from({ length: 8 }, () => studentRow())),
      coordinatorA.token,
    );
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ accepted: 5, rejected: 3 });
    const rejected = await rowsOf(job.importJobId, coordinatorA.token, 'rejected');
    expect(rejected.map((r) => r.reason)).toEqual(['quota_exceeded', 'quota_exceeded', 'quota_exceeded']);
    expect(rejected[0]!.message).toContain('名额');
    expect(await submitted(cohort.cohortId, uniA)).toBe(5);
  });

  it('registers each row once when several runs of one job race', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 200 }]);
    const created = await upload(
      cohort.cohortId,
      await xlsxOf(Array.from({ length: 100 }, () => studentRow())),
      coordinatorA.token,
    );
    await concurrently(6, () =>
      call('POST', `/v1/imports/${created.body.importJobId}/run`, { token: coordinatorA.token }),
    );
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ rowsDone: 100, accepted: 100, rejected: 0 });
    expect(await submitted(cohort.cohortId, uniA)).toBe(100);
  });

  it('counts each batch once when a runner whose lease lapsed carries on beside the next one', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 600 }]);
    const created = await upload(
      cohort.cohortId,
      await xlsxOf(Array.from({ length: 600 }, () => studentRow())),
      coordinatorA.token,
    );
    const { importJob } = db().service.entities;
    const jobId = { importJobId: created.body.importJobId };
    const slow = call('POST', `/v1/imports/${jobId.importJobId}/run`, { token: coordinatorA.token });
    // Once the first runner holds the job, its lease is made to lapse as a stalled Lambda's would.
    while ((await importJob.get(jobId).go({ consistent: true })).data!.status !== 'processing');
    await importJob.patch(jobId).set({ leaseUntil: 0 }).go();
    const [first, second] = await Promise.all([
      slow,
      call('POST', `/v1/imports/${jobId.importJobId}/run`, { token: coordinatorA.token }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const job = await runToEnd(jobId.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ totalRows: 600, rowsDone: 600, accepted: 600, rejected: 0 });
    expect(await submitted(cohort.cohortId, uniA)).toBe(600);
  });

  it(
    'counts a row registered by a run that stopped ' + 'before storing its outcome as accepted, not duplicate',
    async () => {
      const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
      const rows = [studentRow(), studentRow(), studentRow()];
      const created = await upload(cohort.cohortId, await xlsxOf(rows), coordinatorA.token);
      // What a run that died after registering row 2 leaves behind: its registration, the row still waiting.
      const actor = { userId: coordinatorA.user.userId, role: 'coordinator' as const, universityId: uniA };
      const [early] = await registerBatch(actor, cohort.cohortId, [registrationOf(rows[0]!)], {
        source: 'import',
        importJobId: created.body.importJobId,
      });
      expect(early?.ok).toBe(true);
      const job = await runToEnd(created.body.importJobId, coordinatorA.token);
      expect(job).toMatchObject({ accepted: 3, rejected: 0 });
      const [first] = await rowsOf(job.importJobId, coordinatorA.token);
      expect(first).toMatchObject({
        status: 'accepted',
        registrationId: early!.ok ? early!.registration.registrationId : '',
      });
      expect(await submitted(cohort.cohortId, uniA)).toBe(3);
    },
  );
});
