import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, PASSWORD as SUPPORT_PASSWORD, type Account } from '../support/accounts.ts';
import { readQrPng } from '../support/qr-png.ts';
import { lookedAfter } from '../support/talent-service.ts';
import { accessibilityViolations, browserSession, followNav, horizontalOverflow, PHONE, signIn } from './harness.ts';

/**
 * The talent service card on a phone (375 px), in Chinese and English: its holder opens it online once,
 * then with no signal after a reload; a hotel desk scans its QR code and sees only what the public check
 * allows; a made-up code is not found.
 */
const session = browserSession();
let organiser: Account;

beforeAll(async () => {
  organiser = await newAccount('organiser');
});

const words = {
  'zh-CN': {
    title: '人才服务卡',
    nav: '人才服务卡',
    none: '您还没有人才服务卡',
    tier: '托峰英才',
    benefit: '公共体育场馆免费',
    saved: '保存在本机的服务卡',
    check: '人才服务卡核验',
    valid: '有效',
    notFound: '未找到此人才服务卡',
  },
  en: {
    title: 'Talent service card',
    nav: 'Service card',
    none: 'You have no talent service card yet',
    tier: 'Tuofeng talent',
    benefit: 'Free public sports venues',
    saved: 'the card saved on this phone',
    check: 'Talent service card check',
    valid: 'Valid',
    notFound: 'This card could not be found',
  },
};

interface IssuedCard {
  cardNumber: string;
  token: string;
}

/** Issued the way a commissioner does, through the API, so the holder's phone reads a real card. */
async function issueCard(outcomeId: string): Promise<IssuedCard> {
  const response = await fetch(`${session.url}/v1/talent-service/people/${outcomeId}/card`, {
    method: 'POST',
    headers: { authorization: `Bearer ${organiser.token}` },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as IssuedCard;
}

/** What the card's QR code says, read from the drawn code as a desk's scanner would. */
async function scanCard(page: Page): Promise<string | null> {
  const code = page.locator('canvas.qr-code[data-drawn="true"]');
  await code.waitFor();
  return readQrPng(await code.screenshot());
}

const bodyText = (page: Page) => page.locator('body').innerText();

describe.each(['zh-CN', 'en'] as const)('人才服务卡 on a phone (%s)', (lang) => {
  it('opens offline after one visit, and its QR code shows a desk only the check', async () => {
    const w = words[lang];
    const person = await lookedAfter({ tier: 'tuofeng' });
    const card = await issueCard(person.outcomeId);

    const page = await session.newPage(PHONE);
    await signIn(page, session.url, person.person.email, SUPPORT_PASSWORD);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    // The worker is in charge once the page is; from then on it keeps what the card page reads.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await followNav(page, w.nav);
    await page.getByRole('heading', { name: w.title, level: 1 }).waitFor();
    const holderCard = page.locator('article.service-card');
    await holderCard.getByText(card.cardNumber).waitFor();
    await holderCard.getByText(person.person.user.name).waitFor();
    await holderCard.getByText(w.tier).waitFor();
    await holderCard.getByText(w.benefit).waitFor();
    const url = `${session.url}/cards/${card.token}`;
    expect(await scanCard(page)).toBe(url);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // No signal, and the phone reloads: the card and its code come from what the phone kept.
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: w.title, level: 1 }).waitFor();
    await page.getByText(w.saved).waitFor();
    await holderCard.getByText(card.cardNumber).waitFor();
    expect(await scanCard(page)).toBe(url);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().setOffline(false);

    // A hotel desk, signed in to nothing, opens what the code says.
    const desk = await session.newPage(PHONE);
    await desk.goto(url);
    if (lang === 'en') await desk.getByRole('button', { name: 'English' }).click();
    await desk.getByRole('heading', { name: w.check, level: 1 }).waitFor();
    const verdict = desk.getByTestId('card-verdict');
    await verdict.getByText(w.valid, { exact: true }).waitFor();
    // The name's first character, the rest hidden.
    const masked = `${person.name.slice(0, 1)}${'*'.repeat([...person.name].length - 1)}`;
    await desk.getByText(masked, { exact: true }).waitFor();
    await desk.getByText(w.tier).waitFor();
    await desk.getByText(w.benefit).waitFor();
    const seen = await bodyText(desk);
    for (const secret of [card.cardNumber, person.name, card.token, person.person.email]) {
      expect(seen).not.toContain(secret);
    }
    // Neither a mobile number nor an ID number.
    expect(seen).not.toMatch(/1[3-9]\d{9}|\d{17}[\dXx]/);
    expect(await horizontalOverflow(desk)).toBe(0);
    expect(await accessibilityViolations(desk)).toEqual([]);

    // A code no card has.
    await desk.goto(`${session.url}/cards/${randomBytes(16).toString('base64url')}`);
    await desk.getByText(w.notFound).waitFor();
    expect(await horizontalOverflow(desk)).toBe(0);
    expect(await accessibilityViolations(desk)).toEqual([]);
  });

  it('tells a person with no card yet what makes one and whom to ask', async () => {
    const w = words[lang];
    const person = await lookedAfter({ tier: 'basic', onboardedOn: new Date().toISOString().slice(0, 10) });
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, person.person.email, SUPPORT_PASSWORD);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await followNav(page, w.nav);
    await page.getByText(w.none).waitFor();
    expect(await page.locator('canvas.qr-code').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
