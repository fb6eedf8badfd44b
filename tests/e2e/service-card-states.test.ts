import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, db, localDate } from '@aksu/core';
import { newAccount, PASSWORD } from '../support/accounts.ts';
import { lookedAfter } from '../support/talent-service.ts';
import { accessibilityViolations, browserSession, followNav, horizontalOverflow, PHONE, signIn } from './harness.ts';

/**
 * The service card's other answers on a phone (375 px), in Chinese and English: a card past its
 * validity tells its holder whom to ask and a desk that it is not valid; a desk checking too often
 * from one place is asked to wait, with a way to try again. Its own file, so its own app and table:
 * the checks it spends count against no other test's allowance.
 */
const session = browserSession();

const words = {
  'zh-CN': {
    nav: '人才服务卡',
    expired: '此卡已过期',
    ask: '请联系您的人才服务专员续办',
    check: '人才服务卡核验',
    invalid: '无效',
    invalidDetail: '此人才服务卡已失效，不能享受服务权益。',
    wait: '核验过于频繁，请一分钟后再试。',
    retry: '重试',
  },
  en: {
    nav: 'Service card',
    expired: 'This card has expired',
    ask: 'Ask your service commissioner to renew it',
    check: 'Talent service card check',
    invalid: 'Not valid',
    invalidDetail: 'This talent service card is no longer valid; it gives no benefits.',
    wait: 'Too many checks from here. Wait a minute and try again.',
    retry: 'Try again',
  },
};

/** A card issued through the API, then dated as if its validity ended yesterday. */
async function expiredCard(): Promise<{ email: string; token: string }> {
  const organiser = await newAccount('organiser');
  const person = await lookedAfter({ tier: 'tuofeng' });
  const issued = await fetch(`${session.url}/v1/talent-service/people/${person.outcomeId}/card`, {
    method: 'POST',
    headers: { authorization: `Bearer ${organiser.token}` },
  });
  expect(issued.status).toBe(201);
  const { token } = (await issued.json()) as { token: string };
  const yesterday = addDays(localDate(), -1);
  await db()
    .service.entities.serviceCard.patch({ outcomeId: person.outcomeId })
    .set({ validFrom: addDays(yesterday, -365), validUntil: yesterday })
    .go();
  return { email: person.person.email, token };
}

async function clean(page: Page) {
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/**
 * Spends this place's checks of the minute from the desk's own page (the same client as its
 * screen), then opens the check. The allowance is counted per minute: should the minute turn between
 * the last refused check and the page's own, the page answers again, so it is spent again.
 */
async function openWhileLimited(desk: Page, path: string, wait: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await desk.evaluate(
      async (url) => {
        for (let i = 0; i < 200; i++) if ((await fetch(url)).status === 429) return;
        throw new Error('the checks were never limited');
      },
      `/v1/public/service-cards/${path.split('/').pop()}`,
    );
    await desk.goto(`${session.url}${path}`);
    const answered = desk.getByText(wait).or(desk.getByTestId('card-verdict'));
    await answered.first().waitFor();
    if (await desk.getByText(wait).count()) return;
  }
  throw new Error('the check page never showed the limit');
}

describe('人才服务卡, expired and checked too often (375 px)', () => {
  it.each(['zh-CN', 'en'] as const)(
    'tells the holder and a desk that an expired card is not valid (%s)',
    async (lang) => {
      const w = words[lang];
      const card = await expiredCard();

      const phone = await session.newPage(PHONE);
      await signIn(phone, session.url, card.email, PASSWORD);
      if (lang === 'en') await phone.getByRole('button', { name: 'English' }).click();
      await followNav(phone, w.nav);
      await phone.getByText(w.expired).waitFor();
      expect(await phone.locator('body').innerText()).toContain(w.ask);
      await clean(phone);

      const desk = await session.newPage(PHONE);
      await desk.goto(`${session.url}/cards/${card.token}`);
      if (lang === 'en') await desk.getByRole('button', { name: 'English' }).click();
      await desk.getByRole('heading', { name: w.check, level: 1 }).waitFor();
      const verdict = desk.getByTestId('card-verdict');
      await verdict.getByText(w.invalid, { exact: true }).waitFor();
      await verdict.getByText(w.invalidDetail).waitFor();
      await clean(desk);
    },
  );

  // Last in the file: once this place's checks are spent, every check from it waits for the minute.
  it('asks a desk checking too often to wait, with a way to try again, in both languages', async () => {
    const card = await expiredCard();
    const desk = await session.newPage(PHONE);
    await desk.goto(`${session.url}/cards/${card.token}`);
    await desk.getByTestId('card-verdict').waitFor();
    await openWhileLimited(desk, `/cards/${card.token}`, words['zh-CN'].wait);
    await desk.getByRole('button', { name: words['zh-CN'].retry }).waitFor();
    expect(await desk.getByTestId('card-verdict').count()).toBe(0);
    await clean(desk);

    await desk.getByRole('button', { name: 'English' }).click();
    await desk.getByText(words.en.wait).waitFor();
    await desk.getByRole('button', { name: words.en.retry }).waitFor();
    await clean(desk);
  });
});
