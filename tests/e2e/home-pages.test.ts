import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CohortRegistrations, type CohortView } from '@aksu/core';
import { newUniversity, SYSTEM } from '../support/accounts.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  unique,
} from './harness.ts';

const session = browserSession();
const DESK = { width: 1366, height: 768 };
let organiserEmail: string;
let coordinatorEmail: string;
let cohort: CohortView;

beforeAll(async () => {
  const id = unique();
  const university = await newUniversity();
  organiserEmail = `organiser.home.${id}@example.org`;
  coordinatorEmail = `coordinator.home.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '首页专员', role: 'organiser' });
  await createAccount({
    email: coordinatorEmail,
    name: '首页联络员',
    role: 'coordinator',
    universityId: university.universityId,
  });
  cohort = await openCohort([{ universityId: university.universityId, quota: 4 }]);
  for (let i = 0; i < 2; i++) {
    await CohortRegistrations.register(SYSTEM, cohort.cohortId, studentBody({ universityId: university.universityId }));
  }
});

const TEXT = {
  zh: {
    overview: '工作台',
    review: (name: string) => `${name}：2 份待审核`,
    expiringNone: '60 天内没有到期的协议。',
    eventsNone: '7 天内没有安排的校园活动。可以在考察行程里安排宣讲会。',
    checkInNone: '今天没有实践中的批次，不需要签到。',
    hub: '本批次的工作',
    hubReview: '报名审核',
    waiting: '2 份待审核',
    hubLinks: ['安置看板', '安置名单', '考勤', '补贴', '成效报告'],
    todo: '待办事项',
    places: '还可报名 2 人（名额 4）',
    register: '报名学生',
    confirmNone: '没有等待确认的学生。学生被录取后，请在这里确认其能否参加。',
    decisionsNone: '没有未读的审核结果。组织方审核本校学生的报名后会通知您。',
  },
  en: {
    overview: 'Overview',
    review: (name: string) => `${name}: waiting for review: 2`,
    expiringNone: 'No agreement expires within the 60-day window.',
    eventsNone: 'No campus event is scheduled in the 7-day window. Plan talks in a recruitment trip.',
    checkInNone: 'No cohort is running today, so there are no check-ins to follow.',
    hub: 'Work on this cohort',
    hubReview: 'Review registrations',
    waiting: 'waiting for review: 2',
    hubLinks: ['Placement board', 'Placements', 'Attendance', 'Stipends', 'Cohort report'],
    todo: 'To do',
    places: 'Places left: 2 of 4',
    register: 'Register students',
    confirmNone:
      'No student waits for your confirmation. When a student is accepted, confirm here whether they will come.',
    decisionsNone:
      'No unread review decisions. You are notified when the organisers decide on your students’ registrations.',
  },
};

async function signedIn(viewport: typeof PHONE, email: string, english: boolean, heading: string): Promise<Page> {
  const page = await session.newPage(viewport);
  await signIn(page, session.url, email);
  expect(new URL(page.url()).pathname).toBe('/home');
  if (english) await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

describe.each([
  ['zh', false],
  ['en', true],
] as const)('home pages and the cohort hub (%s)', (lang, english) => {
  const text = TEXT[lang];

  it('lands the organiser on an overview whose items link to where the work is (1366 px)', async () => {
    const page = await signedIn(DESK, organiserEmail, english, text.overview);
    await page.getByText(text.expiringNone).waitFor();
    await page.getByText(text.eventsNone).waitFor();
    await page.getByText(text.checkInNone).waitFor();
    const cohortLink = page.getByRole('link', { name: cohort.name, exact: true });
    expect(await cohortLink.getAttribute('href')).toBe(`/cohorts/${cohort.cohortId}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: text.review(cohort.name) }).click();
    await page.waitForURL((url) => url.pathname === `/cohorts/${cohort.cohortId}/review`);
  });

  it('shows every part of a cohort on its page, with what waits there (1366 px)', async () => {
    const page = await signedIn(DESK, organiserEmail, english, text.overview);
    await page.goto(`${session.url}/cohorts/${cohort.cohortId}`);
    const hub = page.getByRole('navigation', { name: text.hub });
    await hub.waitFor();
    const review = hub.getByRole('listitem').filter({ has: page.getByRole('link', { name: text.hubReview }) });
    await review.getByText(text.waiting).waitFor();
    for (const name of text.hubLinks) await hub.getByRole('link', { name, exact: true }).waitFor();
    expect(await hub.getByRole('link', { name: text.hubLinks[0]!, exact: true }).getAttribute('href')).toBe(
      `/cohorts/${cohort.cohortId}/placement-board`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await hub.getByRole('link', { name: text.hubReview }).click();
    await page.waitForURL((url) => url.pathname === `/cohorts/${cohort.cohortId}/review`);
  });

  it('lands a coordinator on their to-do list, each item leading to where it is done (375 px)', async () => {
    const page = await signedIn(PHONE, coordinatorEmail, english, text.todo);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: cohort.name }) });
    await item.getByText(text.places).waitFor();
    await page.getByText(text.confirmNone).waitFor();
    await page.getByText(text.decisionsNone).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await item.getByRole('link', { name: text.register }).click();
    await page.waitForURL((url) => url.pathname === `/cohorts/${cohort.cohortId}/register`);
  });
});
