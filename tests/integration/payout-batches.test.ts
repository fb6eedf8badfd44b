/** Payout batches: gathering approved statements, the finance workbook, and paying a batch exactly once. */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, PayoutBatches } from '@aksu/core';
import type { Account, newUniversity } from '../support/accounts.ts';
import { call, concurrently, download } from '../support/http.ts';
import { recordDays, runningProgramme } from '../support/logs-stipends.ts';
import { claimTravel, month, statementCalls, stipendAccounts } from '../support/stipend-statements.ts';

let organiser: Account;
let coordinator: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  ({ organiser, coordinator, uni } = await stipendAccounts());
});

const { statement, approve } = statementCalls(() => organiser);

describe('payout batches', () => {
  it('gathers approved statements and mentor allowances; the workbook lists them in Chinese', async () => {
    const p = await runningProgramme(uni.universityId, 2);
    const [a, b] = p.interns;
    await month(p, a!.registrationId);
    await claimTravel(p, 0, 98_765);
    const mentorAllowance = (await statement(p, p.mentor.mentorId)).body;
    expect(mentorAllowance.lines.map((l: { amountFen: number }) => l.amountFen)).toEqual([100_000, 100_000]);
    const listed = await call('GET', `/v1/cohorts/${p.cohort.cohortId}/stipend-statements?kind=mentor`, {
      token: organiser.token,
    });
    expect(listed.body.items.map((s: { payeeId: string }) => s.payeeId)).toEqual([p.mentor.mentorId]);
    const interns = await call('GET', `/v1/cohorts/${p.cohort.cohortId}/stipend-statements`, {
      token: organiser.token,
    });
    expect(interns.body.items).toHaveLength(2);

    expect(
      (await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token })).body.code,
    ).toBe('nothing_to_pay');
    const totalA = (await statement(p, a!.registrationId)).body.totalFen;
    expect(totalA).toBe(191_659 + 98_765 + 200_000);
    await approve(p, a!.registrationId, totalA);
    await approve(p, p.mentor.mentorId, 200_000);
    const batch = await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token });
    expect(batch.status).toBe(201);
    expect(batch.body).toMatchObject({ status: 'open', count: 2, totalFen: totalA + 200_000 });
    expect((await statement(p, a!.registrationId)).body).toMatchObject({
      status: 'batched',
      batchId: batch.body.batchId,
    });
    // b's statement was never approved, so it is in no batch.
    expect((await statement(p, b!.registrationId)).body.status).toBe('computed');

    const file = await download(`/v1/payout-batches/${batch.body.batchId}/workbook.xlsx`, { token: organiser.token });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const payees = workbook.getWorksheet('发放明细')!;
    expect(payees.getRow(1).values).toEqual([undefined, '序号', '姓名', '补贴类别', '编号', '金额(元)', '状态']);
    const rows = [2, 3].map((r) => payees.getRow(r).values as unknown[]);
    const internRow = rows.find((r) => r[4] === a!.registrationId)!;
    expect(internRow.slice(2)).toEqual([a!.name, '实习生生活补贴', a!.registrationId, totalA / 100, '待发放']);
    expect(rows.find((r) => r[4] === p.mentor.mentorId)!.slice(3)).toEqual([
      '导师帮带补贴',
      p.mentor.mentorId,
      2000,
      '待发放',
    ]);
    const lines = workbook.getWorksheet('补贴明细')!;
    const labels = lines.getColumn(3).values.slice(2);
    expect(labels).toContain('签到天数 23 天 × 日补贴 83.33 元');
    expect(lines.rowCount).toBe(1 + 3 + 2);
    expect(
      (await download(`/v1/payout-batches/${batch.body.batchId}/workbook.xlsx`, { token: coordinator.token })).status,
    ).toBe(403);
  });

  it('two concurrent pay requests with the same key pay once; a later attempt without a key is 409', async () => {
    const p = await runningProgramme(uni.universityId, 3);
    for (const intern of p.interns) {
      await recordDays(p, intern.registrationId, [{ date: p.cohort.startsOn, status: 'present' }]);
      await approve(p, intern.registrationId, (await statement(p, intern.registrationId)).body.totalFen);
    }
    const batch = (await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token }))
      .body;
    expect(batch.count).toBe(3);
    const key = `pay-${batch.batchId}`;
    const results = await concurrently(6, () =>
      call('POST', `/v1/payout-batches/${batch.batchId}/pay`, {
        token: organiser.token,
        headers: { 'idempotency-key': key },
      }),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(new Set(results.map((r) => r.body.ledgerEntryId)).size).toBe(1);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    const ledger = await PayoutBatches.ledgerEntry(batch.batchId);
    expect(ledger).toMatchObject({ entryId: results[0]!.body.ledgerEntryId, amountFen: batch.totalFen, payees: 3 });
    const audits = (
      await db().service.entities.audit.query.byEntity({ entityType: 'payoutBatch', entityId: batch.batchId }).go()
    ).data;
    expect(audits.filter((e) => e.action === 'pay')).toHaveLength(1);
    for (const intern of p.interns) expect((await statement(p, intern.registrationId)).body.status).toBe('paid');

    const again = await call('POST', `/v1/payout-batches/${batch.batchId}/pay`, { token: organiser.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_paid');
    const racing = await concurrently(5, () =>
      call('POST', `/v1/payout-batches/${batch.batchId}/pay`, {
        token: organiser.token,
        headers: { 'idempotency-key': key },
      }),
    );
    expect(racing.every((r) => r.status === 200 && r.body.ledgerEntryId === ledger!.entryId)).toBe(true);
  });

  it(
    'concurrent approvals freeze once, and concurrent ' + 'batch creations never put a statement in two batches',
    async () => {
      const p = await runningProgramme(uni.universityId, 3);
      const totals = await Promise.all(
        p.interns.map(async (i) => (await statement(p, i.registrationId)).body.totalFen as number),
      );
      const approvals = await concurrently(4, () => approve(p, p.interns[0]!.registrationId, totals[0]!));
      expect(approvals.filter((r) => r.status === 200)).toHaveLength(1);
      expect(approvals.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array(3).fill('statement_approved'),
      );
      for (const [i, intern] of p.interns.entries()) if (i > 0) await approve(p, intern.registrationId, totals[i]!);
      const created = await concurrently(4, () =>
        call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token }),
      );
      const batches = created.filter((r) => r.status === 201).map((r) => r.body);
      expect(created.filter((r) => r.status !== 201).every((r) => r.body.code === 'nothing_to_pay')).toBe(true);
      const batched = batches.flatMap((b) => b.items.map((i: { payeeId: string }) => i.payeeId)).sort();
      expect(batched).toEqual(p.interns.map((i) => i.registrationId).sort());
      expect(batches.reduce((sum, b) => sum + b.totalFen, 0)).toBe(totals.reduce((a, b) => a + b, 0));
    },
  );

  it('concurrent payouts of a fresh batch without a key: exactly one succeeds', async () => {
    const p = await runningProgramme(uni.universityId, 1);
    const id = p.interns[0]!.registrationId;
    await approve(p, id, (await statement(p, id)).body.totalFen);
    const batch = (await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token }))
      .body;
    const results = await concurrently(6, () =>
      call('POST', `/v1/payout-batches/${batch.batchId}/pay`, { token: organiser.token }),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(5).fill('already_paid'));
  });
});
