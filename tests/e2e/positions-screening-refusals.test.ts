import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Applications, MyApplication } from '@aksu/core';
import { newApplication } from '../support/applications.ts';
import { newEmployer, newPosition } from '../support/positions.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';
import { useStorageFor } from './positions-apply-steps.ts';

/**
 * What the screening screens say when a move cannot be made as asked, on a 1366 px laptop in each
 * language: a rejection without its reason, an interview time already gone, and a move made on an
 * application the applicant withdrew meanwhile, after which no move is left.
 */
const session = browserSession();
useStorageFor(session);
const LAPTOP = { width: 1366, height: 768 };
let organiserEmail = '';

beforeAll(async () => {
  organiserEmail = `refuser.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '引才专员', role: 'organiser', isAdmin: false });
});

const TEXT = {
  zh: {
    shortlist: '通过初筛',
    reject: '不予录用',
    reason: '原因（申请人可能会看到，请客观表述）',
    reasonNeeded: '请填写原因。',
    rejected: '未通过',
    schedule: '安排面试',
    date: '日期',
    time: '开始时间（北京时间）',
    place: '地点',
    panelName: '姓名（第 1 位）',
    panelEmail: '邮箱（第 1 位）',
    save: '保存并通知',
    stale: '已被他人修改',
    withdrawn: '申请人撤回',
    noMoves: '申请已有结果，不能再变更。',
  },
  en: {
    shortlist: 'Shortlist',
    reject: 'Reject',
    reason: 'Reason (the applicant may see it; keep it factual)',
    reasonNeeded: 'Give the reason.',
    rejected: 'Rejected',
    schedule: 'Schedule an interview',
    date: 'Date',
    time: 'Start time (Beijing time)',
    place: 'Place',
    panelName: 'Name (member 1)',
    panelEmail: 'Email (member 1)',
    save: 'Save and notify',
    stale: 'Changed by someone else',
    withdrawn: 'Withdrawn',
    noMoves: 'The application is decided; it cannot change any more.',
  },
} as const;

async function checked(page: Page, screen: string) {
  expect(await horizontalOverflow(page), `${screen}: sideways scroll`).toBe(0);
  expect(await accessibilityViolations(page), `${screen}: accessibility`).toEqual([]);
}

const badge = (page: Page, text: string) => page.locator('.page-head .badge', { hasText: text }).waitFor();

describe('refused screening moves on a 1366 px laptop', { timeout: 240_000 }, () => {
  it.each(['zh', 'en'] as const)('asks for reasons, names the problem and explains a stale move (%s)', async (lang) => {
    const text = TEXT[lang];
    const id = unique();
    const employer = await newEmployer({ name: `温宿县人民医院${id}` });
    const { positionId } = await newPosition(employer.employerId, { title: `护士${id}` });
    const first = await newApplication(positionId, { name: `刘洋${id}` });
    const second = await newApplication(positionId, { name: `陈静${id}` });
    await Applications.transition(SYSTEM, first.applicationId, { to: 'shortlisted', version: 1 });

    const page = await session.newPage(LAPTOP);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    }
    const detail = `${session.url}/recruitment/positions/${positionId}/applications`;

    // An interview time already gone is named on the date; the form keeps what was typed.
    await page.goto(`${detail}/${first.applicationId}`);
    await page.getByRole('button', { name: text.schedule }).click();
    await page.getByLabel(text.date).fill('2020-01-15');
    await page.getByLabel(text.time).fill('09:30');
    await page.getByLabel(text.place).fill('温宿县人民医院行政楼');
    await page.getByLabel(text.panelName).fill('赵院长');
    await page.getByLabel(text.panelEmail).fill(`panel.${id}@example.org`);
    await page.getByRole('button', { name: text.save }).click();
    await page.locator('#interview-date-error').waitFor();
    expect(await page.getByLabel(text.place).inputValue()).toBe('温宿县人民医院行政楼');
    await checked(page, 'interview time refused');

    // A rejection asks for its reason before it is sent, then shows it.
    await page.getByRole('button', { name: text.reject }).click();
    const confirm = page.locator('.alert-warning');
    await confirm.getByRole('button', { name: text.reject }).click();
    await page.getByText(text.reasonNeeded).waitFor();
    await checked(page, 'reason needed');
    await page.getByLabel(text.reason).fill('专业方向与岗位要求不符');
    await confirm.getByRole('button', { name: text.reject }).click();
    await badge(page, text.rejected);
    await page.getByText('专业方向与岗位要求不符').waitFor();
    await page.getByText(text.noMoves).waitFor();

    // The applicant withdraws while the page is open: the move is refused and explained, the page shows where it stands.
    await page.goto(`${detail}/${second.applicationId}`);
    await page.getByRole('button', { name: text.shortlist }).waitFor();
    await MyApplication.withdraw(positionId, { token: second.accessCode });
    await page.getByRole('button', { name: text.shortlist }).click();
    await page.locator('.alert-warning', { hasText: text.stale }).waitFor();
    await badge(page, text.withdrawn);
    await page.getByText(text.noMoves).waitFor();
    await expect(page.locator('.transition-actions').count()).resolves.toBe(0);
    await checked(page, 'stale move');
    await page.context().close();
  });
});
