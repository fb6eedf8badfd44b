import { beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, Universities } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { newEvent, newTrip } from '../support/events.ts';
import { runningProgramme, today } from '../support/logs-stipends.ts';
import { browserSession, PHONE, signIn, SYSTEM, unique, followNav } from './harness.ts';

/**
 * Refusals the web app once showed in Chinese as "此项格式不正确" (or as a wrong hint), while English
 * showed the server's reason: each must now name its real reason beside the field, in Chinese.
 */
const session = browserSession();
let p: Awaited<ReturnType<typeof runningProgramme>>;
let eventId = '';
let title = '';

beforeAll(async () => {
  const name = `拒绝原因测试大学${unique()}`;
  const university = await Universities.create(SYSTEM, { name, city: '兰州', province: '甘肃' });
  p = await runningProgramme(university.universityId, 1);
  title = `拒绝原因宣讲会${unique()}`;
  eventId = (await newEvent(await newTrip([university.universityId]), { title, capacity: 10 })).eventId;
});

const fieldError = (page: Page, id: string) => page.locator(`#${id}-error`);

async function registerAtEvent(page: Page, phone: string, email: string): Promise<void> {
  await page.goto(`${session.url}/e/${eventId}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByLabel('姓名').fill('李明');
  await page.getByLabel('学历层次').selectOption({ label: '硕士' });
  await page.getByLabel('毕业年份').fill(String(new Date().getFullYear() + 1));
  await page.getByLabel('专业').fill('农业工程');
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('我已阅读并同意上述个人信息处理说明').check();
  await page.getByRole('button', { name: '提交报名' }).click();
}

describe('refusals say their real reason in Chinese', () => {
  it('leave over two weeks, and leave ending before it starts', async () => {
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, p.interns[0]!.account.email, SUPPORT_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/my-day');
    await page.getByLabel('开始日期').fill(today());
    await page.getByLabel('结束日期').fill(addDays(today(), 20));
    await page.getByLabel('请假原因').fill('回家探亲');
    await page.getByRole('button', { name: '提交请假申请' }).click();
    const tooLong = '一次请假最多 14 天，请分成几次申请。';
    await fieldError(page, 'leave-to').filter({ hasText: tooLong }).waitFor();

    await page.getByLabel('结束日期').fill(addDays(today(), -1));
    await page.getByRole('button', { name: '提交请假申请' }).click();
    await fieldError(page, 'leave-to').filter({ hasText: '结束日期不能早于开始日期。' }).waitFor();
  });

  it('a second log for the same day', async () => {
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, p.interns[0]!.account.email, SUPPORT_PASSWORD);
    await followNav(page, '实践日志');
    await page.getByRole('heading', { name: '今日日志' }).waitFor();
    await page.locator('#log-summary').fill('上午跟班学习灌溉设备巡检');
    await page.getByRole('button', { name: '提交日志' }).click();
    await page.getByText('日志已保存').waitFor();
    await page.locator('#log-summary').fill('下午又写了一篇');
    await page.getByRole('button', { name: '提交日志' }).click();
    const logged = '这一天已经写过日志，请直接修改那篇日志。';
    await fieldError(page, 'log-date').filter({ hasText: logged }).waitFor();
  });

  it('a phone number already registered on the public registration form', async () => {
    const phone = `136${String(Date.now()).slice(-8)}`;
    const first = await session.newPage(PHONE);
    await registerAtEvent(first, phone, `first.${unique()}@example.edu.cn`);
    await first.getByRole('heading', { level: 2, name: '已报名' }).waitFor();

    const second = await session.newPage(PHONE);
    await registerAtEvent(second, phone, `second.${unique()}@example.edu.cn`);
    await second.getByText('该手机号已报名本场活动，不能重复报名。').waitFor();
  });
});
