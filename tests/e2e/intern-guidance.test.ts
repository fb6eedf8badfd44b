import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, Cohorts, Universities } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import {
  accessibilityViolations,
  browserSession,
  followNav,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';

const session = browserSession();

const TEXT = {
  zh: {
    later: '还没到签到时间：今天 09:00 开始签到。',
    closed: (next: string) => `今天的签到已于 10:00 结束。下次签到：${next} 09:00 起。`,
    checkIn: '签到',
    absent: '缺勤',
    logs: '实践日志',
    submit: '提交日志',
    queued: '当前离线，日志已保存在本机，联网后自动提交',
    written: '今天的日志已经写好',
    logged: '这一天已经写过日志，请直接修改那篇日志。',
    mentees: '学员考勤',
    date: '日期',
  },
  en: {
    later: 'Check-in has not opened yet: it opens today at 09:00.',
    closed: (next: string) => `Today’s check-in closed at 10:00. Next check-in: ${next} from 09:00.`,
    checkIn: 'Check in',
    absent: 'Absent',
    logs: 'Activity log',
    submit: 'Submit log',
    queued: 'You are offline; the log is kept on this phone and sent when the connection returns',
    written: 'Today’s log is written',
    logged: 'There is already a log for this day; edit that one instead.',
    mentees: 'Mentee attendance',
    date: 'Date',
  },
};

/** Signs in on a phone whose clock says `time` today in Beijing, in the given language. */
async function phoneAt(email: string, password: string, today: string, time: string, english: boolean) {
  const page = await session.newPage(PHONE);
  await page.clock.setFixedTime(new Date(`${today}T${time}:00+08:00`));
  await signIn(page, session.url, email, password);
  if (english) await page.getByRole('button', { name: 'English' }).click();
  return page;
}

async function fitsAndPasses(page: Page) {
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe.each([
  ['zh', false],
  ['en', true],
] as const)('an intern is told what happened and what to do next (%s, 375 px)', (lang, english) => {
  const text = TEXT[lang];

  it(
    'says when the check-in window opens, clears the offline banner after sync, ' +
      'offers only unwritten days, and shows the mentor the same absence',
    async () => {
      const id = unique();
      const university = await Universities.create(SYSTEM, {
        name: `指引测试大学${id}`,
        city: '阿克苏',
        province: '新疆',
      });
      const world = await dailyWorld({ interns: 1, universities: [university.universityId], mentees: 1 });
      await Cohorts.update(SYSTEM, world.cohort.cohortId, {
        version: world.cohort.version,
        checkInWindow: { start: '09:00', end: '10:00' },
      });
      const intern = world.interns[0]!;
      const email = `guided.${id}@example.org`;
      await createAccount({
        email,
        name: '指引学生',
        role: 'intern',
        universityId: university.universityId,
        internId: intern.registrationId,
      });
      const { today } = world;
      const yesterday = addDays(today, -1);

      // Before the window the button is off and the card says when it opens.
      const early = await phoneAt(email, 'e2e-pass-2024', today, '07:00', english);
      await early.waitForURL((url) => url.pathname === '/my-day');
      await early.getByTestId('day-window-note').filter({ hasText: text.later }).waitFor();
      await expect(early.getByRole('button', { name: text.checkIn, exact: true }).isDisabled()).resolves.toBe(true);
      await fitsAndPasses(early);

      // After it, the card names the next day's window; yesterday, never checked in, is an absence.
      const page = await phoneAt(email, 'e2e-pass-2024', today, '12:00', english);
      await page
        .getByTestId('day-window-note')
        .filter({ hasText: text.closed(addDays(today, 1)) })
        .waitFor();
      await page.getByTestId('history-day').filter({ hasText: yesterday }).filter({ hasText: text.absent }).waitFor();
      await fitsAndPasses(page);

      // A log written offline: the banner stays while it waits and goes once it is sent.
      await followNav(page, text.logs);
      await page.locator('#log-summary').waitFor();
      await expect(page.locator('#log-date').inputValue()).resolves.toBe(today);
      await page.context().setOffline(true);
      await page.locator('#log-summary').fill('整理温室大棚的滴灌记录');
      await page.getByRole('button', { name: text.submit }).click();
      const banner = page.getByRole('alert').filter({ hasText: text.queued });
      await banner.waitFor();
      await page.context().setOffline(false);
      await page.getByTestId('log-entry').filter({ hasText: '整理温室大棚的滴灌记录' }).waitFor({ timeout: 20_000 });
      await banner.waitFor({ state: 'detached' });

      // Today is written, so the form offers yesterday; picking today again says so beside the date.
      await page.reload();
      await page.getByText(text.written).waitFor();
      await expect(page.locator('#log-date').inputValue()).resolves.toBe(yesterday);
      await page.locator('#log-date').fill(today);
      await page.getByText(text.logged).waitFor();
      await fitsAndPasses(page);

      // The mentor reads yesterday as the intern does: absent, not "no records".
      const mentor = await phoneAt(world.mentorAccount.email, SUPPORT_PASSWORD, today, '12:00', english);
      await mentor.getByRole('navigation').getByRole('link', { name: text.mentees }).click();
      await mentor.getByLabel(text.date, { exact: true }).fill(yesterday);
      await mentor.getByTestId('mentee-day').filter({ hasText: text.absent }).waitFor();
      await fitsAndPasses(mentor);
    },
  );
});
