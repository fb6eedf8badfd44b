import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TalentService } from '@aksu/core';
import { newAccount, PASSWORD, SYSTEM, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { hiredLead } from '../support/talent-service.ts';
import { accessibilityViolations, browserSession, horizontalOverflow, PHONE, signIn } from './harness.ts';

/**
 * A person hired from a lead has no intern account: an organiser invites them from their care page on a
 * laptop, and they activate the code on their phone, landing on their talent service card, with their card
 * and their requests as their only navigation. In Chinese and in English.
 */
const session = browserSession();
const LAPTOP = { width: 1366, height: 768 };
let organiser: Account;

beforeAll(async () => {
  organiser = await newAccount('organiser');
});

/** Came (报到), looked after by the organiser and holding a card: what the invitation is for. */
async function cameWithCard() {
  const { email, outcome } = await hiredLead(organiser.token);
  const onboarded = await call('POST', `/v1/outcomes/${outcome.outcomeId}/transitions`, {
    token: organiser.token,
    body: { to: 'onboarded', on: '2025-07-01', version: outcome.version, employer: '阿克苏地区行政公署' },
  });
  expect(onboarded.status).toBe(200);
  const contact = await newAccount('contact');
  await TalentService.assign(SYSTEM, outcome.outcomeId, {
    tier: 'tuofeng',
    commissionerId: organiser.user.userId,
    contactUserId: contact.user.userId,
  });
  const card = await call('POST', `/v1/talent-service/people/${outcome.outcomeId}/card`, { token: organiser.token });
  expect(card.status).toBe(201);
  return { email, outcomeId: outcome.outcomeId, cardNumber: card.body.cardNumber as string };
}

async function checked(page: Page, screen: string) {
  expect(await horizontalOverflow(page), `${screen}: sideways scroll`).toBe(0);
  expect(await accessibilityViolations(page), `${screen}: accessibility`).toEqual([]);
}

const WORDS = {
  zh: {
    section: '手机端账号',
    email: '本人邮箱',
    invite: '邀请开通账号',
    already: '此人已有手机端账号',
    card: '人才服务卡',
    requests: '我的诉求',
  },
  en: {
    section: 'Account for the phone app',
    email: 'Their email',
    invite: 'Invite to an account',
    already: 'This person already has an account for the app',
    card: 'Service card',
    requests: 'My requests',
  },
} as const;

describe('an account for a person hired from a lead', { timeout: 240_000 }, () => {
  it.each(['zh', 'en'] as const)('is invited from the care page and opens the card on a phone (%s)', async (lang) => {
    const w = WORDS[lang];
    const person = await cameWithCard();
    const desk = await session.newPage(LAPTOP);
    await signIn(desk, session.url, organiser.user.email, PASSWORD);
    if (lang === 'en') await desk.getByRole('button', { name: 'English' }).click();
    await desk.goto(`${session.url}/talent-service/people/${person.outcomeId}`);
    await desk.getByRole('heading', { level: 2, name: w.section }).waitFor();
    await desk.getByLabel(w.email).fill(person.email);
    await checked(desk, `invite a talent account (${lang})`);
    await desk.getByRole('button', { name: w.invite }).click();
    const code = (await desk.getByTestId('invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await checked(desk, `talent account invited (${lang})`);

    const phone = await session.newPage(PHONE);
    await phone.goto(`${session.url}/activate?code=${encodeURIComponent(code)}`);
    if (lang === 'en') await phone.getByRole('button', { name: 'English' }).click();
    const passwords = phone.locator('input[type="password"]');
    await passwords.nth(0).fill('talent-pass-1');
    await passwords.nth(1).fill('talent-pass-1');
    await phone.locator('form button[type="submit"]').click();
    await phone.waitForURL('**/my-card');
    await phone.getByText(person.cardNumber).waitFor();
    // Their card and their requests, nothing of the summer programme.
    const nav = phone.getByRole('navigation').first();
    expect(await nav.getByRole('link', { name: w.card }).count()).toBeGreaterThan(0);
    await checked(phone, `talent account's card (${lang})`);

    // A second invitation is refused, said plainly.
    await desk.reload();
    await desk.getByLabel(w.email).fill(`again.${person.email}`);
    await desk.getByRole('button', { name: w.invite }).click();
    await desk.getByText(w.already).waitFor();
  });
});
