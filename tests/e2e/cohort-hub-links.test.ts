import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ActivityLogs, type CohortView } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { openCohort } from '../support/cohorts.ts';
import { pastMonday, runningProgramme } from '../support/logs-stipends.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';

const session = browserSession();
const DESK = { width: 1366, height: 768 };
let organiserEmail: string;
let running: Awaited<ReturnType<typeof runningProgramme>>;
let open: CohortView;
let bare: CohortView;
const summary = `整理产线能耗数据 ${unique()}`;
const approvedSummary = `核对仓储盘点记录 ${unique()}`;

beforeAll(async () => {
  const university = await newUniversity();
  organiserEmail = `organiser.hub.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '批次专员', role: 'organiser' });
  running = await runningProgramme(university.universityId, 2);
  // The first intern's week waits for the mentor; the second's is approved.
  const [intern, approved] = running.interns;
  for (const [who, text] of [
    [intern!, summary],
    [approved!, approvedSummary],
  ] as const) {
    await ActivityLogs.create(
      { userId: SYSTEM.userId, role: 'intern', internId: who.registrationId },
      who.registrationId,
      { logDate: pastMonday(), hours: 7.5, category: 'production', summary: text },
    );
  }
  await ActivityLogs.approveWeek(
    { userId: running.mentorAccount.user.userId, role: 'mentor', mentorId: running.mentor.mentorId },
    approved!.registrationId,
    pastMonday(),
  );
  // Opened after the running cohort, so the board's own default (the running one) is not this one.
  open = await openCohort([{ universityId: university.universityId, quota: 4 }]);
  bare = await openCohort([]);
});

const TEXT = {
  zh: {
    overview: '工作台',
    hub: '本批次的工作',
    logs: '实践日志',
    logsTitle: (name: string) => `${name}：实践日志`,
    hours: '7.5 小时',
    category: '生产一线',
    pending: '待审核',
    approved: '已通过',
    waiting: '当前显示的日志中有 1 条待导师审核。',
    none: '本批次还没有实践日志。',
    attendance: '考勤',
    cohort: '实践批次',
    noUniversities: '还没有参与院校：编辑批次，为每所院校设定名额后，院校联络员才能报名学生。',
  },
  en: {
    overview: 'Overview',
    hub: 'Work on this cohort',
    logs: 'Activity logs',
    logsTitle: (name: string) => `Activity logs: ${name}`,
    hours: '7.5 h',
    category: 'Production',
    pending: 'Waiting for review',
    approved: 'Approved',
    waiting: '1 log shown waits for the mentor’s review.',
    none: 'No activity logs in this cohort yet.',
    attendance: 'Attendance',
    cohort: 'Cohort',
    noUniversities:
      'No universities take part yet: edit the cohort and give each university a quota, ' +
      'so that its coordinator can register students.',
  },
};

async function cohortHub(english: boolean, cohortId: string, text: (typeof TEXT)['zh']): Promise<Page> {
  const page = await session.newPage(DESK);
  await signIn(page, session.url, organiserEmail);
  if (english) await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: text.overview }).waitFor();
  await page.goto(`${session.url}/cohorts/${cohortId}`);
  await page.getByRole('navigation', { name: text.hub }).waitFor();
  return page;
}

describe.each([
  ['zh', false],
  ['en', true],
] as const)('the cohort hub leads to the cohort’s logs and attendance (%s, 1366 px)', (lang, english) => {
  const text = TEXT[lang];

  it('opens the cohort’s logs with the intern, day, hours, category and week review of each log', async () => {
    const page = await cohortHub(english, running.cohort.cohortId, text);
    await page.getByRole('navigation', { name: text.hub }).getByRole('link', { name: text.logs, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/cohorts/${running.cohort.cohortId}/logs`);
    await page.getByRole('heading', { level: 1, name: text.logsTitle(running.cohort.name) }).waitFor();
    const row = page.getByTestId('cohort-log').filter({ hasText: summary });
    await row.getByRole('rowheader', { name: running.interns[0]!.name }).waitFor();
    for (const cell of [pastMonday(), text.hours, text.category, text.pending]) {
      await row.getByRole('cell', { name: cell, exact: true }).waitFor();
    }
    const approvedRow = page.getByTestId('cohort-log').filter({ hasText: approvedSummary });
    await approvedRow.getByRole('rowheader', { name: running.interns[1]!.name }).waitFor();
    await approvedRow.getByRole('cell', { name: text.approved, exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('cohort-logs-waiting').textContent()).toBe(text.waiting);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('says what an empty cohort’s logs mean and what to do', async () => {
    const page = await cohortHub(english, open.cohortId, text);
    await page.getByRole('navigation', { name: text.hub }).getByRole('link', { name: text.logs, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/cohorts/${open.cohortId}/logs`);
    await expect.poll(() => page.getByTestId('cohort-logs-empty').textContent()).toContain(text.none);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says what to do when no university takes part yet, instead of an empty table', async () => {
    const page = await cohortHub(english, bare.cohortId, text);
    await expect.poll(() => page.getByTestId('cohort-summary-empty').textContent()).toBe(text.noUniversities);
    await expect(page.locator('table.cohort-summary').count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens the attendance board on the cohort, and keeps a newly chosen cohort in the URL', async () => {
    const page = await cohortHub(english, open.cohortId, text);
    const hub = page.getByRole('navigation', { name: text.hub });
    await hub.getByRole('link', { name: text.attendance, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/attendance');
    expect(new URL(page.url()).searchParams.get('cohortId')).toBe(open.cohortId);
    const select = page.getByLabel(text.cohort, { exact: true });
    await expect.poll(() => select.inputValue()).toBe(open.cohortId);
    expect(await accessibilityViolations(page)).toEqual([]);
    await select.selectOption(running.cohort.cohortId);
    await page.waitForURL((url) => url.searchParams.get('cohortId') === running.cohort.cohortId);
    await page.reload();
    await expect.poll(() => page.getByLabel(text.cohort, { exact: true }).inputValue()).toBe(running.cohort.cohortId);
  });
});
