import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Events, Universities } from '@aksu/core';
import { newEvent, newTrip, person } from '../support/events.ts';
import { qrVideo } from './fake-camera.ts';
import { createAccount, launchBrowser, openContext, PHONE, signIn, startApp, SYSTEM, unique } from './harness.ts';

let app: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let eventId = '';
const student = person({ name: `扫码同学${unique()}` });

beforeAll(async () => {
  const id = unique();
  const university = await Universities.create(SYSTEM, { name: `扫码测试大学${id}`, city: '北京', province: '北京' });
  const trip = await newTrip([university.universityId]);
  eventId = (await newEvent(trip, { title: `扫码签到宣讲会${id}` })).eventId;
  const email = `camera.${id}@example.org`;
  await createAccount({ email, name: '签到专员', role: 'organiser', isAdmin: false });
  app = await startApp();

  const registered = await fetch(`${app.url}/v1/public/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(student),
  });
  expect(registered.status).toBe(201);
  const { checkInToken } = (await registered.json()) as { checkInToken: string };

  // The camera films the registrant's QR code, drawn by the same encoder as their receipt.
  browser = await launchBrowser({ fakeCamera: qrVideo(checkInToken) });
  context = await openContext(browser, PHONE);
  page = await context.newPage();
  await signIn(page, app.url, email);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe('check-in by camera', () => {
  it('reads the registration QR from the camera and checks the student in exactly once', async () => {
    await page.goto(`${app.url}/events/${eventId}/check-in`);
    await page.locator('.check-in-counts', { hasText: '已签到 0 / 已报名 1' }).waitFor();
    await page.getByRole('button', { name: '用摄像头扫码' }).click();
    await page.getByLabel('摄像头画面').waitFor();

    await expect(page.locator('.scan-outcome .alert-title').textContent()).resolves.toBe('签到成功');
    await page.locator('.scan-outcome', { hasText: student.name }).waitFor();

    // The code stays in view while the video loops: it must not be sent again, or the page would
    // switch to 已签到 and the counter could move. Wait until the camera has shown 30 more frames
    // with the code in view (three seconds of the 10 fps clip), however long that takes the machine.
    const shown = () =>
      page.getByLabel('摄像头画面').evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);
    const seen = await shown();
    await page.waitForFunction(
      (from) => document.querySelector('video')!.getVideoPlaybackQuality().totalVideoFrames >= from + 30,
      seen,
    );
    await expect(page.locator('.scan-outcome .alert-title').textContent()).resolves.toBe('签到成功');
    await page.locator('.check-in-counts', { hasText: '已签到 1 / 已报名 1' }).waitFor();
    const attendance = await Events.attendance(SYSTEM, eventId, {}, { limit: 10 });
    expect(attendance.counts.checkedIn).toBe(1);
    expect(attendance.items.filter((r) => r.checkedInAt)).toHaveLength(1);

    await page.getByRole('button', { name: '关闭摄像头' }).click();
    await expect(page.getByLabel('摄像头画面').count()).resolves.toBe(0);
  });
});
