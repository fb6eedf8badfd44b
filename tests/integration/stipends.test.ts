/** Stipend statements: every line explained, recomputed until approved, frozen by approval, and who may read them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@aksu/core';
import type { Account, newUniversity } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { recordDays, runningProgramme } from '../support/logs-stipends.ts';
import { claimTravel, month, statementCalls, stipendAccounts } from '../support/stipend-statements.ts';

let organiser: Account;
let coordinator: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  ({ organiser, coordinator, uni } = await stipendAccounts());
});

const { statementPath, statement, approve } = statementCalls(() => organiser);

describe('stipend statements', () => {
  it('explains every line in integer fen: 23 days × 8,333, travel capped, the award', async () => {
    const p = await runningProgramme(uni.universityId);
    const intern = p.interns[0]!;
    await month(p, intern.registrationId);
    expect((await claimTravel(p, 0, 180_050)).status).toBe(200);
    const s = await statement(p, intern.registrationId, intern.account.token);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ status: 'computed', payeeKind: 'intern', version: 0 });
    expect(s.body.lines).toEqual([
      {
        kind: 'daily',
        label: '签到天数 23 天 × 日补贴 83.33 元',
        quantity: 23,
        unitFen: 8_333,
        amountFen: 191_659,
        basis: 'checked_in',
        withLeave: false,
      },
      {
        kind: 'travel',
        label: '往返交通报销：申报 1800.50 元，按上限 1500.00 元',
        quantity: 1,
        unitFen: 150_000,
        amountFen: 150_000,
        claimedFen: 180_050,
        capFen: 150_000,
      },
      { kind: 'award', label: '项目完成奖励（一次性）2000.00 元', quantity: 1, unitFen: 200_000, amountFen: 200_000 },
    ]);
    expect(s.body.totalFen).toBe(541_659);
  });

  it('counts approved leave when the policy says so', async () => {
    const p = await runningProgramme(uni.universityId, 1, { countApprovedLeave: true });
    await month(p, p.interns[0]!.registrationId);
    const s = await statement(p, p.interns[0]!.registrationId);
    expect(s.body.lines[0]).toMatchObject({ quantity: 24, amountFen: 24 * 8_333 });
    expect(s.body.lines[0].label).toContain('含批准的请假');
    expect(s.body.lines[0].withLeave).toBe(true);
  });

  it('is recomputed until approved; approval freezes it at the total the organiser saw', async () => {
    const p = await runningProgramme(uni.universityId);
    const id = p.interns[0]!.registrationId;
    await recordDays(p, id, [{ date: p.cohort.startsOn, status: 'present' }]);
    const first = (await statement(p, id)).body;
    expect(first.lines[0].quantity).toBe(1);
    await recordDays(p, id, [{ date: addDays(p.cohort.startsOn, 1), status: 'present' }]);
    const second = (await statement(p, id)).body;
    expect(second.totalFen).toBe(first.totalFen + 8_333);

    const stale = await approve(p, id, first.totalFen);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('statement_changed');
    const approved = await approve(p, id, second.totalFen);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', totalFen: second.totalFen, version: 1 });

    await recordDays(p, id, [{ date: addDays(p.cohort.startsOn, 2), status: 'present' }]);
    const frozen = (await statement(p, id)).body;
    expect(frozen).toMatchObject({ status: 'approved', totalFen: second.totalFen });
    // Stored with the parts a screen in another language tells the line from, not the label alone.
    expect(frozen.lines).toEqual(second.lines);
    expect(frozen.lines[0]).toMatchObject({ basis: 'checked_in', withLeave: false });
    expect(frozen.lines[1]).toHaveProperty('capFen');
    expect((await approve(p, id, second.totalFen)).body.code).toBe('statement_approved');
    const claim = await claimTravel(p, 0, 50_000);
    expect(claim.status).toBe(409);
    expect(claim.body.code).toBe('statement_approved');
  });

  it('scoping: an intern sees only their own statement, a mentor only their own allowance', async () => {
    const p = await runningProgramme(uni.universityId, 2);
    const [a, b] = p.interns;
    expect((await statement(p, a!.registrationId, a!.account.token)).status).toBe(200);
    expect((await statement(p, b!.registrationId, a!.account.token)).status).toBe(404);
    expect((await statement(p, p.mentor.mentorId, a!.account.token)).status).toBe(404);
    expect((await statement(p, a!.registrationId, p.mentorAccount.token)).status).toBe(404);
    const allowance = await statement(p, p.mentor.mentorId, p.mentorAccount.token);
    expect(allowance.status).toBe(200);
    // One line per mentee, each naming whom it is for.
    expect(allowance.body.lines.map((l: { menteeName?: string }) => l.menteeName).sort()).toEqual(
      [a!.name, b!.name].sort(),
    );
    expect((await statement(p, a!.registrationId, coordinator.token)).status).toBe(403);
    expect(
      (await call('GET', `/v1/cohorts/${p.cohort.cohortId}/stipend-statements`, { token: a!.account.token })).status,
    ).toBe(403);
    expect(
      (
        await call('PUT', `/v1/interns/${b!.registrationId}/travel-claim`, {
          token: a!.account.token,
          body: { amountFen: 0, receipts: [] },
        })
      ).status,
    ).toBe(404);
    const noReceipt = await call('PUT', `/v1/interns/${a!.registrationId}/travel-claim`, {
      token: a!.account.token,
      body: { amountFen: 100, receipts: [] },
    });
    expect(noReceipt.status).toBe(400);
    expect(
      (
        await call('POST', `${statementPath(p, a!.registrationId)}/approve`, {
          token: p.mentorAccount.token,
          body: { totalFen: 0 },
        })
      ).status,
    ).toBe(403);
  });
});
