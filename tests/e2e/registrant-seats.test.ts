import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Events, Universities } from '@aksu/core';
import { newEvent, newTrip, person } from '../support/events.ts';
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
import { readDrawnQr } from './trip-screens.ts';

/**
 * The public registrant's receipt counts their own registration, "my registration" shows the count of
 * the moment it is opened, and organisers print the registration link as a QR poster.
 */
const session = browserSession();
const ORGANISER_SCREEN = { width: 1366, height: 768 };
let organiserEmail = '';
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  const university = await Universities.create(SYSTEM, {
    name: `名额测试大学${unique()}`,
    city: '库车',
    province: '新疆',
  });
  trip = await newTrip([university.universityId]);
  organiserEmail = `poster.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '海报专员', role: 'organiser', isAdmin: false });
});

const TEXT = {
  zh: {
    seats: (left: number) => `${left} / 2`,
    full: '名额已满',
    degree: '学历层次',
    master: '硕士',
    year: '毕业年份',
    major: '专业',
    phone: '手机号',
    consent: '我已阅读并同意上述个人信息处理说明',
    submit: '提交报名',
    registered: '已报名',
    mine: '查看我的报名',
    poster: '打印报名二维码海报',
    scan: '用手机扫描二维码报名',
    url: '或在浏览器中打开：',
    print: '打印海报',
  },
  en: {
    seats: (left: number) => `${left} of 2`,
    full: 'No seats left',
    degree: 'Degree',
    master: "Master's",
    year: 'Graduation year',
    major: 'Major',
    phone: 'Mobile',
    consent: 'I have read and agree to how my personal data is processed',
    submit: 'Register',
    registered: 'Registered',
    mine: 'View my registration',
    poster: 'Print the registration QR poster',
    scan: 'Scan the QR code with your phone to register',
    url: 'Or open in a browser:',
    print: 'Print poster',
  },
};

async function inLanguage(page: Page, lang: 'zh' | 'en') {
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).waitFor();
  }
}

describe('the public receipt and "my registration" on a phone', { timeout: 120_000 }, () => {
  it.each(['zh', 'en'] as const)('count the registration just made, and the seats of the moment (%s)', async (lang) => {
    const text = TEXT[lang];
    const event = await newEvent(trip, { capacity: 2, title: `名额宣讲会${unique()}` });
    const page = await session.newPage(PHONE);
    await page.goto(`${session.url}/e/${event.eventId}`);
    await inLanguage(page, lang);
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await expect(page.locator('.seats-left').textContent()).resolves.toBe(text.seats(2));

    await page.locator('#name').fill('李娜');
    await page.getByLabel(text.degree).selectOption({ label: text.master });
    await page.getByLabel(text.year).fill(String(new Date().getFullYear() + 1));
    await page.getByLabel(text.major).fill('水利工程');
    await page.getByLabel(text.phone).fill(`139${String(Date.now()).slice(-8)}`);
    await page.locator('#email').fill(`li.na.${unique()}@example.edu.cn`);
    await page.getByLabel(text.consent).check();
    await page.getByRole('button', { name: text.submit }).click();
    await page.getByRole('heading', { level: 2, name: text.registered }).waitFor();
    // The receipt counts the seat just taken, not the count read before registering.
    await expect(page.locator('.seats-left').textContent()).resolves.toBe(text.seats(1));
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole('link', { name: text.mine }).click();
    await page.getByRole('heading', { level: 2, name: text.registered }).waitFor();
    await expect(page.locator('.seats-left').textContent()).resolves.toBe(text.seats(1));
    // Reopened after someone else took the last seat: the count of now.
    await Events.registerPublic(event.eventId, person(), `seats-${unique()}`);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: text.registered }).waitFor();
    await expect(page.locator('.seats-left').textContent()).resolves.toBe(text.full);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

describe('the registration QR poster, at 1366 px', { timeout: 120_000 }, () => {
  it.each(['zh', 'en'] as const)('prints the title, time, place, QR and link without the app (%s)', async (lang) => {
    const text = TEXT[lang];
    const event = await newEvent(trip, { title: `海报宣讲会${unique()}`, venue: '图书馆报告厅' });
    const page = await session.newPage(ORGANISER_SCREEN);
    await signIn(page, session.url, organiserEmail);
    await inLanguage(page, lang);
    await page.goto(`${session.url}/trips/${trip.tripId}`);
    await page.locator('.event-card', { hasText: event.title }).getByRole('link', { name: text.poster }).click();
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    const link = `${session.url}/e/${event.eventId}`;
    await page.getByText(text.scan).waitFor();
    await page.getByText('图书馆报告厅').waitFor();
    await expect(page.locator('.poster-url').textContent()).resolves.toBe(`${text.url} ${link}`);
    await page.locator('canvas.qr-code[data-drawn="true"]').waitFor();
    expect(await readDrawnQr(page)).toBe(link);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text.print }).waitFor();

    // Printed, only the poster is left.
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.poster-tools']) {
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('canvas.qr-code').isVisible()).toBe(true);
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
  });
});
