import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addYears, Conversion, db, localDate } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { POLICY_AMOUNTS, yearsFromToday, outcomeCalls } from '../support/conversion.ts';
import { download } from '../support/http.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';

let organiser: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uni = await newUniversity();
});

const { as, open, step, onboard } = outcomeCalls(() => organiser.token);

const cellsOf = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
function tableOf(sheet: ExcelJS.Worksheet) {
  const headers = cellsOf(sheet, 1) as string[];
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
    Object.fromEntries(cellsOf(sheet, i + 2).map((v, j) => [headers[j]!, v])),
  );
}

describe('dashboard numbers', () => {
  it('agree with the exported tables and with a count over the raw records', async () => {
    const cohort = await newCohort();
    const [u1, u2, u3] = [await newUniversity(), await newUniversity(), await newUniversity()];
    const plan: Array<[string, string[]]> = [
      [u1.universityId, ['onboarded', 'onboarded', 'offered', 'declined']],
      [u2.universityId, ['agreement_signed', 'none', 'interested', 'onboarded']],
      [u3.universityId, ['applied', 'declined', 'retained']],
    ];
    for (const [universityId, stages] of plan) {
      for (const stage of stages) {
        const intern = await acceptedIntern(cohort.cohortId, universityId, {
          degreeLevel: stage === 'retained' ? 'phd' : 'master',
          fromRegion: stage === 'none',
        });
        const { outcomeId } = await open(intern.registrationId);
        if (stage === 'none') continue;
        if (stage === 'declined') {
          await step(outcomeId, 'interested');
          await step(outcomeId, 'declined', { reason: '回生源地工作' });
        } else if (stage === 'agreement_signed') await step(outcomeId, stage, { agreementConfirmedOn: '2025-07-02' });
        else if (stage === 'onboarded' || stage === 'retained') {
          await onboard(outcomeId, '2025-03-01');
          if (stage === 'retained')
            await as('POST', `/v1/outcomes/${outcomeId}/retention`, {
              year: 1,
              confirmedOn: '2026-03-01',
              stillEmployed: true,
              employer: '塔里木大学',
            });
        } else await step(outcomeId, stage);
      }
    }

    const raw = (
      await db().service.entities.outcome.query.byCohort({ cohortKey: cohort.cohortId }).go({ pages: 'all' })
    ).data;
    const reached = (stage: string, universityId?: string) =>
      raw.filter((o) => (!universityId || o.universityId === universityId) && o.reached.includes(stage)).length;
    const funnel = (await as('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}&by=university`)).body;
    expect(funnel.total).toMatchObject({
      interns: raw.length,
      interested: reached('interested'),
      offered: reached('offered'),
      signed: reached('agreement_signed'),
      onboarded: reached('onboarded'),
      retained: reached('retained'),
      declined: raw.filter((o) => o.stage === 'declined').length,
      retainedY1: raw.filter((o) => o.retainedYears >= 1).length,
    });
    expect(funnel.total).toMatchObject({ interns: 11, interested: 10, onboarded: 4, declined: 2, retained: 1 });
    for (const [universityId] of plan) {
      const row = funnel.rows.find((r: { group: string }) => r.group === universityId);
      expect(row).toMatchObject({
        interns: raw.filter((o) => o.universityId === universityId).length,
        offered: reached('offered', universityId),
        onboarded: reached('onboarded', universityId),
      });
    }
    const byDegree = (await as('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}&by=degree`)).body.rows;
    expect(byDegree.find((r: { group: string }) => r.group === 'phd')).toMatchObject({
      interns: 1,
      onboarded: 1,
      retainedY1: 1,
    });
    const byRegion = (await as('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}&by=fromRegion`)).body.rows;
    expect(byRegion.find((r: { group: string }) => r.group === 'yes')).toMatchObject({ interns: 1, interested: 0 });

    const res = await download(`/v1/dashboard/conversion.xlsx?cohortId=${cohort.cohortId}`, { token: organiser.token });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const totalRow = tableOf(workbook.getWorksheet('漏斗总计')!)[0]!;
    expect(totalRow).toMatchObject({
      实践学员: funnel.total.interns,
      录用: funnel.total.offered,
      签三方协议: funnel.total.signed,
      报到: funnel.total.onboarded,
      留阿满1年: funnel.total.retainedY1,
    });
    const universityRows = tableOf(workbook.getWorksheet('按高校')!);
    expect(universityRows.map((r) => r['报到']).reduce((a, b) => Number(a) + Number(b), 0)).toBe(
      funnel.total.onboarded,
    );
    const outcomes = tableOf(workbook.getWorksheet('去向')!);
    expect(outcomes).toHaveLength(raw.length);
    expect(outcomes.filter((r) => r['阶段'] === '已报到' || r['阶段'] === '留阿在岗')).toHaveLength(4);
    expect(tableOf(workbook.getWorksheet('购房补助')!)).toHaveLength(4);
    expect(tableOf(workbook.getWorksheet('留阿台账')!)).toHaveLength(1);
  });
});

describe('housing subsidy forecast', () => {
  it('changes when a new policy version takes effect before the anniversaries, without code changes', async () => {
    const first = await as('POST', '/v1/subsidy-policies', {
      name: '购房补助（2023版）',
      effectiveFrom: '2023-01-01',
      amounts: POLICY_AMOUNTS,
    });
    expect(first.status).toBe(201);
    expect(
      (await as('POST', '/v1/subsidy-policies', { name: '重复', effectiveFrom: '2023-01-01', amounts: POLICY_AMOUNTS }))
        .status,
    ).toBe(409);
    const cohort = await newCohort();
    const onboardedOn = yearsFromToday(-2);
    const dueYear = Number(yearsFromToday(3).slice(0, 4));
    const before = (await as('GET', '/v1/dashboard/subsidy-forecast')).body;
    type Year = { year: number; people: number; ifRetentionHoldsFen: number; atObservedRateFen: number };
    const rowOf = (f: { years: Year[] }) => f.years.find((y) => y.year === dueYear)!;
    for (let i = 0; i < 3; i++) {
      const intern = await acceptedIntern(cohort.cohortId, uni.universityId, { degreeLevel: 'phd' });
      const { outcomeId } = await open(intern.registrationId);
      await onboard(outcomeId, onboardedOn, { inHighTechZone: true });
    }
    const after = (await as('GET', '/v1/dashboard/subsidy-forecast')).body;
    expect(rowOf(after).people - rowOf(before).people).toBe(3);
    expect(rowOf(after).ifRetentionHoldsFen - rowOf(before).ifRetentionHoldsFen).toBe(3 * 700_000_00);

    const raised = { ...POLICY_AMOUNTS, senior: { prefecture: 600_000_00, highTechZone: 900_000_00 } };
    expect(
      (
        await as('POST', '/v1/subsidy-policies', {
          name: '购房补助（新版）',
          effectiveFrom: yearsFromToday(1),
          amounts: raised,
        })
      ).status,
    ).toBe(201);
    const changed = (await as('GET', '/v1/dashboard/subsidy-forecast')).body;
    expect(rowOf(changed).ifRetentionHoldsFen - rowOf(after).ifRetentionHoldsFen).toBe(3 * 200_000_00);
    expect(
      changed.years.every(
        (y: { atObservedRateFen: number; ifRetentionHoldsFen: number }) => y.atObservedRateFen <= y.ifRetentionHoldsFen,
      ),
    ).toBe(true);
  });
});

describe('retention curves', () => {
  it('leave the years a cohort cannot have reached yet empty instead of drawing them as 0', async () => {
    const endsOn = addYears(localDate(), -1);
    const cohort = await newCohort({ startsOn: `${endsOn.slice(0, 8)}01`, endsOn });
    const intern = await acceptedIntern(cohort.cohortId, uni.universityId);
    const { outcomeId } = await open(intern.registrationId);
    await onboard(outcomeId, endsOn);
    const curves = (await as('GET', '/v1/dashboard/retention')).body;
    expect(curves.items.find((c: { cohortId: string }) => c.cohortId === cohort.cohortId)).toMatchObject({
      onboarded: 1,
      retainedByYear: [0, null, null, null, null],
    });

    // The first anniversary of the end turns reachable at midnight in the cohort's zone, not in UTC.
    const young = await newCohort({ startsOn: '2024-07-01', endsOn: '2024-07-31', timeZone: 'Asia/Shanghai' });
    const curveOn = async (at: string) =>
      (await Conversion.retentionCurves(SYSTEM, new Date(at))).items.find((c) => c.cohortId === young.cohortId)!
        .retainedByYear;
    expect(await curveOn('2025-07-30T15:59:59Z')).toEqual([null, null, null, null, null]);
    expect(await curveOn('2025-07-30T16:00:00Z')).toEqual([0, null, null, null, null]);
    expect(await curveOn('2029-07-31T12:00:00Z')).toEqual([0, 0, 0, 0, 0]);
  });
});
