import { describe, expect, it } from 'vitest';
import { addDays, localDate, Universities } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { browserSession, createAccount, horizontalOverflow, PHONE, signIn, SYSTEM, unique } from './harness.ts';

const session = browserSession();

describe('签到: an intern checks in on a phone, offline the next day, and the organiser sees attendance', () => {
  it(
    'checks in, queues a check-in while offline, syncs it when ' +
      'back online, the mentor approves leave, and the board counts it',
    async () => {
      const id = unique();
      const university = await Universities.create(SYSTEM, {
        name: `签到测试大学${id}`,
        city: '北京',
        province: '北京',
      });
      const world = await dailyWorld({ interns: 1, universities: [university.universityId], mentees: 1 });
      const intern = world.interns[0]!;
      const internEmail = `intern.${id}@example.org`;
      await createAccount({
        email: internEmail,
        name: '实践学生',
        role: 'intern',
        universityId: university.universityId,
        internId: intern.registrationId,
      });
      const organiserEmail = `attendance.${id}@example.org`;
      await createAccount({ email: organiserEmail, name: '考勤专员', role: 'organiser', isAdmin: false });

      // The phone's clock says it is yesterday: the first check-in happens on the cohort's previous day.
      const now = Date.now();
      const yesterdayTap = new Date(now - 24 * 3600_000);
      const yesterday = localDate(yesterdayTap, 'Asia/Shanghai');
      const today = localDate(new Date(now), 'Asia/Shanghai');
      expect(yesterday).toBe(addDays(today, -1));

      const page = await session.newPage(PHONE);
      const context = page.context();
      await page.clock.setFixedTime(yesterdayTap);
      await signIn(page, session.url, internEmail);
      await page.waitForURL((url) => url.pathname === '/my-day');
      const button = page.getByRole('button', { name: '签到', exact: true });
      await button.click();
      await page.getByTestId('history-day').filter({ hasText: yesterday }).filter({ hasText: '已签到' }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);

      // The next day, without a connection: the tap is kept on the phone.
      await page.clock.setFixedTime(new Date(now));
      await context.setOffline(true);
      await page.getByText('当前无网络连接').waitFor();
      await button.click();
      await page.getByTestId('queued-check-in').filter({ hasText: '待同步' }).waitFor();
      await expect(page.getByTestId('day-status').innerText()).resolves.toContain('待同步');

      // Back online: the queue sends it by itself and the day shows as checked in.
      await context.setOffline(false);
      await page.getByTestId('queued-check-in').filter({ hasText: '已同步' }).waitFor();
      await page.getByTestId('history-day').filter({ hasText: today }).filter({ hasText: '已签到' }).waitFor();
      await expect(page.getByTestId('day-status').innerText()).resolves.toMatch(/^已签到 \d\d:\d\d$/);
      await expect(button.isDisabled()).resolves.toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);

      // Leave for tomorrow, asked on the phone and approved by the mentor on theirs.
      const tomorrow = addDays(today, 1);
      await page.getByLabel('开始日期').fill(tomorrow);
      await page.getByLabel('结束日期').fill(tomorrow);
      await page.getByLabel('请假原因').fill('去地区医院复诊');
      await page.getByRole('button', { name: '提交请假申请' }).click();
      await page.getByTestId('leave-request').filter({ hasText: '待审批' }).waitFor();
      const mentorPage = await session.newPage(PHONE);
      await signIn(mentorPage, session.url, world.mentorAccount.email, SUPPORT_PASSWORD);
      await mentorPage.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学员考勤' }).click();
      const pending = mentorPage.getByTestId('pending-leave').filter({ hasText: '去地区医院复诊' });
      await pending.getByLabel('审批意见（可选）').fill('注意休息');
      await pending.getByRole('button', { name: '批准', exact: true }).click();
      await mentorPage.getByText(/^已处理 .+ 的请假申请。$/).waitFor();
      await mentorPage.getByTestId('mentee-day').filter({ hasText: '已签到' }).first().waitFor();
      expect(await horizontalOverflow(mentorPage)).toBe(0);
      await page.reload();
      await page.getByTestId('leave-request').filter({ hasText: '已批准' }).filter({ hasText: '注意休息' }).waitFor();

      // The organiser's board counts both days.
      const desk = await session.newPage();
      await signIn(desk, session.url, organiserEmail);
      await desk.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '考勤' }).click();
      await desk.getByLabel('实践批次').selectOption({ label: world.cohort.name });
      await expect(desk.getByTestId('count-checked-in').innerText()).resolves.toContain('1');
      await expect(desk.getByTestId('count-placed').innerText()).resolves.toContain('1');
      await desk.getByLabel('日期').fill(yesterday);
      await desk.getByTestId('count-synced-late').filter({ hasText: '1' }).waitFor();
      await expect(desk.getByTestId('count-checked-in').innerText()).resolves.toContain('1');
      await desk.getByLabel('日期').fill(tomorrow);
      await desk.getByTestId('count-on-leave').filter({ hasText: '1' }).waitFor();
    },
  );
});
