import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Applications } from '@aksu/core';
import { newApplication } from '../support/applications.ts';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';
import { newEmployer, newPosition } from '../support/positions.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';
import { useStorageFor } from './positions-apply-steps.ts';

/**
 * An organiser on a laptop screens an application to a position in each language: opens the
 * position's applications, shortlists one, schedules its interview (the applicant and the panel are
 * mailed), sees the applicant's confirmation sent from a phone, makes the offer and records its
 * acceptance, which opens the person's outcome in the conversion pipeline at offered and counts on the
 * dashboard's recruitment panel.
 */
const session = browserSession();
useStorageFor(session);
const LAPTOP = { width: 1366, height: 768 };
let backbone: Backbone;
let organiserEmail = '';

beforeAll(async () => {
  backbone = await startBackbone();
  organiserEmail = `screener.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '引才专员', role: 'organiser', isAdmin: false });
});
afterAll(() => backbone?.stop());

const TEXT = {
  zh: {
    openList: '查看申请',
    list: '岗位申请',
    shortlist: '通过初筛',
    shortlisted: '初筛通过',
    schedule: '安排面试',
    date: '日期',
    time: '开始时间（北京时间）',
    place: '地点',
    panelName: '姓名（第 1 位）',
    panelEmail: '邮箱（第 1 位）',
    save: '保存并通知',
    scheduled: '面试已安排',
    interview: '面试',
    invitation: '面试邀请',
    panelMail: '请参加面试',
    yourInterview: '面试安排',
    confirm: '确认参加',
    confirmedByApplicant: '您已确认参加本次面试。',
    replyConfirmed: '已确认参加',
    offer: '发出录用意向',
    offered: '已发录用意向',
    accept: '登记接受录用',
    accepted: '已接受录用',
    stage: '已录用',
  },
  en: {
    openList: 'See the applications',
    list: 'Applications',
    shortlist: 'Shortlist',
    shortlisted: 'Shortlisted',
    schedule: 'Schedule an interview',
    date: 'Date',
    time: 'Start time (Beijing time)',
    place: 'Place',
    panelName: 'Name (member 1)',
    panelEmail: 'Email (member 1)',
    save: 'Save and notify',
    scheduled: 'The interview is scheduled',
    interview: 'Interview',
    invitation: 'Interview invitation',
    // The panel is known by address only, so it is told in the office's language, Chinese.
    panelMail: '请参加面试',
    yourInterview: 'Your interview',
    confirm: 'I will come',
    confirmedByApplicant: 'You have confirmed this interview.',
    replyConfirmed: 'Confirmed',
    offer: 'Make an offer',
    offered: 'Offered',
    accept: 'Record the acceptance',
    accepted: 'Accepted',
    stage: 'Offered',
  },
} as const;

async function checked(page: Page, screen: string) {
  expect(await horizontalOverflow(page), `${screen}: sideways scroll`).toBe(0);
  expect(await accessibilityViolations(page), `${screen}: accessibility`).toEqual([]);
}

const badge = (page: Page, text: string) => page.locator('.page-head .badge', { hasText: text }).waitFor();

describe('screening an application on a 1366 px laptop', { timeout: 300_000 }, () => {
  it.each(['zh', 'en'] as const)('shortlists, interviews with a message, offers and accepts (%s)', async (lang) => {
    const text = TEXT[lang];
    const id = unique();
    const employer = await newEmployer({ name: `阿克苏纺织工业城${id}` });
    const { positionId } = await newPosition(employer.employerId, { title: `工艺工程师${id}`, headcount: 2 });
    const applicantEmail = `candidate.${lang}.${id}@example.com`;
    const panelEmail = `panel.${lang}.${id}@example.org`;
    const receipt = await newApplication(positionId, {
      name: `张伟${id}`,
      email: applicantEmail,
      ...(lang === 'en' ? { locale: 'en' as const } : {}),
    });

    const page = await session.newPage(LAPTOP);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    }

    // From the organisers' position page to its applications, then the one to screen.
    await page.goto(`${session.url}/recruitment/positions/${positionId}`);
    await page.getByRole('link', { name: text.openList }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(text.list) }).waitFor();
    await page.getByRole('link', { name: `张伟${id}` }).waitFor();
    await checked(page, 'applications');
    await page.getByRole('link', { name: `张伟${id}` }).click();
    await page.getByRole('heading', { level: 1, name: `张伟${id}` }).waitFor();
    await checked(page, 'application');

    await page.getByRole('button', { name: text.shortlist }).click();
    await badge(page, text.shortlisted);

    // The interview, typed in Beijing time, and the panel of one.
    await page.getByRole('button', { name: text.schedule }).click();
    await page.getByLabel(text.date).fill('2099-03-12');
    await page.getByLabel(text.time).fill('14:00');
    await page.getByLabel(text.place, { exact: false }).first().fill('阿克苏纺织工业城管委会二楼会议室');
    await page.getByLabel(text.panelName).fill('王主任');
    await page.getByLabel(text.panelEmail).fill(panelEmail);
    await checked(page, 'interview form');
    await page.getByRole('button', { name: text.save }).click();
    await page.locator('.alert-success', { hasText: text.scheduled }).waitFor();
    await badge(page, text.interview);
    await checked(page, 'interview scheduled');

    // The applicant and the panel hear of it by mail, with the time in Beijing time.
    const [invitation] = await backbone.mailbox.waitFor(
      (m) => sentTo(applicantEmail)(m) && m.subject.includes(text.invitation),
    );
    expect(invitation!.text).toContain('2099-03-12 14:00');
    await backbone.mailbox.waitFor((m) => sentTo(panelEmail)(m) && m.subject.includes(text.panelMail));

    // The applicant confirms from a phone, on "my application".
    const phone = await session.newPage(PHONE);
    await phone.goto(`${session.url}/positions/${positionId}/my#code=${receipt.accessCode}`);
    if (lang === 'en') await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('heading', { level: 2, name: text.yourInterview }).waitFor();
    await checked(phone, 'my application with an interview');
    await phone.getByRole('button', { name: text.confirm }).click();
    await phone.getByText(text.confirmedByApplicant).first().waitFor();
    await checked(phone, 'interview confirmed');

    // The organisers see the answer, then offer and record the acceptance.
    await page.reload();
    await page.getByTestId('interview-reply').getByText(text.replyConfirmed).waitFor();
    await page.getByRole('button', { name: text.offer }).click();
    await badge(page, text.offered);
    await page.getByRole('button', { name: text.accept }).click();
    await page.locator('.alert-warning').getByRole('button', { name: text.accept }).click();
    await badge(page, text.accepted);
    await checked(page, 'accepted');

    // The acceptance opened the person's outcome at offered, with the employer.
    const accepted = await Applications.get(SYSTEM, receipt.applicationId);
    expect(accepted.outcomeId).toEqual(expect.any(String));
    await page.goto(`${session.url}/outcomes/${accepted.outcomeId}`);
    await page.getByText(text.stage, { exact: true }).first().waitFor();
    await page.getByText(`阿克苏纺织工业城${id}`).first().waitFor();
    await checked(page, 'outcome');

    // And in the recruitment numbers of the 留阿成效 dashboard: the position's row counts it through to acceptance.
    await page.goto(`${session.url}/dashboard`);
    const row = page.locator(`[data-table="recruitment-positions"] [data-position="${positionId}"]`);
    await row.waitFor();
    const count = async (field: string) => (await row.locator(`[data-field="${field}"]`).textContent())?.trim();
    expect(await count('applications')).toBe('1');
    expect(await count('shortlisted')).toBe('1');
    expect(await count('offers')).toBe('1');
    expect(await count('acceptances')).toBe('1');
    await checked(page, 'dashboard');
    await page.context().close();
    await phone.context().close();
  });
});
