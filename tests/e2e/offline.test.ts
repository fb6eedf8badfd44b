import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Universities } from '@aksu/core';
import { newAccount, PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { ALL_DAY, checkInMoment, runningProgramme } from '../support/logs-stipends.ts';
import {
  accessibilityViolations,
  browserSession,
  followNav,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';

const session = browserSession();
let p: Awaited<ReturnType<typeof runningProgramme>>;

beforeAll(async () => {
  const university = await Universities.create(SYSTEM, {
    name: `离线测试大学${unique()}`,
    city: '阿克苏',
    province: '新疆',
  });
  p = await runningProgramme(university.universityId, 2, {}, { checkInWindow: ALL_DAY });
});

const words = {
  'zh-CN': {
    day: '今日签到',
    checkIn: '签到',
    offline: '当前无网络连接',
    waiting: '待同步',
    synced: '已同步',
    logs: '实践日志',
    submit: '提交日志',
    queued: '当前离线，日志已保存在本机，联网后自动提交',
    signOut: '退出登录',
    oneLog: '1 篇 · 共 8 小时',
  },
  en: {
    day: 'Today’s check-in',
    checkIn: 'Check in',
    offline: 'No connection',
    waiting: 'Waiting to sync',
    synced: 'Synced',
    logs: 'Activity log',
    submit: 'Submit log',
    queued: 'You are offline; the log is kept on this phone and sent when the connection returns',
    signOut: 'Sign out',
    // A count of one reads in the singular.
    oneLog: '1 log · 8 hours',
  },
};

/** The names of the browser's caches: the app's shell, and the kept API answers of the signed-in user. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** The paths of every API answer the browser keeps, in whichever cache. */
const keptPaths = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('api-'));
    const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
    return requests.flat().map((request) => new URL(request.url).pathname);
  });

describe.each([
  ['zh-CN', 0],
  ['en', 1],
] as const)('离线: an intern opens the day and the logs without signal (%s)', (lang, index) => {
  it('opens both pages from the phone after a reload offline, queues a log and a check-in, and syncs them', async () => {
    const w = words[lang];
    const intern = p.interns[index]!;
    const page = await session.newPage(PHONE);
    const context = page.context();
    // The cohort's window is open all day, so the check-in counts whatever the hour of the run.
    const { at, day } = checkInMoment();
    await page.clock.setFixedTime(at);
    await signIn(page, session.url, intern.account.email, SUPPORT_PASSWORD);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === '/my-day');
    await page.getByRole('heading', { name: w.day }).waitFor();
    // The worker is in charge once the page is; from then on it keeps what the pages read.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await followNav(page, w.logs);
    await page.locator('#log-summary').waitFor();
    await page.goto(`${session.url}/my-day`);
    await page.getByRole('heading', { name: w.day }).waitFor();
    expect((await cacheNames(page)).filter((name) => name.startsWith('api-'))).toHaveLength(1);
    // Only what the two offline pages read, and only the intern's own records.
    const own = [
      '/v1/me',
      '/v1/leave-requests',
      `/v1/interns/${intern.registrationId}/attendance`,
      `/v1/interns/${intern.registrationId}/log-weeks`,
      `/v1/placements/${intern.registrationId}`,
    ];
    const kept = await keptPaths(page);
    expect(kept).toContain(`/v1/interns/${intern.registrationId}/attendance`);
    expect(kept.filter((path) => !own.includes(path))).toEqual([]);

    // No signal, and the phone reloads: both pages still open, from what the phone kept.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: w.day }).waitFor();
    await page.getByText(w.offline).first().waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // A check-in made now is kept and says so, never dropped.
    await page.getByRole('button', { name: w.checkIn, exact: true }).click();
    await page.getByTestId('queued-check-in').filter({ hasText: w.waiting }).waitFor();

    await page.goto(`${session.url}/my-logs`).catch(() => undefined);
    await page.getByRole('heading', { name: w.logs, level: 1 }).waitFor();
    const summary = `离线日志 ${lang} ${unique()}`;
    await page.locator('#log-date').fill(day);
    await page.locator('#log-summary').fill(summary);
    await page.getByRole('button', { name: w.submit }).click();
    await page.getByText(w.queued).first().waitFor();
    await page.getByTestId('queued-log').filter({ hasText: day }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back online: the log reaches the server and shows in the history, the queue empties.
    await context.setOffline(false);
    await page.locator('[data-testid="log-entry"]').filter({ hasText: summary }).waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('queued-log').count()).resolves.toBe(0);
    await page.getByText(w.oneLog, { exact: true }).waitFor();
    await page.goto(`${session.url}/my-day`);
    await page.getByTestId('queued-check-in').filter({ hasText: w.synced }).waitFor({ timeout: 20_000 });

    // Signing out drops the kept answers: the next person on this phone cannot open them offline.
    await page.getByRole('button', { name: w.signOut }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await expect.poll(async () => (await cacheNames(page)).filter((name) => name.startsWith('api-'))).toEqual([]);
    expect((await cacheNames(page)).some((name) => name.startsWith('shell-'))).toBe(true);
  });
});

describe('离线: staff reads never stay in the browser', () => {
  it('installs no worker for an organiser, a mentor or a signed-out visitor', async () => {
    const organiser = await newAccount('organiser');
    for (const [account, viewport, path] of [
      [organiser, { width: 1366, height: 768 }, '/universities'],
      [p.mentorAccount, PHONE, '/my-mentees'],
      [undefined, PHONE, '/login'],
    ] as const) {
      const page = await session.newPage(viewport);
      if (account) await signIn(page, session.url, account.email, SUPPORT_PASSWORD);
      await page.goto(`${session.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await cacheNames(page)).toEqual([]);
    }
  });

  it('keeps nothing an organiser (1366 px) or a mentor (375 px) reads, though the worker is in charge', async () => {
    const organiser = await newAccount('organiser');
    for (const [account, viewport, pages] of [
      [organiser, { width: 1366, height: 768 }, ['/home', '/universities']],
      [p.mentorAccount, PHONE, ['/my-mentees']],
    ] as const) {
      const page = await session.newPage(viewport);
      await signIn(page, session.url, account.email, SUPPORT_PASSWORD);
      // The worker stays in a browser an intern or a talent used before (a shared phone or desk).
      await page.evaluate(() => navigator.serviceWorker.register('/sw.js'));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      for (const path of pages) {
        await page.goto(`${session.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
      }
      expect(await keptPaths(page)).toEqual([]);
      expect((await cacheNames(page)).filter((name) => name.startsWith('api-'))).toEqual([]);
    }
  });
});
