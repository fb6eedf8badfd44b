import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { db, Universities } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { ALL_DAY, checkInMoment, runningProgramme } from '../support/logs-stipends.ts';
import { accessibilityViolations, browserSession, followNav, PHONE, SYSTEM, unique } from './harness.ts';

/*
 * Two interns share one phone. What the first queued offline stays hers: the second's session never
 * sends it with his token nor lists it, and it goes out when she signs in again.
 */
const session = browserSession();
let p: Awaited<ReturnType<typeof runningProgramme>>;

beforeAll(async () => {
  const university = await Universities.create(SYSTEM, {
    name: `共用手机大学${unique()}`,
    city: '阿克苏',
    province: '新疆',
  });
  p = await runningProgramme(university.universityId, 4, {}, { checkInWindow: ALL_DAY });
});

const words = {
  'zh-CN': {
    day: '今日签到',
    dayNav: '今日签到',
    checkIn: '签到',
    waiting: '待同步',
    synced: '已同步',
    logs: '实践日志',
    submit: '提交日志',
    queued: '当前离线，日志已保存在本机，联网后自动提交',
    signOut: '退出登录',
    email: '邮箱',
    password: '密码',
    signIn: '登录',
  },
  en: {
    day: 'Today’s check-in',
    dayNav: 'Check in',
    checkIn: 'Check in',
    waiting: 'Waiting to sync',
    synced: 'Synced',
    logs: 'Activity log',
    submit: 'Submit log',
    queued: 'You are offline; the log is kept on this phone and sent when the connection returns',
    signOut: 'Sign out',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
  },
};

/** What the server holds for an intern: attendance days and activity logs. */
async function onServer(registrationId: string) {
  const { entities } = db().service;
  const days = await entities.attendanceDay.query.byIntern({ registrationId }).go({ pages: 'all' });
  const logs = await entities.activityLog.query.byIntern({ registrationId }).go({ pages: 'all' });
  return { days: days.data.map((d) => d.date), logs: logs.data.map((l) => l.summary) };
}

/** The sign-in form in the phone's language, which stays chosen across sign-outs. */
async function signInAs(page: Page, email: string, w: (typeof words)[keyof typeof words]) {
  if (!page.url().endsWith('/login')) await page.goto(`${session.url}/login`);
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.password).fill(SUPPORT_PASSWORD);
  await page.getByRole('button', { name: w.signIn, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/my-day');
  await page.getByRole('heading', { name: w.day }).waitFor();
}

describe.each([
  ['zh-CN', 0],
  ['en', 2],
] as const)('离线: what one intern queued never leaves with another (%s)', (lang, index) => {
  it('keeps A’s check-in and log from B’s session and sends them when A signs in again', async () => {
    const w = words[lang];
    const a = p.interns[index]!;
    const b = p.interns[index + 1]!;
    const page = await session.newPage(PHONE);
    const context = page.context();
    // The cohort's window is open all day, so the check-in counts whatever the hour of the run.
    const { at, day } = checkInMoment();
    await page.clock.setFixedTime(at);
    await page.goto(`${session.url}/login`);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await signInAs(page, a.account.email, w);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await followNav(page, w.logs);
    await page.locator('#log-summary').waitFor();

    // A, offline, checks in and writes a log: both wait on the phone.
    await context.setOffline(true);
    const summary = `A 的离线日志 ${lang} ${unique()}`;
    await page.locator('#log-date').fill(day);
    await page.locator('#log-summary').fill(summary);
    await page.getByRole('button', { name: w.submit }).click();
    await page.getByText(w.queued).first().waitFor();
    await followNav(page, w.dayNav);
    await page.getByRole('button', { name: w.checkIn, exact: true }).click();
    await page.getByTestId('queued-check-in').filter({ hasText: w.waiting }).waitFor();
    await page.getByRole('button', { name: w.signOut }).click();
    await page.waitForURL((url) => url.pathname === '/login');

    // B signs in on the same phone, online: his pages list nothing of A's and send nothing of hers.
    await context.setOffline(false);
    await signInAs(page, b.account.email, w);
    await followNav(page, w.logs);
    await page.locator('#log-summary').waitFor();
    await expect(page.getByTestId('queued-log').count()).resolves.toBe(0);
    // B queues a log of his own offline. When it reaches the server, the queue has passed over A's older
    // item in order and left it: proof that the queue ran under B's session, without waiting a fixed time.
    await context.setOffline(true);
    const bSummary = `B 的离线日志 ${lang} ${unique()}`;
    await page.locator('#log-date').fill(day);
    await page.locator('#log-summary').fill(bSummary);
    await page.getByRole('button', { name: w.submit }).click();
    await page.getByTestId('queued-log').waitFor();
    await expect(page.getByTestId('queued-log').count()).resolves.toBe(1);
    await context.setOffline(false);
    // Once sent, B's log leaves the waiting list and shows in his history, read again from the server.
    await page.locator('[data-testid="log-entry"]').filter({ hasText: bSummary }).waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('queued-log').count()).resolves.toBe(0);
    await expect(page.getByText(summary).count()).resolves.toBe(0);
    await expect(page.getByText(w.queued).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await followNav(page, w.dayNav);
    await page.getByRole('heading', { name: w.day }).waitFor();
    await expect(page.getByTestId('queued-check-in').count()).resolves.toBe(0);
    expect(await onServer(a.registrationId)).toEqual({ days: [], logs: [] });
    expect(await onServer(b.registrationId)).toEqual({ days: [], logs: [bSummary] });
    await page.getByRole('button', { name: w.signOut }).click();
    await page.waitForURL((url) => url.pathname === '/login');

    // A signs in again: her check-in and log were waiting for her and now reach the server, and her pages
    // show them as the server has them (no reload: the pages read again when the queue has sent).
    await signInAs(page, a.account.email, w);
    await page.getByTestId('queued-check-in').filter({ hasText: w.synced }).waitFor({ timeout: 60_000 });
    // Today is done as the server now says: the button does not offer a second check-in.
    await expect
      .poll(() => page.getByRole('button', { name: w.checkIn, exact: true }).isDisabled(), { timeout: 60_000 })
      .toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await followNav(page, w.logs);
    await page.locator('[data-testid="log-entry"]').filter({ hasText: summary }).waitFor({ timeout: 60_000 });
    await expect.poll(() => onServer(a.registrationId)).toEqual({ days: [day], logs: [summary] });
    expect(await onServer(b.registrationId)).toEqual({ days: [], logs: [bSummary] });
  });
});
