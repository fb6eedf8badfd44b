import type { Page } from 'playwright-core';
import { Conversion, Universities } from '@aksu/core';
import { acceptedIntern, newCohort } from '../support/programme.ts';
import { createAccount, SYSTEM, unique } from './harness.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

export interface ConversionWorld {
  cohortId: string;
  universityId: string;
  /** Expected funnel totals of the cohort, from the outcomes written below. */
  expected: {
    interns: number;
    offered: number;
    signed: number;
    onboarded: number;
    retainedY1: number;
    declined: number;
  };
  outcomeId: string;
  internEmail: string;
  coordinatorEmail: string;
}

/**
 * A finished cohort of two universities with six interns: two onboarded (one confirmed after a
 * year), one with a signed agreement, one offered, one declined and one not started. Written
 * through the conversion functions, so the dashboard reads the counters the transactions keep.
 */
export async function seedConversionWorld(): Promise<ConversionWorld> {
  const cohort = await newCohort({ status: 'closed', startsOn: '2024-07-10', endsOn: '2024-08-09' });
  const [a, b] = [
    await Universities.create(SYSTEM, { name: `成效大学甲${unique()}`, city: '北京', province: '北京' }),
    await Universities.create(SYSTEM, { name: `成效大学乙${unique()}`, city: '武汉', province: '湖北' }),
  ];
  const plans = [
    [a.universityId, 'retained'],
    [a.universityId, 'onboarded'],
    [a.universityId, 'agreement_signed'],
    [b.universityId, 'offered'],
    [b.universityId, 'declined'],
    [b.universityId, 'none'],
  ] as const;
  let firstOutcome = '';
  let firstIntern = '';
  for (const [universityId, stage] of plans) {
    const intern = await acceptedIntern(cohort.cohortId, universityId, {
      degreeLevel: stage === 'retained' ? 'phd' : 'master',
    });
    const { outcome } = await Conversion.open(SYSTEM, { registrationId: intern.registrationId });
    if (!firstOutcome) {
      firstOutcome = outcome.outcomeId;
      firstIntern = intern.registrationId;
    }
    const employer = {
      employer: '阿克苏地区第一人民医院',
      post: '医师',
      employmentKind: 'public_institution' as const,
    };
    let v = outcome.version;
    const step = async (to: Parameters<typeof Conversion.transition>[2]['to'], extra: Record<string, unknown> = {}) => {
      v = (await Conversion.transition(SYSTEM, outcome.outcomeId, { to, on: '2025-05-20', version: v, ...extra }))
        .version;
    };
    if (stage === 'none') continue;
    if (stage === 'offered') await step('offered', employer);
    if (stage === 'declined') {
      await step('offered', employer);
      await step('declined', { reason: '回生源地工作' });
    }
    if (stage === 'agreement_signed' || stage === 'onboarded' || stage === 'retained')
      await step('agreement_signed', { ...employer, agreementConfirmedOn: '2025-05-28' });
    if (stage === 'onboarded' || stage === 'retained') await step('onboarded', { ...employer, on: '2025-07-15' });
    if (stage === 'retained') {
      await Conversion.confirmRetention(SYSTEM, outcome.outcomeId, {
        year: 1,
        confirmedOn: '2026-07-15',
        stillEmployed: true,
        employer: employer.employer,
        proofReference: 'AKS-SB-00001',
      });
    }
  }
  const internEmail = `intern.outcome.${unique()}@example.org`;
  await createAccount({
    email: internEmail,
    name: '留阿学员',
    role: 'intern',
    universityId: a.universityId,
    internId: firstIntern,
  });
  const coordinatorEmail = `coordinator.outcome.${unique()}@example.org`;
  await createAccount({
    email: coordinatorEmail,
    name: '成效联络员',
    role: 'coordinator',
    universityId: a.universityId,
  });
  return {
    cohortId: cohort.cohortId,
    universityId: a.universityId,
    expected: { interns: 6, offered: 5, signed: 3, onboarded: 2, retainedY1: 1, declined: 1 },
    outcomeId: firstOutcome,
    internEmail,
    coordinatorEmail,
  };
}

/** The conversion screens for the layout sweep, per role. */
export async function seedConversionScreens(visit: Visit) {
  const w = await seedConversionWorld();
  const organiser: Screen[] = [
    ['dashboard', (page) => visit(page, `/dashboard?cohortId=${w.cohortId}&by=university`, '[data-table="breakdown"]')],
    [
      'dashboard-tables',
      async (page) => {
        await visit(page, `/dashboard?cohortId=${w.cohortId}`, '[data-table="funnel"]');
        await page.locator('[data-table="forecast"]').waitFor({ state: 'attached' });
        // Each click relabels its button, so always take the first one still showing a chart.
        const toTable = page.getByRole('button', { name: '以表格查看' });
        while ((await toTable.count()) > 0) await toTable.first().click();
      },
    ],
    ['outcomes', (page) => visit(page, `/outcomes?cohortId=${w.cohortId}`, '[data-table="outcomes"]')],
    ['outcome', (page) => visit(page, `/outcomes/${w.outcomeId}`, 'form.conv-form')],
    ['cohort-report', (page) => visit(page, `/cohorts/${w.cohortId}/report`, '[data-testid="report-headline"]')],
  ];
  const coordinator: Screen[] = [
    ['coordinator-outcomes', (page) => visit(page, `/outcomes?cohortId=${w.cohortId}`, '[data-table="outcomes"]')],
  ];
  const intern: Screen[] = [['my-outcome', (page) => visit(page, '/my-outcome', '[data-field="stage"]')]];
  return { ...w, organiser, coordinator, intern };
}
