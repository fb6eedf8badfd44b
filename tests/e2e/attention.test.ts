import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localDate, MyTalentService } from '@aksu/core';
import { PASSWORD } from '../support/accounts.ts';
import { internActor } from '../support/authz/talent-world.ts';
import { runJobAt } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { lookedAfter, type LookedAfter } from '../support/talent-service.ts';
import { accessibilityViolations, browserSession, horizontalOverflow, signIn } from './harness.ts';

/**
 * 本周需要关注的人 on a laptop: a commissioner sees their person with each reason and next action, a
 * link to the person's page, and the list empties once the contact is logged and the request
 * resolved; the dashboard's share with no signal, its overdue contacts and requests move with the
 * nightly count.
 */
const session = browserSession();
const DESK = { width: 1366, height: 768 };
const DAY = 86_400_000;
type Lang = 'zh' | 'en';
const people = {} as Record<Lang, { person: LookedAfter; requestId: string }>;

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    // Put in care 200 days ago as 托峰英才 (contacted each quarter), onboarded 250 days ago (no year due yet).
    const person = await lookedAfter({
      tier: 'tuofeng',
      name: `关注${lang}甲`,
      onboardedOn: localDate(new Date(Date.now() - 250 * DAY)),
      now: new Date(Date.now() - 200 * DAY),
    });
    // A housing request filed 90 days ago: long past its deadline.
    const request = await MyTalentService.fileRequest(
      internActor(person.person, person.registrationId),
      { kind: 'housing', description: '申请人才公寓' },
      new Date(Date.now() - 90 * DAY),
    );
    people[lang] = { person, requestId: request.requestId };
  }
});

const TEXT = {
  zh: {
    title: '本周需要关注的人',
    contact: /^联系已逾期：应在 \d{4}-\d{2}-\d{2} 前联系/,
    request: /^1 项诉求已过办理期限，最早一项（住房）期限为/,
    logNext: '下一步：联系或走访并记录',
    requestNext: '下一步：推进这项诉求',
    empty: '本周没有需要关注的人。',
    shareLink: '本周需要关注的人',
    requestsAlert: /^超期未办结的诉求：[1-9]\d* 件/,
    requestsLink: '去处理诉求',
  },
  en: {
    title: 'Who needs attention this week',
    contact: /^Contact overdue: due by \d{4}-\d{2}-\d{2}/,
    request: /^1 request is past the deadline; the earliest \(Housing\) was due on/,
    logNext: 'Next: contact or visit them and log it',
    requestNext: 'Next: move the request on',
    empty: 'Nobody needs attention this week.',
    shareLink: 'Who needs attention this week',
    requestsAlert: /^[1-9]\d* requests? past the deadline and still open/,
    requestsLink: 'Handle requests',
  },
};

async function signedIn(email: string, lang: Lang): Promise<Page> {
  const page = await session.newPage(DESK);
  await signIn(page, session.url, email, PASSWORD);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  return page;
}

async function expectClean(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);
}

describe('who needs attention this week (1366 px)', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)('shows the reasons and empties when they are dealt with (%s)', async (lang) => {
    const { person, requestId } = people[lang];
    const text = TEXT[lang];
    const page = await signedIn(person.commissioner.email, lang);

    await runJobAt('attention-counts');
    await page.goto(`${session.url}/dashboard`);
    const share = page.locator(`[data-table="attention-share"] [data-cohort="${person.cohortId}"]`);
    await expect(share.locator('[data-field="share"]').innerText()).resolves.toBe('0%');
    await expect(share.locator('[data-field="contact-overdue"]').innerText()).resolves.toBe('1');
    await expect(share.locator('[data-field="requests-overdue"]').innerText()).resolves.toBe('1');
    // Overdue requests are named above the counts, with the way to them.
    const alert = page.locator('p[data-field="requests-overdue"]');
    expect(await alert.innerText()).toMatch(text.requestsAlert);
    await expect(alert.getByRole('link', { name: text.requestsLink }).getAttribute('href')).resolves.toBe(
      '/talent-service/requests?view=all',
    );
    await page.getByRole('link', { name: text.shareLink }).click();

    await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
    const card = page.locator(`[data-person="${person.outcomeId}"]`);
    await expect(card.getByRole('link', { name: person.name }).getAttribute('href')).resolves.toBe(
      `/talent-service/people/${person.outcomeId}`,
    );
    const contact = card.locator('[data-signal="contact_overdue"]');
    const request = card.locator('[data-signal="request_overdue"]');
    expect(await contact.locator('p').first().innerText()).toMatch(text.contact);
    expect(await contact.locator('p').nth(1).innerText()).toBe(text.logNext);
    expect(await request.locator('p').first().innerText()).toMatch(text.request);
    expect(await request.locator('p').nth(1).innerText()).toContain(text.requestNext);
    await expectClean(page);

    // Dealt with: the visit logged and the request resolved.
    const visit = await call('POST', `/v1/talent-service/people/${person.outcomeId}/contacts`, {
      token: person.commissioner.token,
      body: { on: localDate(), kind: 'visit' },
    });
    expect(visit.status).toBe(201);
    await page.reload();
    await request.waitFor();
    expect(await contact.count()).toBe(0);
    const resolved = await call('POST', `/v1/talent-service/requests/${requestId}/steps`, {
      token: person.commissioner.token,
      body: { version: 1, to: 'resolved' },
    });
    expect(resolved.status).toBe(200);
    await page.reload();
    await page.getByText(text.empty).waitFor();
    expect(await card.count()).toBe(0);
    await expectClean(page);

    await runJobAt('attention-counts');
    await page.goto(`${session.url}/dashboard`);
    await expect(share.locator('[data-field="share"]').innerText()).resolves.toBe('100%');
    await expect(share.locator('[data-field="contact-overdue"]').innerText()).resolves.toBe('0');
    await expect(share.locator('[data-field="requests-overdue"]').innerText()).resolves.toBe('0');
    await expectClean(page);
  });
});
