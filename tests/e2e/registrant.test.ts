import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Universities } from '@aksu/core';
import { sentTo, startBackbone, type Backbone, type CaughtMessage } from '../support/backbone.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { readQrPng } from '../support/qr-png.ts';
import { browserSession, createAccount, horizontalOverflow, PHONE, signIn, SYSTEM, unique } from './harness.ts';

const session = browserSession();
let backbone: Backbone;
let eventId = '';
let title = '';
let organiserEmail = '';
const studentEmail = `registrant.${unique()}@example.edu.cn`;
const studentPhone = `137${String(Date.now()).slice(-8)}`;
const waiting = person({ name: `候补同学${unique()}` });
/** Registered beside the student, so the door can take a confirmation mail's QR while the student goes on to cancel. */
const arriving = person({ name: `到场同学${unique()}` });

beforeAll(async () => {
  backbone = await startBackbone();
  const id = unique();
  const university = await Universities.create(SYSTEM, { name: `报名邮件大学${id}`, city: '北京', province: '北京' });
  title = `报名邮件宣讲会${id}`;
  eventId = (await newEvent(await newTrip([university.universityId]), { title, capacity: 2 })).eventId;
  organiserEmail = `door.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '签到专员', role: 'organiser', isAdmin: false });
});
afterAll(() => backbone?.stop());

const mailTo = async (email: string, subject: string) =>
  (await backbone.mailbox.waitFor((m) => sentTo(email)(m) && m.subject.includes(subject)))[0]!;
const qrOf = (message: CaughtMessage) =>
  readQrPng(message.attachments.find((a) => a.contentType === 'image/png')!.content);

async function checkInAtDoor(token: string): Promise<Page> {
  const page = await session.newPage(PHONE);
  await signIn(page, session.url, organiserEmail);
  await page.goto(`${session.url}/events/${eventId}/check-in`);
  const input = page.getByLabel('签到码');
  await input.fill(token);
  await input.press('Enter');
  return page;
}

describe('a public registrant on a phone', () => {
  let token = '';

  it('registers, is told the mail was sent, and gets the same QR by mail and in "my registration"', async () => {
    const page = await session.newPage(PHONE);
    await page.goto(`${session.url}/e/${eventId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByLabel('姓名').fill('王芳');
    await page.getByLabel('学历层次').selectOption({ label: '硕士' });
    await page.getByLabel('毕业年份').fill(String(new Date().getFullYear() + 1));
    await page.getByLabel('专业').fill('水利工程');
    await page.getByLabel('手机号').fill(studentPhone);
    await page.getByLabel('邮箱').fill(studentEmail);
    await page.getByLabel('我已阅读并同意上述个人信息处理说明').check();
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByRole('heading', { level: 2, name: '已报名' }).waitFor();
    await page.getByText(`确认邮件已发送至 ${studentEmail}`).waitFor();
    await expect(page.getByText('截图').count()).resolves.toBe(0);
    token = (await page.locator('.check-in-token').textContent()) ?? '';

    const mail = await mailTo(studentEmail, '报名成功');
    expect(qrOf(mail)).toBe(token);
    const link = /http\S+\/my#t=\S+/.exec(mail.text)![0].replace(/^https?:\/\/[^/]+/, session.url);
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: '已报名' }).waitFor();
    await expect(page.locator('.check-in-token').textContent()).resolves.toBe(token);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  }, 120_000);

  it('the staff check-in page accepts the QR of a confirmation mail', async () => {
    const registered = await fetch(`${session.url}/v1/public/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(arriving),
    });
    expect(((await registered.json()) as { status: string }).status).toBe('registered');
    const door = await checkInAtDoor(qrOf(await mailTo(arriving.email, '报名成功'))!);
    await expect(door.locator('.scan-outcome .alert-title').textContent()).resolves.toBe('签到成功');
    await door.locator('.scan-outcome', { hasText: arriving.name }).waitFor();
    await door.context().close();
  }, 120_000);

  it('closes the page, recovers "my registration" with a mailed code and ' +
    'cancels; the first waitlisted person gets the seat and a QR the door accepts', async () => {
    const waitlisted = await fetch(`${session.url}/v1/public/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(waiting),
    });
    expect(((await waitlisted.json()) as { status: string }).status).toBe('waitlisted');

    const page = await session.newPage(PHONE);
    await page.goto(`${session.url}/e/${eventId}/my`);
    await page.getByLabel('邮箱或手机号').fill(studentPhone);
    await page.getByRole('button', { name: '发送验证码' }).click();
    const mail = await mailTo(studentEmail, '找回报名验证码');
    const code = /\b(\d{6})\b/.exec(mail.subject)![1]!;
    await page.getByLabel('验证码').fill(code);
    await page.getByRole('button', { name: '查看报名' }).click();
    await page.getByRole('heading', { level: 2, name: '已报名' }).waitFor();
    await expect(page.locator('.check-in-token').textContent()).resolves.toBe(token);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole('button', { name: '取消报名' }).click();
    await page.getByRole('button', { name: '确认取消' }).click();
    await page.getByRole('heading', { level: 2, name: '已取消' }).waitFor();
    await expect(page.locator('.check-in-token').count()).resolves.toBe(0);

    const promotion = await mailTo(waiting.email, '候补成功');
    const promotedToken = qrOf(promotion)!;
    const door = await checkInAtDoor(promotedToken);
    await expect(door.locator('.scan-outcome .alert-title').textContent()).resolves.toBe('签到成功');
    await door.locator('.scan-outcome', { hasText: waiting.name }).waitFor();
  }, 180_000);
});
